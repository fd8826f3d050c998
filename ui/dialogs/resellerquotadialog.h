#pragma once

#include "models/quotamodel.h"

#include <QDialog>

class AmountField;
class BatchDialogFrame;
class BatchResultPanel;
class BatchRunner;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class Session;

// A distributor's reseller coupon quotas: issue part of one of its own quotas to resellers
// (an amount each, checked against the remaining balance), or reclaim resellers' quotas (their
// unused balance returns). A preview, then the batch engine with a result per reseller/quota.
class ResellerQuotaDialog : public QDialog
{
    Q_OBJECT
public:
    struct Reseller
    {
        QString id;
        QString label; // masked name and id
    };
    // Issue from `parent` to resellers chosen in the list.
    ResellerQuotaDialog(Session *session, const QuotaModel::Quota &parent,
                        const QList<Reseller> &resellers, QWidget *parentWidget = nullptr);
    // Reclaim these reseller quotas.
    ResellerQuotaDialog(Session *session, const QList<QuotaModel::Quota> &reclaim,
                        QWidget *parentWidget = nullptr);

    AmountField *amountField() const { return m_amount; }
    QListWidget *resellerList() const { return m_resellers; }
    QPushButton *confirmButton() const { return m_confirm; }
    BatchRunner *runner() const { return m_runner; }
    QString previewText() const;

signals:
    void batchFinished();

private:
    void build(QWidget *entry);
    void updatePreview();
    void run();

    Session *m_session;
    QuotaModel::Quota m_parent;
    QList<QuotaModel::Quota> m_reclaim;
    bool m_issue;
    QStackedWidget *m_pages;
    AmountField *m_amount = nullptr;
    QListWidget *m_resellers = nullptr;
    QLabel *m_preview;
    QPushButton *m_confirm;
    QPushButton *m_close;
    BatchDialogFrame *m_frame = nullptr;
    BatchRunner *m_runner;
    BatchResultPanel *m_panel;
};
