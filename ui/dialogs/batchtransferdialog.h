#pragma once

#include "bss/types.h"

#include <QDialog>

class AmountField;
class BatchResultPanel;
class BatchRunner;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class Session;

// 批量拨款: the same amount to several 代售 customers. A preview lists each customer's balance
// before and after and the total against the partner's allocatable balance; after the
// confirmation the batch runs item by item into the batch-result panel.
class BatchTransferDialog : public QDialog
{
    Q_OBJECT
public:
    struct Target
    {
        Customer customer;
        QString shownName; // masked unless the column is revealed
        Decimal balance;
    };

    BatchTransferDialog(Session *session, const QList<Target> &targets, QWidget *parent = nullptr);

    AmountField *amountField() const { return m_amount; }
    QTableWidget *preview() const { return m_preview; }
    QPushButton *confirmButton() const { return m_confirm; }
    BatchRunner *runner() const { return m_runner; }
    BatchResultPanel *resultPanel() const { return m_panel; }
    QString totalText() const;

signals:
    void batchFinished();

private:
    void loadPartnerBalance();
    void updatePreview();
    void run();
    QString money(const Decimal &amount) const;

    Session *m_session;
    QList<Target> m_targets;
    Decimal m_allocatable = Decimal::invalid();
    QStackedWidget *m_pages;
    AmountField *m_amount;
    QTableWidget *m_preview;
    QLabel *m_total;
    QPushButton *m_confirm;
    QPushButton *m_close;
    BatchRunner *m_runner;
    BatchResultPanel *m_panel;
};
