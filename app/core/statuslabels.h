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
    static QString unbindStatus(const QString &status);     // SUBMITTED, APPROVED, REJECTED
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
    // A yearly/monthly resource's state (2 in use, 3 closed, 4 frozen, 5 expired) and what happens
    // when it expires (0 grace period, 1 to pay-per-use, 2 deleted, 3 renews itself, 4 frozen,
    // 5 deleted from retention).
    static QString resourceStatus(int status);
    static QString expirePolicy(int policy);
    // An order line's period: "3 months", "1 year" (period_type 0 day, 1 week, 2 month, 3 year,
    // 4 hour, 5 one-off).
    static QString period(int periodType, int periodNum);
    // 产品激励策略: 0 not a specific product, 1 specific product, 2 no performance and no rebate,
    // 13 performance but no rebate; whether partners may grant a discount (YES, NO).
    static QString incentivePolicy(const QString &policy);
    static QString allowDiscount(const QString &allow);
    // A region's name as the console shows it ("华北-北京四" / "CN North-Beijing4"); an unknown
    // code verbatim.
    static QString region(const QString &code);
};
