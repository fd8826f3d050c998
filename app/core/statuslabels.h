#pragma once

#include <QCoreApplication>
#include <QString>

// Every status and type code the app shows, mapped to its label in the UI language in one
// place (the console's wording for zh). Unknown codes are shown verbatim.
class StatusLabels
{
    Q_DECLARE_TR_FUNCTIONS(StatusLabels)
public:
    static QString couponStatus(int status);
    static QString orderStatus(int status);
    static QString orderType(int type);
    static QString adjustType(const QString &operationType);
    static QString paymentMethod(const QString &balanceType);
    static QString quotaStatus(int status);
    static QString couponOperation(int operationType);
    static QString tradeDetail(const QString &tradeDetailType); // 收支明细 SOURCE_OPERA(I)ION_…
    static QString agreementStatus(const QString &status);
    static QString settlementStatus(const QString &status); // 云商店商品分账 bills
    // What the partner must do next for a settlement in `status` (the console's hint table).
    static QString settlementAction(const QString &status);
    static QString settlementPhase(const QString &phase); // countersign, invoice_review, …
    static QString productKind(const QString &kind);      // general, non_general
    static QString incentiveStatus(const QString &status);
    static QString payoutMethod(const QString &method); // BANK_TRANSFER, ACCOUNT_TOPUP, …
    // What the status means for the partner (the console's hint table); for COMPLETED it depends
    // on how the payout was made and says where to confirm it.
    static QString incentiveHint(const QString &status, const QString &method);
    static QString mdfStatus(const QString &status);
    static QString mdfAction(const QString &status);
    static QString diffChange(const QString &change); // new, gone, changed, unchanged
    // International site: a customer budget's type (MONTHLY, PACKAGE; "" none set), its state
    // (over, near, within, none), the budget history's operation (SETTING, DELETE), the freeze
    // policy over budget (0 by hand, 1 automatic) and the account's state (is_frozen 0/1).
    static QString budgetType(const QString &type);
    static QString budgetState(const QString &state);
    static QString budgetOperation(const QString &operation);
    static QString freezePolicy(int policy);
    static QString frozenState(int isFrozen);
    static QString freezeType(const QString &type); // ACCOUNT, ACCOUNT_AND_RESOURCE
    // An International invoice request's state (0 draft … 15 return failed), its method (0 by
    // bill period, 1 on receipt, 2 by order) and whether it is an invoice or a return (0, 1, 2).
    static QString invoiceState(int state);
    static QString invoiceMethod(int method);
    static QString invoiceRequestMode(const QString &mode);
};
