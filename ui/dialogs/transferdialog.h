#pragma once

#include "bss/types.h"
#include "ops/fundswrites.h"
#include "ops/writeoutcome.h"

#include <QDialog>

class AmountField;
class QLabel;
class QPushButton;
class QStackedWidget;
class Session;

// 拨款 / 回收 for one 代售 customer: the amount with the money rules and the current balances,
// a confirmation that says exactly what will happen, then the result (VerifiedWrite) — with the
// transaction id, or the server's refusal, or (when the answer was lost) what the adjust records
// show, checked again until they tell.
class TransferDialog : public QDialog
{
    Q_OBJECT
public:
    TransferDialog(Session *session, FundsWrites::Kind kind, const Customer &customer,
                   const QString &shownName, const Decimal &customerBalance,
                   QWidget *parent = nullptr);

    AmountField *amountField() const { return m_amount; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *confirmButton() const { return m_confirm; }
    QString resultText() const;

signals:
    void transferFinished(const WriteOutcome &outcome);

private:
    void loadPartnerBalance();
    void updateButtons();
    void showConfirmation();
    void run();
    void showResult(const WriteOutcome &outcome);
    QString money(const Decimal &amount) const;

    Session *m_session;
    FundsWrites::Kind m_kind;
    Customer m_customer;
    QString m_shownName;
    Decimal m_customerBalance;
    Decimal m_allocatable = Decimal::invalid();
    QStackedWidget *m_pages;
    QLabel *m_balances;
    AmountField *m_amount;
    QLabel *m_confirmText;
    QLabel *m_status;
    QPushButton *m_next;
    QPushButton *m_back;
    QPushButton *m_confirm;
    QPushButton *m_close;
};
