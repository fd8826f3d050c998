#pragma once

#include "bss/types.h"
#include "ops/fundswrites.h"

#include <QDialog>

class AmountField;
class QCheckBox;
class BatchDialogFrame;
class BatchResultPanel;
class BatchRunner;
class QLabel;
class QPushButton;
class QStackedWidget;
class PreviewTable;
class Session;

// 批量拨款 / 回收: the same amount to (or from) several 代售 customers or resellers. A preview
// lists each balance before and after and the total — against the allocatable balance when
// allocating, against each balance when reclaiming; after the confirmation the batch engine
// runs them into the batch-result panel.
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

    // Allocations to customers by default; also reclaims, and a distributor's resellers (the
    // reseller's id in customer.customerId).
    BatchTransferDialog(Session *session, const QList<Target> &targets,
                        FundsWrites::Kind kind = FundsWrites::Kind::Allocate,
                        FundsWrites::Target target = FundsWrites::Target::Customer,
                        QWidget *parent = nullptr);

    AmountField *amountField() const { return m_amount; }
    // Reclaims only: take back each one's whole balance (zero balances are left out).
    QCheckBox *wholeBalance() const { return m_whole; }
    PreviewTable *preview() const { return m_preview; }
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
    // What is asked of target `t`: the amount, or its whole balance; nothing when unknown.
    std::optional<Decimal> askedOf(const Target &t) const;

    Session *m_session;
    FundsWrites::Kind m_kind;
    bool m_resellers;
    QList<Target> m_targets;
    Decimal m_allocatable = Decimal::invalid();
    QStackedWidget *m_pages;
    AmountField *m_amount;
    QCheckBox *m_whole;
    PreviewTable *m_preview;
    QLabel *m_total;
    QPushButton *m_confirm;
    QPushButton *m_close;
    BatchDialogFrame *m_frame = nullptr;
    BatchRunner *m_runner;
    BatchResultPanel *m_panel;
};
