// SandboxServer: the route table — the BSS operations of bss-api.md, the sandbox-only
// extensions and the control endpoint (split from sandboxserver.cpp).
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"

#include <QJsonArray>

void SandboxServer::addRoutes()
{
    using P = SandboxParams;
    addRoute("KeystoneListAuthDomains", "GET", "/v3/auth/domains", false, [this](P) {
        return SandboxAnswer::ok(
            {{QStringLiteral("domains"),
              QJsonArray{QJsonObject{{QStringLiteral("id"), QString::fromLatin1(m_domainId)},
                                     {QStringLiteral("name"), QStringLiteral("sandbox-partner")},
                                     {QStringLiteral("enabled"), true}}}}});
    });
    // Customers and consumption
    addRoute("ListSubCustomers", "POST", "/v2/partners/sub-customers/query", false,
             [this](P p) { return m_customers.list(p); });
    addRoute("ListCustomersBalancesDetail", "POST",
             "/v2/accounts/customer-accounts/balances/batch-query", false,
             [this](P p) { return m_customers.balances(p); });
    addRoute("ListSubcustomerMonthlyBills", "GET",
             "/v2/bills/partner-bills/subcustomer-bills/monthly-sum", false,
             [this](P p) { return m_customers.monthlyBills(p); });
    addRoute("ListCustomerOrders", "GET", "/v2/orders/customer-orders", false,
             [this](P p) { return m_customers.orders(p); });
    // Funds
    addRoute("UpdateCustomerAccountAmount", "POST", "/v2/accounts/partner-accounts/adjust-amount",
             true, [this](P p) { return m_funds.customerTransfer(true, p); });
    addRoute("ReclaimToPartnerAccount", "POST", "/v2/accounts/partner-accounts/reclaim", true,
             [this](P p) { return m_funds.customerTransfer(false, p); });
    addRoute("ListPartnerBalances", "GET", "/v2/accounts/partner-accounts/balances", false,
             [this](P p) { return m_funds.partnerBalances(p); });
    addRoute("ListPartnerAccountChangeRecords", "GET",
             "/v2/accounts/partner-accounts/account-change-records", false,
             [this](P p) { return m_funds.accountChanges(p); });
    addRoute("ListPartnerAdjustRecords", "GET", "/v3/accounts/partner-accounts/adjust-records",
             false, [this](P p) { return m_funds.adjustRecords(p); });
    // Resellers
    addRoute("ListIndirectPartners", "POST", "/v2/partners/indirect-partners/query", false,
             [this](P p) { return m_funds.resellers(p); });
    addRoute("UpdateIndirectPartnerAccount", "POST",
             "/v2/accounts/partner-accounts/indirect-partner-adjust", true,
             [this](P p) { return m_funds.resellerTransfer(true, p); });
    addRoute("ReclaimIndirectPartnerAccount", "POST",
             "/v2/accounts/partner-accounts/indirect-partner-reclaim", true,
             [this](P p) { return m_funds.resellerTransfer(false, p); });
    // Coupons and quotas
    addRoute("ListQuotaCoupons", "POST", "/v2/partners/coupon-quotas/query", false,
             [this](P p) { return m_coupons.quotas(p); });
    addRoute("CreatePartnerCoupons", "POST", "/v2/promotions/benefits/partner-coupons", true,
             [this](P p) { return m_coupons.issue(p); });
    addRoute("ListIssuedPartnerCoupons", "GET", "/v2/promotions/benefits/partner-coupons", false,
             [this](P p) { return m_coupons.issued(p); });
    addRoute("ReclaimPartnerCoupons", "POST", "/v2/promotions/benefits/partner-coupons/reclaim",
             true, [this](P p) { return m_coupons.reclaim(p); });
    addRoute("ListPartnerCouponsRecord", "GET",
             "/v2/promotions/benefits/partner-coupons/records/query", false,
             [this](P p) { return m_coupons.records(p); });
    addRoute("UpdateCouponQuotas", "POST", "/v2/partners/coupon-quotas/indirect-partner-adjust",
             true, [this](P p) { return m_quotas.issue(p); });
    addRoute("ReclaimCouponQuotas", "POST", "/v2/partners/coupon-quotas/indirect-partner-reclaim",
             true, [this](P p) { return m_quotas.reclaim(p); });
    addRoute("ListIssuedCouponQuotas", "GET", "/v2/partners/issued-coupon-quotas", false,
             [this](P p) { return m_quotas.issued(p); });
    addRoute("ListCouponQuotasRecords", "GET", "/v2/partners/coupon-quotas/records", false,
             [this](P p) { return m_quotas.records(p); });
    // Pricing
    addRoute("ListOnDemandResourceRatings", "POST", "/v2/bills/ratings/on-demand-resources", false,
             [this](P p) { return m_pricing.onDemand(p); });
    addRoute("ListRateOnPeriodDetail", "POST", "/v2/bills/ratings/period-resources/subscribe-rate",
             false, [this](P p) { return m_pricing.period(p); });
    addRoute("ListRenewRateOnPeriod", "POST", "/v2/bills/ratings/period-resources/renew-rate",
             false, [this](P p) { return m_pricing.renew(p); });

    // Sandbox-only extensions (docs/sandbox-api.md): not part of the Huawei API.
    addRoute("SandboxCheckUnbind", "POST", "/sandbox/v1/partners/sub-customers/unbind-check", false,
             [this](P p) { return m_customers.unbindCheck(p); });
    addRoute("SandboxUnbindCustomer", "POST", "/sandbox/v1/partners/sub-customers/unbind", true,
             [this](P p) { return m_customers.unbind(p); });
    addRoute("SandboxListUnbindRequests", "GET",
             "/sandbox/v1/partners/sub-customers/unbind-requests", false,
             [this](P p) { return m_customers.unbindRequests(p); });
    addRoute("SandboxShowMonthDiscounts", "GET", "/sandbox/v1/partners/discounts/current-month",
             false, [this](P p) { return m_customers.monthDiscounts(p); });
    addRoute("SandboxListSettlements", "GET", "/sandbox/v1/marketplace/settlements", false,
             [this](P p) { return m_settlements.list(p); });
    addRoute("SandboxShowSettlement", "GET", "/sandbox/v1/marketplace/settlements/detail", false,
             [this](P p) { return m_settlements.detail(p); });
    addRoute("SandboxListIncentivePayouts", "GET", "/sandbox/v1/incentives/payouts", false,
             [this](P p) { return m_incentives.list(p); });
    addRoute("SandboxRequestIncentivePayouts", "POST", "/sandbox/v1/incentives/payouts/request",
             true, [this](P p) { return m_incentives.request(p); });
    addRoute("SandboxListMdfClaims", "GET", "/sandbox/v1/mdf/claims", false,
             [this](P p) { return m_mdf.list(p); });
    addRoute("SandboxSubmitMdfClaim", "POST", "/sandbox/v1/mdf/claims/submit", true,
             [this](P p) { return m_mdf.submit(p); });
    addRoute("SandboxListPaymentAgreements", "GET", "/sandbox/v1/payment-agency/agreements", false,
             [this](P p) { return m_agreements.list(p); });
    addRoute("SandboxCreatePaymentAgreement", "POST", "/sandbox/v1/payment-agency/agreements", true,
             [this](P p) { return m_agreements.create(p); });
    addRoute("SandboxVoidPaymentAgreement", "POST", "/sandbox/v1/payment-agency/agreements/void",
             true, [this](P p) { return m_agreements.voidAgreement(p); });
}

void SandboxServer::addControlRoutes()
{
    using P = SandboxParams;
    auto control = [this](const char *operation, bool post, const char *path, Handler h) {
        Route r;
        r.operation = QString::fromLatin1(operation);
        r.post = post;
        r.control = true;
        r.handler = std::move(h);
        addRoute(r, path);
    };
    auto state = [this]() {
        QJsonObject o = m_faults.spec().toJson();
        o.insert(QLatin1String("injected"), m_faults.injected());
        o.insert(QLatin1String("rate_limit_per_second"), m_limiter.perSecond());
        o.insert(QLatin1String("rate_limit_burst"), m_limiter.burst());
        o.insert(QLatin1String("requests_served"), m_served);
        return SandboxAnswer::ok(o);
    };
    control("SandboxShowFaults", false, "/sandbox/v1/control/faults",
            [state](P) { return state(); });
    control("SandboxSetFaults", true, "/sandbox/v1/control/faults", [this, state](P p) {
        const QString text = p.string("spec", 2000);
        if (!p.ok())
            return p.error();
        QString problem;
        const auto spec = FaultInjector::parse(text, &problem);
        if (!spec)
            return SandboxAnswer::paramError(problem);
        m_faults.set(*spec);
        m_held.clear(); // connections held by an earlier timeout fault are closed
        return state();
    });
    control("SandboxSetRateLimit", true, "/sandbox/v1/control/rate-limit", [this, state](P p) {
        const int rate = p.integer("per_second", int(DefaultRatePerSecond), 0, 100000);
        const int burst = p.integer("burst", DefaultBurst, 1, 100000);
        if (!p.ok())
            return p.error();
        m_limiter.setLimit(rate, burst);
        return state();
    });
    control("SandboxAdvance", true, "/sandbox/v1/control/advance", [this](P) {
        const int settlements = m_settlements.advanceAll();
        const int incentives = m_incentives.advanceAll();
        const int claims = m_mdf.advanceAll();
        return SandboxAnswer::ok({{QStringLiteral("settlements_moved"), settlements},
                                  {QStringLiteral("incentives_moved"), incentives},
                                  {QStringLiteral("mdf_claims_moved"), claims}});
    });
    control("SandboxRespondUnbind", true, "/sandbox/v1/control/unbind-requests/respond",
            [this](P p) { return m_customers.respondToUnbind(p); });
}
