#pragma once

#include "bss/apirequest.h"
#include "bss/endpoint.h"
#include "core/decimal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

// Builders for the BSS operations (bss-api.md §1.9). Each checks the documented limits before
// anything is sent: on bad input it returns an empty request and sets *problem to a translated
// message.
class Operations
{
    Q_DECLARE_TR_FUNCTIONS(Operations)
public:
    struct CustomerFilter
    {
        QString accountName;  // fuzzy
        QString customerName; // fuzzy
        QString customerId;
        QString label;
        QString associationType; // "1" or "2"
        QDateTime associatedFrom;
        QDateTime associatedTo;
        QString indirectPartnerId;
    };
    struct CouponFilter
    {
        QString couponId;
        QString customerId;
        int status = 0; // 0: any
        int couponType = 0;
        QDateTime expireFrom;
        QDateTime expireTo;
        QString indirectPartnerId;
    };
    struct AdjustRecordFilter
    {
        QString customerId;
        QString operationType;
        QDateTime from;
        QDateTime to;
        QString transId;
        QString indirectPartnerId;
    };

    static ApiRequest listSubCustomers(const CustomerFilter &filter, int offset, int limit,
                                       QString *problem);
    static ApiRequest listPartnerBalances(const QString &indirectPartnerId, QString *problem);
    static ApiRequest listIssuedPartnerCoupons(const CouponFilter &filter, int offset, int limit,
                                               QString *problem);
    static ApiRequest reclaimPartnerCoupon(const QString &couponId,
                                           const QString &indirectPartnerId, QString *problem);
    static ApiRequest allocateToCustomer(const QString &customerId, const Decimal &amount,
                                         const QString &indirectPartnerId, QString *problem);
    static ApiRequest reclaimFromCustomer(const QString &customerId, const Decimal &amount,
                                          const QString &indirectPartnerId, QString *problem);
    // Master distributor → reseller (UpdateIndirectPartnerAccount / ReclaimIndirectPartnerAccount):
    // indirect_partner_id required, 1-64 characters, never blank; the amount rule as above.
    static ApiRequest allocateToReseller(const QString &indirectPartnerId, const Decimal &amount,
                                         QString *problem);
    static ApiRequest reclaimFromReseller(const QString &indirectPartnerId, const Decimal &amount,
                                          QString *problem);
    static ApiRequest listPartnerAdjustRecords(const AdjustRecordFilter &filter, int offset,
                                               int limit, QString *problem);
    static ApiRequest listAuthDomains();
    // ListCustomersBalancesDetail: 1-100 customer ids.
    static ApiRequest listCustomerBalances(const QStringList &customerIds,
                                           const QString &indirectPartnerId, QString *problem);
    // ListSubcustomerMonthlyBills for one cycle (yyyy-MM) and charge mode ("1", "3", "11").
    // A month's bill sums of our customers, or (with `indirectPartnerId`) of a reseller's: a
    // master distributor reads those only by naming the reseller.
    static ApiRequest listMonthlyBills(const QString &cycle, const QString &chargeMode,
                                       const QString &customerId, const QString &indirectPartnerId,
                                       int offset, int limit, QString *problem);
    // The customers that consumed in `cycle` (YYYY-MM), even those no longer associated
    // (ListConsumeSubCustomers, China).
    static ApiRequest listConsumingCustomers(const QString &cycle, int offset, int limit,
                                             QString *problem);

    // A request for an operation by its SDK name, e.g. "ListPartnerBalances", with raw
    // parameters: for GETs they become the query, for POSTs `body` is sent as is.
    static ApiRequest byName(const QString &operation, QString *problem);
    static QStringList knownOperations();
    // The table's request for `operation`, which must be in it (builders elsewhere in bss/).
    static ApiRequest named(const char *operation);
    // Whether `endpoint`'s site has `operation` (the SDK's bss / bssintl clients); the sandbox's
    // extensions and controls exist only on a sandbox. The client sends nothing else.
    static bool availableOn(const QString &operation, const Endpoint &endpoint);
    static QStringList operationsOf(Endpoint::Api api); // the table's, in its order
    // Why a request for `operation` was refused on `endpoint` (translated).
    static QString unavailableText(const QString &operation, const Endpoint &endpoint);
    // Sandbox-only extensions and controls (docs/sandbox-api.md) are named "Sandbox…".
    static bool isSandboxOnly(const QString &operation);

    // Shared checks, each returning a translated message or an empty string.
    static QString checkId(const QString &field, const QString &value, int maxLength,
                           bool required);
    static QString checkAmount(const Decimal &amount);
    static QString checkPaging(int offset, int limit);
    static QString utcTimestamp(const QDateTime &time); // yyyy-MM-ddTHH:mm:ssZ
};
