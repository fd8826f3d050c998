#pragma once

#include "core/decimal.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Typed results of the BSS operations (bss-api.md). Amounts are exact Decimals in the main
// currency unit (measure_id already applied); times are UTC.

struct Customer
{
    QString customerId;
    QString accountName;  // sensitive
    QString customerName; // sensitive ("customer")
    QDateTime associatedOn;
    QString associationType; // "1" referral sale (顾问销售), "2" agency sale (代售)
    QString label;
    QString telephone;   // sensitive
    QString countryCode; // sensitive
    QString email;       // sensitive
    QString verifiedStatus;
    int customerType = -1;
    int isFrozen = 0;
    QString accountManager; // sensitive
    QString xaccountId;
    QString xaccountType;
    QString customerLevel;
    QString indirectPartnerId; // the reseller it belongs to when listed for one (else empty)
};

struct PartnerBalance
{
    QString accountId;
    int accountType = 0; // 1 cash, 2 credit, 5 bonus, 7 deposit, 8 allocatable
    Decimal amount;
    QString currency;
    Decimal designatedAmount;
    Decimal creditAmount;
    QString memo;
};

// A 代售 customer's balance (ListCustomersBalancesDetail).
struct CustomerBalance
{
    QString customerId;
    Decimal amount;
    Decimal debt; // invalid when the answer has none
    QString currency;
};

// Whether a customer can be unbound now (sandbox-only SandboxCheckUnbind), and if not, why.
struct UnbindCheck
{
    bool passed = false;
    QStringList failedItems; // the console's reasons, as codes
};

struct IssuedCoupon
{
    QString couponId;
    int status = 0; // 1 not activated, 2 usable, 3 used, 4 expired, 5 reclaimed
    QString customerId;
    int couponType = 0;
    Decimal faceValue;
    Decimal balance;
    QDateTime effectiveTime;
    QDateTime expireTime;
    QDateTime createTime;
    QString promotionPlanName;
    QString orderId;
    bool frozen = false;
};

struct AdjustRecord
{
    QString customerId;
    QString customerName;  // sensitive
    QString operationType; // SOURCE_OPERATION_BEADJUST / _BERETRIEVE / _BEUNBIND
    Decimal amount;
    QString currency;
    QString applyScene;
    QDateTime operationTime;
    QString transId;
    QString memo;
};

// One line of a month's bill sums (ListSubcustomerMonthlyBills bill_sums): one customer, one
// service, one charge mode.
struct BillSum
{
    QString customerId;
    QString chargeMode;
    Decimal amount;
    Decimal debt;
    Decimal discount;
    QList<QPair<QString, Decimal>> paidBy; // account_details: balance_type → amount
};

// A coupon quota (ListQuotaCoupons / ListIssuedCouponQuotas).
struct CouponQuota
{
    QString quotaId;
    int type = 0; // 0 voucher, 1 cash coupon
    Decimal value;
    Decimal balance;
    int status = 0;
    QDateTime effective;
    QDateTime expires;
    QStringList services; // limit_infos cloud service types; empty: any
    QString resellerId;
    QString resellerName; // sensitive
    QString parentQuotaId;
};

// One customer's line of a marketplace settlement bill.
struct SettlementItem
{
    QString customerId;
    QString customerName; // sensitive
    Decimal amount;
    Decimal settleAmount = Decimal::invalid(); // invalid when the bill has none
};

// A marketplace settlement bill with its lines (sandbox-only SandboxShowSettlement).
struct SettlementDetail
{
    QJsonObject bill; // as sent, for display
    QString settlementId;
    QString billCycle;
    QString productKind;
    QString productName;
    QString status;
    QList<SettlementItem> items;
    QJsonArray itemRecords; // the items as sent, for display
    QJsonArray history;
};

template<typename T> struct ListPage
{
    QList<T> items;
    int total = -1;
};

// The International site's budget of a resale customer (ListSubCustomerBudget: BudgetInfo).
struct CustomerBudget
{
    QString customerId;
    Decimal budget;     // budget_amount
    Decimal used;       // used_amount (the API says it may lag a little)
    QString budgetType; // MONTHLY or PACKAGE
};

// One change of a customer's budget (ListSubCustomerBudgetRecords: BudgetRecordInfo).
struct BudgetRecord
{
    Decimal budget;
    QString operationType; // SETTING or DELETE
    QDateTime operationTime;
    QString operatorName;
    QString budgetType;
    QString partnerCorpName;
    QString partnerAccountName;
};

// The International partner's postpaid bill of a month (ListPostpaidBillSum).
struct PostpaidBillSum
{
    QString cycle;       // YYYY-MM
    Decimal amountDue;   // initial_amount_due = consumption + refunds + adjustments
    Decimal consumption; // consume_amount
    Decimal refunds;
    Decimal adjustments;
    Decimal tax; // sales tax, billed on top
    QString currency;
};

// The International partner's own consumption quota (ShowPartnerConsumptionQuota).
struct ConsumptionQuota
{
    Decimal quota;    // consumption_quota
    Decimal used;     // used_consumption_quota
    Decimal balance;  // amount
    Decimal coupons;  // coupon_amount
    Decimal due;      // due_amount
    Decimal unbilled; // unbilled_amount
    QString currency;
};
