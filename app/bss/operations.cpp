#include "bss/operations.h"

#include "bss/jsonbody.h"

#include <QTimeZone>

namespace {

constexpr auto R = ApiRequest::Effect::Read;
constexpr auto W = ApiRequest::Effect::Write;

enum Sites : unsigned { CN = 1, INTL = 2, BOTH = CN | INTL, SBX = 4 };

struct SiteOperation
{
    OperationRow row;
    unsigned sites;
};

// The operations PartnerDesk sends, with the sites that have them: the China site's are the
// official SDK's bss module, the International site's its bssintl module (paths and methods
// as there; tst_operations checks this table against the SDK when ../shared is present).
// Queries sent as POST are reads.
const SiteOperation kOps[] = {
    {{"ListSubCustomers", "POST", "/v2/partners/sub-customers/query", R}, BOTH},
    {{"ListCustomersBalancesDetail", "POST", "/v2/accounts/customer-accounts/balances/batch-query",
      R},
     CN},
    {{"ListSubcustomerMonthlyBills", "GET", "/v2/bills/partner-bills/subcustomer-bills/monthly-sum",
      R},
     CN},
    {{"ListConsumeSubCustomers", "POST",
      "/v2/bills/subcustomer-bills/res-fee-records/sub-customers/query", R},
     CN},
    {{"ListCustomerOrders", "GET", "/v2/orders/customer-orders", R}, BOTH},
    {{"ShowCustomerOrderDetails", "GET", "/v2/orders/customer-orders/details/{order_id}", R}, BOTH},
    {{"ListPayPerUseCustomerResources", "POST", "/v2/orders/suscriptions/resources/query", R},
     BOTH},
    {{"UpdateCustomerAccountAmount", "POST", "/v2/accounts/partner-accounts/adjust-amount", W}, CN},
    {{"ReclaimToPartnerAccount", "POST", "/v2/accounts/partner-accounts/reclaim", W}, CN},
    {{"ListPartnerBalances", "GET", "/v2/accounts/partner-accounts/balances", R}, CN},
    {{"ListPartnerAccountChangeRecords", "GET",
      "/v2/accounts/partner-accounts/account-change-records", R},
     CN},
    {{"ListPartnerAdjustRecords", "GET", "/v3/accounts/partner-accounts/adjust-records", R}, CN},
    {{"ListIndirectPartners", "POST", "/v2/partners/indirect-partners/query", R}, BOTH},
    {{"UpdateIndirectPartnerAccount", "POST",
      "/v2/accounts/partner-accounts/indirect-partner-adjust", W},
     CN},
    {{"ReclaimIndirectPartnerAccount", "POST",
      "/v2/accounts/partner-accounts/indirect-partner-reclaim", W},
     CN},
    {{"ListQuotaCoupons", "POST", "/v2/partners/coupon-quotas/query", R}, CN},
    {{"CreatePartnerCoupons", "POST", "/v2/promotions/benefits/partner-coupons", W}, CN},
    {{"ListIssuedPartnerCoupons", "GET", "/v2/promotions/benefits/partner-coupons", R}, CN},
    {{"ReclaimPartnerCoupons", "POST", "/v2/promotions/benefits/partner-coupons/reclaim", W}, CN},
    {{"ListPartnerCouponsRecord", "GET", "/v2/promotions/benefits/partner-coupons/records/query",
      R},
     CN},
    {{"UpdateCouponQuotas", "POST", "/v2/partners/coupon-quotas/indirect-partner-adjust", W}, CN},
    {{"ReclaimCouponQuotas", "POST", "/v2/partners/coupon-quotas/indirect-partner-reclaim", W}, CN},
    {{"ListIssuedCouponQuotas", "GET", "/v2/partners/issued-coupon-quotas", R}, CN},
    {{"ListCouponQuotasRecords", "GET", "/v2/partners/coupon-quotas/records", R}, CN},
    {{"ListOnDemandResourceRatings", "POST", "/v2/bills/ratings/on-demand-resources", R}, BOTH},
    {{"ListRateOnPeriodDetail", "POST", "/v2/bills/ratings/period-resources/subscribe-rate", R},
     BOTH},
    {{"ListRenewRateOnPeriod", "POST", "/v2/bills/ratings/period-resources/renew-rate", R}, BOTH},
    // 产品激励策略: the incentive and discount policy of each cloud service (China).
    {{"ListIncentiveDiscountPolicies", "GET", "/v2/products/incentive-discount-policies", R}, CN},
    // The International site's customer budgets and freezing (bssintl), instead of transfers.
    {{"ListSubCustomerBudget", "POST", "/v2/partners/sub-customers/budget/query", R}, INTL},
    {{"ShowSubCustomerBudget", "GET", "/v2/partners/sub-customers/budget", R}, INTL},
    {{"UpdateSubCustomerBudget", "POST", "/v2/partners/sub-customers/budget", W}, INTL},
    {{"ListSubCustomerBudgetRecords", "GET", "/v2/partners/sub-customers/budget/records", R}, INTL},
    {{"FreezeSubCustomers", "POST", "/v2/partners/sub-customers/freeze", W}, INTL},
    {{"UnfreezeSubCustomers", "POST", "/v2/partners/sub-customers/unfreeze", W}, INTL},
    {{"ShowPartnerConsumptionQuota", "GET", "/v2/partners/credit/consumption-quota", R}, INTL},
    // The International partner's own bills and invoices.
    {{"ListPostpaidBillSum", "GET", "/v2/bills/partner-bills/postpaid-bill-summary", R}, INTL},
    {{"ListInvoices", "GET", "/v1.0/{domain_id}/payments/intl-invoices", R}, INTL},
    // Called with the partner's key: the partner's own coupons (both SDKs have it).
    {{"ListSubCustomerCoupons", "GET", "/v2/promotions/benefits/coupons", R}, BOTH},
    // Sandbox-only extensions (docs/sandbox-api.md), for console features without a public API.
    // On the real sites these paths do not exist; the GUI opens the console page instead.
    {{"SandboxCheckUnbind", "POST", "/sandbox/v1/partners/sub-customers/unbind-check", R}, SBX},
    {{"SandboxUnbindCustomer", "POST", "/sandbox/v1/partners/sub-customers/unbind", W}, SBX},
    {{"SandboxListUnbindRequests", "GET", "/sandbox/v1/partners/sub-customers/unbind-requests", R},
     SBX},
    {{"SandboxShowMonthDiscounts", "GET", "/sandbox/v1/partners/discounts/current-month", R}, SBX},
    {{"SandboxListSettlements", "GET", "/sandbox/v1/marketplace/settlements", R}, SBX},
    {{"SandboxShowSettlement", "GET", "/sandbox/v1/marketplace/settlements/detail", R}, SBX},
    {{"SandboxListIncentivePayouts", "GET", "/sandbox/v1/incentives/payouts", R}, SBX},
    {{"SandboxRequestIncentivePayouts", "POST", "/sandbox/v1/incentives/payouts/request", W}, SBX},
    {{"SandboxListMdfClaims", "GET", "/sandbox/v1/mdf/claims", R}, SBX},
    {{"SandboxSubmitMdfClaim", "POST", "/sandbox/v1/mdf/claims/submit", W}, SBX},
    {{"SandboxListPaymentAgreements", "GET", "/sandbox/v1/payment-agency/agreements", R}, SBX},
    {{"SandboxCreatePaymentAgreement", "POST", "/sandbox/v1/payment-agency/agreements", W}, SBX},
    {{"SandboxVoidPaymentAgreement", "POST", "/sandbox/v1/payment-agency/agreements/void", W}, SBX},
};

} // namespace

bool Operations::isSandboxOnly(const QString &operation)
{
    return operation.startsWith(QLatin1String("Sandbox"));
}

namespace {

ApiRequest spec(const char *name)
{
    for (const SiteOperation &s : kOps) {
        if (qstrcmp(s.row.name, name) == 0)
            return s.row.request();
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace

QString Operations::utcTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QString Operations::checkId(const QString &field, const QString &value, int maxLength,
                            bool required)
{
    if (value.isEmpty())
        return required ? tr("%1 is required.").arg(field) : QString();
    if (value.trimmed().isEmpty())
        return tr("%1 must not be blank.").arg(field);
    if (value.size() > maxLength)
        return tr("%1 can have at most %2 characters.").arg(field).arg(maxLength);
    for (QChar c : value) {
        if (c.category() == QChar::Other_Control || c == u'\u2028' || c == u'\u2029')
            return tr("%1 must not contain line breaks or control characters.").arg(field);
    }
    return QString();
}

QString Operations::checkAmount(const Decimal &amount)
{
    return Decimal::amountProblemMessage(amount.requestAmountProblem());
}

QString Operations::checkPaging(int offset, int limit)
{
    if (offset < 0)
        return tr("The offset cannot be negative.");
    if (limit < 1 || limit > 100)
        return tr("A page holds 1 to 100 records.");
    return QString();
}

ApiRequest Operations::listSubCustomers(const CustomerFilter &f, int offset, int limit,
                                        QString *problem)
{
    QString p = checkPaging(offset, limit);
    for (const auto &[name, value] :
         {std::pair{QStringLiteral("account_name"), f.accountName},
          {QStringLiteral("customer"), f.customerName},
          {QStringLiteral("customer_id"), f.customerId},
          {QStringLiteral("label"), f.label},
          {QStringLiteral("indirect_partner_id"), f.indirectPartnerId}}) {
        if (p.isEmpty())
            p = checkId(name, value, 64, false);
    }
    if (p.isEmpty() && !f.associationType.isEmpty() && f.associationType != u"1" &&
        f.associationType != u"2" && f.associationType != u"3")
        p = tr("The association type must be 1 (referral sale), 2 (agency sale, China) or 3 "
               "(resale, International).");
    if (p.isEmpty() && f.associatedFrom.isValid() && f.associatedTo.isValid() &&
        f.associatedFrom > f.associatedTo)
        p = tr("The start of the time range is after its end.");
    *problem = p;
    if (!p.isEmpty())
        return {};
    ApiRequest r = spec("ListSubCustomers");
    JsonBody b;
    b.addIfSet("account_name", f.accountName).addIfSet("customer", f.customerName);
    b.add("offset", qint64(offset)).add("limit", qint64(limit));
    b.addIfSet("label", f.label).addIfSet("association_type", f.associationType);
    if (f.associatedFrom.isValid())
        b.add("associated_on_begin", utcTimestamp(f.associatedFrom));
    if (f.associatedTo.isValid())
        b.add("associated_on_end", utcTimestamp(f.associatedTo));
    b.addIfSet("customer_id", f.customerId).addIfSet("indirect_partner_id", f.indirectPartnerId);
    r.body = b.bytes();
    return r;
}

ApiRequest Operations::listCustomerBalances(const QStringList &ids, const QString &ip,
                                            QString *problem)
{
    QString p = ids.isEmpty() || ids.size() > 100
                    ? tr("Ask for the balances of 1 to 100 customers at a time.")
                    : checkId(QStringLiteral("indirect_partner_id"), ip, 64, false);
    for (const QString &id : ids) {
        if (p.isEmpty())
            p = checkId(QStringLiteral("customer_id"), id, 64, true);
    }
    *problem = p;
    if (!p.isEmpty())
        return {};
    ApiRequest r = spec("ListCustomersBalancesDetail");
    JsonBody b;
    b.addObjectList("customer_infos", "customer_id", ids).addIfSet("indirect_partner_id", ip);
    r.body = b.bytes();
    return r;
}

ApiRequest Operations::listMonthlyBills(const QString &cycle, const QString &chargeMode,
                                        const QString &customerId, const QString &indirectPartnerId,
                                        int offset, int limit, QString *problem)
{
    QString p = checkPaging(offset, limit);
    if (p.isEmpty() && !QDate::fromString(cycle + QStringLiteral("-01"), Qt::ISODate).isValid())
        p = tr("The bill month must look like 2025-02.");
    if (p.isEmpty() && chargeMode != u"1" && chargeMode != u"3" && chargeMode != u"11")
        p = tr("The charge mode must be 1 (yearly/monthly), 3 (pay-per-use) or 11 (savings plan).");
    if (p.isEmpty())
        p = checkId(QStringLiteral("customer_id"), customerId, 64, false);
    if (p.isEmpty())
        p = checkId(QStringLiteral("indirect_partner_id"), indirectPartnerId, 64, false);
    *problem = p;
    if (!p.isEmpty())
        return {};
    ApiRequest r = spec("ListSubcustomerMonthlyBills");
    r.addQuery("cycle", cycle);
    r.addQuery("charge_mode", chargeMode);
    if (!customerId.isEmpty())
        r.addQuery("customer_id", customerId);
    if (!indirectPartnerId.isEmpty())
        r.addQuery("indirect_partner_id", indirectPartnerId);
    r.addQuery("offset", QString::number(offset));
    r.addQuery("limit", QString::number(limit));
    return r;
}

ApiRequest Operations::listConsumingCustomers(const QString &cycle, int offset, int limit,
                                              QString *problem)
{
    QString p = checkPaging(offset, limit);
    if (p.isEmpty() && !QDate::fromString(cycle + QStringLiteral("-01"), Qt::ISODate).isValid())
        p = tr("The bill month must look like 2025-02.");
    *problem = p;
    if (!p.isEmpty())
        return {};
    ApiRequest r = spec("ListConsumeSubCustomers");
    JsonBody b;
    b.add("bill_cycle", cycle).add("offset", qint64(offset)).add("limit", qint64(limit));
    r.body = b.bytes();
    return r;
}

ApiRequest Operations::listPartnerBalances(const QString &indirectPartnerId, QString *problem)
{
    *problem = checkId(QStringLiteral("indirect_partner_id"), indirectPartnerId, 64, false);
    if (!problem->isEmpty())
        return {};
    ApiRequest r = spec("ListPartnerBalances");
    if (!indirectPartnerId.isEmpty())
        r.addQuery("indirect_partner_id", indirectPartnerId);
    return r;
}

ApiRequest Operations::listIssuedPartnerCoupons(const CouponFilter &f, int offset, int limit,
                                                QString *problem)
{
    QString p = checkPaging(offset, limit);
    if (p.isEmpty())
        p = checkId(QStringLiteral("coupon_id"), f.couponId, 64, false);
    if (p.isEmpty())
        p = checkId(QStringLiteral("customer_id"), f.customerId, 64, false);
    if (p.isEmpty())
        p = checkId(QStringLiteral("indirect_partner_id"), f.indirectPartnerId, 64, false);
    if (p.isEmpty() && (f.status < 0 || f.status > 5))
        p = tr("Unknown coupon status %1.").arg(f.status);
    *problem = p;
    if (!p.isEmpty())
        return {};
    ApiRequest r = spec("ListIssuedPartnerCoupons");
    if (!f.couponId.isEmpty())
        r.addQuery("coupon_id", f.couponId);
    if (!f.customerId.isEmpty())
        r.addQuery("customer_id", f.customerId);
    if (f.couponType > 0)
        r.addQuery("coupon_type", QString::number(f.couponType));
    if (f.status > 0)
        r.addQuery("status", QString::number(f.status));
    if (f.expireFrom.isValid())
        r.addQuery("expire_time_begin", utcTimestamp(f.expireFrom));
    if (f.expireTo.isValid())
        r.addQuery("expire_time_end", utcTimestamp(f.expireTo));
    r.addQuery("offset", QString::number(offset));
    r.addQuery("limit", QString::number(limit));
    if (!f.indirectPartnerId.isEmpty())
        r.addQuery("indirect_partner_id", f.indirectPartnerId);
    return r;
}

ApiRequest Operations::reclaimPartnerCoupon(const QString &couponId,
                                            const QString &indirectPartnerId, QString *problem)
{
    QString p = checkId(QStringLiteral("coupon_id"), couponId, 64, true);
    if (p.isEmpty())
        p = checkId(QStringLiteral("indirect_partner_id"), indirectPartnerId, 100, false);
    *problem = p;
    if (!p.isEmpty())
        return {};
    ApiRequest r = spec("ReclaimPartnerCoupons");
    JsonBody b;
    b.add("coupon_id", couponId).addIfSet("indirect_partner_id", indirectPartnerId);
    r.body = b.bytes();
    return r;
}

namespace {
ApiRequest fundsTransfer(const char *op, const QString &customerId, const Decimal &amount,
                         const QString &indirectPartnerId, QString *problem)
{
    QString p = Operations::checkId(QStringLiteral("customer_id"), customerId, 64, true);
    if (p.isEmpty())
        p = Operations::checkAmount(amount);
    if (p.isEmpty())
        p = Operations::checkId(QStringLiteral("indirect_partner_id"), indirectPartnerId, 64,
                                false);
    *problem = p;
    if (!p.isEmpty())
        return {};
    ApiRequest r = spec(op);
    JsonBody b;
    b.add("customer_id", customerId).add("amount", amount.withScale(2));
    b.addIfSet("indirect_partner_id", indirectPartnerId);
    r.body = b.bytes();
    return r;
}
} // namespace

ApiRequest Operations::allocateToCustomer(const QString &customerId, const Decimal &amount,
                                          const QString &indirectPartnerId, QString *problem)
{
    return fundsTransfer("UpdateCustomerAccountAmount", customerId, amount, indirectPartnerId,
                         problem);
}

ApiRequest Operations::reclaimFromCustomer(const QString &customerId, const Decimal &amount,
                                           const QString &indirectPartnerId, QString *problem)
{
    return fundsTransfer("ReclaimToPartnerAccount", customerId, amount, indirectPartnerId, problem);
}

namespace {
ApiRequest resellerTransfer(const char *op, const QString &ip, const Decimal &amount,
                            QString *problem)
{
    QString p = Operations::checkId(QStringLiteral("indirect_partner_id"), ip, 64, true);
    if (p.isEmpty())
        p = Operations::checkAmount(amount);
    *problem = p;
    if (!p.isEmpty())
        return {};
    ApiRequest r = spec(op);
    JsonBody b;
    b.add("indirect_partner_id", ip).add("amount", amount.withScale(2));
    r.body = b.bytes();
    return r;
}
} // namespace

ApiRequest Operations::allocateToReseller(const QString &ip, const Decimal &amount,
                                          QString *problem)
{
    return resellerTransfer("UpdateIndirectPartnerAccount", ip, amount, problem);
}

ApiRequest Operations::reclaimFromReseller(const QString &ip, const Decimal &amount,
                                           QString *problem)
{
    return resellerTransfer("ReclaimIndirectPartnerAccount", ip, amount, problem);
}

ApiRequest Operations::listPartnerAdjustRecords(const AdjustRecordFilter &f, int offset, int limit,
                                                QString *problem)
{
    QString p = checkPaging(offset, limit);
    if (p.isEmpty())
        p = checkId(QStringLiteral("customer_id"), f.customerId, 64, false);
    if (p.isEmpty())
        p = checkId(QStringLiteral("indirect_partner_id"), f.indirectPartnerId, 64, false);
    if (p.isEmpty() && f.from.isValid() && f.to.isValid() && f.from > f.to)
        p = tr("The start of the time range is after its end.");
    *problem = p;
    if (!p.isEmpty())
        return {};
    ApiRequest r = spec("ListPartnerAdjustRecords");
    if (!f.customerId.isEmpty())
        r.addQuery("customer_id", f.customerId);
    if (!f.operationType.isEmpty())
        r.addQuery("operation_type", f.operationType);
    if (f.from.isValid())
        r.addQuery("operation_time_begin", utcTimestamp(f.from));
    if (f.to.isValid())
        r.addQuery("operation_time_end", utcTimestamp(f.to));
    if (!f.transId.isEmpty())
        r.addQuery("trans_id", f.transId);
    r.addQuery("offset", QString::number(offset));
    r.addQuery("limit", QString::number(limit));
    if (!f.indirectPartnerId.isEmpty())
        r.addQuery("indirect_partner_id", f.indirectPartnerId);
    return r;
}

ApiRequest Operations::listAuthDomains()
{
    ApiRequest r;
    r.operation = QStringLiteral("KeystoneListAuthDomains");
    r.method = "GET";
    r.path = "/v3/auth/domains";
    r.service = ApiRequest::Service::Iam;
    return r;
}

ApiRequest Operations::named(const char *operation)
{
    return spec(operation);
}

ApiRequest Operations::byName(const QString &operation, QString *problem)
{
    if (operation == u"KeystoneListAuthDomains") {
        problem->clear();
        return listAuthDomains();
    }
    for (const SiteOperation &s : kOps) {
        if (operation.compare(QLatin1String(s.row.name), Qt::CaseInsensitive) == 0) {
            problem->clear();
            return s.row.request();
        }
    }
    *problem = tr("Unknown operation \"%1\".").arg(operation);
    return {};
}

QStringList Operations::knownOperations()
{
    QStringList names;
    for (const SiteOperation &s : kOps)
        names.append(QString::fromLatin1(s.row.name));
    names.append(QStringLiteral("KeystoneListAuthDomains"));
    return names;
}

namespace {

// The sites of `operation` (case as in the table), 0 when it is not one of ours.
unsigned sitesOf(const QString &operation)
{
    if (operation == u"KeystoneListAuthDomains")
        return BOTH; // IAM, on either site
    for (const SiteOperation &s : kOps) {
        if (operation == QLatin1String(s.row.name))
            return s.sites;
    }
    return Operations::isSandboxOnly(operation) ? unsigned(SBX)
                                                : 0u; // the sandbox's control operations
}

} // namespace

bool Operations::availableOn(const QString &operation, const Endpoint &endpoint)
{
    const unsigned sites = sitesOf(operation);
    if (sites & SBX)
        return endpoint.isSandbox();
    return sites & (endpoint.api() == Endpoint::Api::International ? INTL : CN);
}

QStringList Operations::operationsOf(Endpoint::Api api)
{
    QStringList names;
    for (const SiteOperation &s : kOps) {
        if (s.sites & (api == Endpoint::Api::International ? INTL : CN))
            names.append(QString::fromLatin1(s.row.name));
    }
    return names;
}

QString Operations::unavailableText(const QString &operation, const Endpoint &endpoint)
{
    if (sitesOf(operation) & SBX)
        return tr("%1 exists only in the sandbox; nothing was sent.").arg(operation);
    return endpoint.api() == Endpoint::Api::International
               ? tr("The International site has no operation %1; nothing was sent.").arg(operation)
               : tr("The China site has no operation %1; nothing was sent.").arg(operation);
}
