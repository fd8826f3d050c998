#pragma once

#include "bss/apirequest.h"
#include "core/decimal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

// Builders for the International site's own partner operations: customer budgets, freezing, the
// consumption quota, the postpaid bill and invoices (the SDK's bssintl module; the China site
// has none of these). Like Operations, each checks the
// documented limits first: on bad input it returns an empty request and sets *problem to a
// translated message.
class BudgetOperations
{
    Q_DECLARE_TR_FUNCTIONS(BudgetOperations)
public:
    // What UpdateSubCustomerBudget sets for one customer.
    struct Change
    {
        QString customerId;
        Decimal amount = Decimal::invalid();            // 0 to 2,147,483,647, at most 2 decimals
        QString budgetType = QStringLiteral("MONTHLY"); // MONTHLY or PACKAGE (one-time)
        int frozenOperateType = -1;       // over budget: 0 freeze by hand, 1 freeze automatically
        bool cancelPartnerFrozen = false; // also lift the partner's freeze
        QString indirectPartnerId;        // a reseller's customer
    };
    static constexpr int MaxFreezeIds = 10;

    static ApiRequest listBudgets(const QStringList &customerIds, const QString &indirectPartnerId,
                                  QString *problem); // 1-100 customers
    static ApiRequest showBudget(const QString &customerId, const QString &indirectPartnerId,
                                 QString *problem);
    static ApiRequest updateBudget(const Change &change, QString *problem);
    // `budgetType` empty: both kinds.
    static ApiRequest listBudgetRecords(const QString &customerId, const QString &indirectPartnerId,
                                        const QString &budgetType, int offset, int limit,
                                        QString *problem);
    // FreezeSubCustomers / UnfreezeSubCustomers: 1-10 customers, a reason of 1-256 characters,
    // the type ACCOUNT or ACCOUNT_AND_RESOURCE.
    static ApiRequest freeze(bool freeze, const QStringList &customerIds, const QString &reason,
                             const QString &type, const QString &indirectPartnerId,
                             QString *problem);
    static ApiRequest showConsumptionQuota();
    // The partner's own postpaid bill of `cycle` (YYYY-MM) and its invoice requests applied for
    // in [from, to] (UTC; either may be invalid), paged; `domainId` is the account's id, part of
    // the path.
    static ApiRequest postpaidBillSum(const QString &cycle, QString *problem);
    // The partner's own coupons (ListSubCustomerCoupons with the partner's key); `status` 0: all,
    // else 1 not activated, 2 usable, 3 used, 4 expired, 5 reclaimed.
    static ApiRequest listOwnCoupons(int status, int offset, int limit, QString *problem);
    static ApiRequest listInvoices(const QByteArray &domainId, const QDateTime &from,
                                   const QDateTime &to, int offset, int limit, QString *problem);

    static QString checkBudget(const Decimal &amount);
    static QString checkBudgetType(const QString &type, bool allowEmpty);
    static QString checkFreezeType(const QString &type);
};
