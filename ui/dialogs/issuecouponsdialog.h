#pragma once

#include "models/quotamodel.h"

#include <QDialog>

#include <functional>

class AmountField;
class BatchDialogFrame;
class BatchResultPanel;
class BatchRunner;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class Session;

// 发放代金券 from one quota to one or several customers: the face value checked against the
// quota's remaining balance, the customers (typed or taken from the Customers page), a preview
// with the total, then one coupon per customer through the batch engine with a result per
// customer (refusals with their code, lost answers settled from the issue records).
class IssueCouponsDialog : public QDialog
{
    Q_OBJECT
public:
    // `nameOf` gives a customer's name from the loaded customer list ("" when it is not in it);
    // with a list loaded, an ID not in it is refused before anything is sent.
    IssueCouponsDialog(Session *session, const QuotaModel::Quota &quota,
                       std::function<QStringList()> selectedCustomers,
                       std::function<QString(const QString &)> nameOf, bool customersLoaded,
                       QWidget *parent = nullptr);

    AmountField *faceValue() const { return m_face; }
    QPlainTextEdit *customers() const { return m_customers; }
    QPushButton *confirmButton() const { return m_confirm; }
    BatchRunner *runner() const { return m_runner; }
    QString previewText() const;

signals:
    void batchFinished();

private:
    QStringList customerIds() const;
    QString shownName(const QString &id) const; // masked, as the tables show it
    void updatePreview();
    void run();

    Session *m_session;
    QuotaModel::Quota m_quota;
    std::function<QString(const QString &)> m_nameOf;
    bool m_customersLoaded;
    QStackedWidget *m_pages;
    AmountField *m_face;
    QPlainTextEdit *m_customers;
    QLabel *m_preview;
    QPushButton *m_confirm;
    QPushButton *m_close;
    BatchDialogFrame *m_frame = nullptr;
    BatchRunner *m_runner = nullptr;
    BatchResultPanel *m_panel = nullptr;
};
