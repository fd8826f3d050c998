// SandboxServer: the route table — the BSS operations of bss-api.md, the sandbox-only
// extensions and the control endpoint (split from sandboxserver.cpp).
#include "bss/controloperations.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"

#include <QJsonArray>

void SandboxServer::addRoutes()
{
    using P = SandboxParams;
    addRoute("KeystoneListAuthDomains", [this](P) {
        return SandboxAnswer::ok(
            {{QStringLiteral("domains"),
              QJsonArray{QJsonObject{{QStringLiteral("id"), QString::fromLatin1(m_domainId)},
                                     {QStringLiteral("name"), QStringLiteral("sandbox-partner")},
                                     {QStringLiteral("enabled"), true}}}}});
    });
    // Customers and consumption
    addRoute("ListSubCustomers", [this](P p) { return m_customers.list(p); });
    addRoute("ListCustomersBalancesDetail", [this](P p) { return m_customers.balances(p); });
    addRoute("ListSubcustomerMonthlyBills", [this](P p) { return m_customers.monthlyBills(p); });
    addRoute("ListConsumeSubCustomers", [this](P p) { return m_customers.consumingCustomers(p); });
    addRoute("ListCustomerOrders", [this](P p) { return m_customers.orders(p); });
    addRoute("ShowCustomerOrderDetails", [this](P p) { return m_orders.details(p); });
    addRoute("ListPayPerUseCustomerResources", [this](P p) { return m_orders.resources(p); });
    addRoute("ListIncentiveDiscountPolicies",
             [this](P p) { return m_orders.incentivePolicies(p); });
    // Funds
    addRoute("UpdateCustomerAccountAmount",
             [this](P p) { return m_funds.customerTransfer(true, p); });
    addRoute("ReclaimToPartnerAccount", [this](P p) { return m_funds.customerTransfer(false, p); });
    addRoute("ListPartnerBalances", [this](P p) { return m_funds.partnerBalances(p); });
    addRoute("ListPartnerAccountChangeRecords", [this](P p) { return m_funds.accountChanges(p); });
    addRoute("ListPartnerAdjustRecords", [this](P p) { return m_funds.adjustRecords(p); });
    // Resellers
    addRoute("ListIndirectPartners", [this](P p) { return m_funds.resellers(p); });
    addRoute("UpdateIndirectPartnerAccount",
             [this](P p) { return m_funds.resellerTransfer(true, p); });
    addRoute("ReclaimIndirectPartnerAccount",
             [this](P p) { return m_funds.resellerTransfer(false, p); });
    // Coupons and quotas
    addRoute("ListQuotaCoupons", [this](P p) { return m_coupons.quotas(p); });
    addRoute("CreatePartnerCoupons", [this](P p) { return m_coupons.issue(p); });
    addRoute("ListIssuedPartnerCoupons", [this](P p) { return m_coupons.issued(p); });
    addRoute("ReclaimPartnerCoupons", [this](P p) { return m_coupons.reclaim(p); });
    addRoute("ListPartnerCouponsRecord", [this](P p) { return m_coupons.records(p); });
    addRoute("UpdateCouponQuotas", [this](P p) { return m_quotas.issue(p); });
    addRoute("ReclaimCouponQuotas", [this](P p) { return m_quotas.reclaim(p); });
    addRoute("ListIssuedCouponQuotas", [this](P p) { return m_quotas.issued(p); });
    addRoute("ListCouponQuotasRecords", [this](P p) { return m_quotas.records(p); });
    // The International site's budgets, freezing and consumption quota
    addRoute("ListSubCustomerBudget", [this](P p) { return m_budgets.list(p); });
    addRoute("ShowSubCustomerBudget", [this](P p) { return m_budgets.show(p); });
    addRoute("UpdateSubCustomerBudget", [this](P p) { return m_budgets.update(p); });
    addRoute("ListSubCustomerBudgetRecords", [this](P p) { return m_budgets.records(p); });
    addRoute("FreezeSubCustomers", [this](P p) { return m_budgets.freeze(true, p); });
    addRoute("UnfreezeSubCustomers", [this](P p) { return m_budgets.freeze(false, p); });
    addRoute("ShowPartnerConsumptionQuota", [this](P p) { return m_budgets.consumptionQuota(p); });
    addRoute("ListPostpaidBillSum", [this](P p) { return m_billing.postpaidBillSum(p); });
    addRoute("ListInvoices", [this](P p) { return m_billing.invoices(p); });
    addRoute("ListSubCustomerCoupons",
             [this](P p) { return m_billing.ownCoupons(p, QString::fromLatin1(m_domainId)); });
    // Pricing
    addRoute("ListOnDemandResourceRatings", [this](P p) { return m_pricing.onDemand(p); });
    addRoute("ListRateOnPeriodDetail", [this](P p) { return m_pricing.period(p); });
    addRoute("ListRenewRateOnPeriod", [this](P p) { return m_pricing.renew(p); });

    // Sandbox-only extensions (docs/sandbox-api.md): not part of the Huawei API.
    addRoute("SandboxCheckUnbind", [this](P p) { return m_customers.unbindCheck(p); });
    addRoute("SandboxUnbindCustomer", [this](P p) { return m_customers.unbind(p); });
    addRoute("SandboxListUnbindRequests", [this](P p) { return m_customers.unbindRequests(p); });
    addRoute("SandboxShowMonthDiscounts", [this](P p) { return m_customers.monthDiscounts(p); });
    addRoute("SandboxListSettlements", [this](P p) { return m_settlements.list(p); });
    addRoute("SandboxShowSettlement", [this](P p) { return m_settlements.detail(p); });
    addRoute("SandboxListIncentivePayouts", [this](P p) { return m_incentives.list(p); });
    addRoute("SandboxRequestIncentivePayouts", [this](P p) { return m_incentives.request(p); });
    addRoute("SandboxListMdfClaims", [this](P p) { return m_mdf.list(p); });
    addRoute("SandboxSubmitMdfClaim", [this](P p) { return m_mdf.submit(p); });
    addRoute("SandboxListPaymentAgreements", [this](P p) { return m_agreements.list(p); });
    addRoute("SandboxCreatePaymentAgreement", [this](P p) { return m_agreements.create(p); });
    addRoute("SandboxVoidPaymentAgreement", [this](P p) { return m_agreements.voidAgreement(p); });
}

void SandboxServer::addControlRoutes()
{
    using P = SandboxParams;
    auto control = [this](const char *operation, Handler h) {
        QString problem;
        const ApiRequest request =
            ControlOperations::byName(QString::fromLatin1(operation), &problem);
        Q_ASSERT_X(problem.isEmpty(), operation, "not in ControlOperations");
        addRoute(request, true, std::move(h));
    };
    auto state = [this]() {
        QJsonObject o = m_faults.spec().toJson();
        o.insert(QLatin1String("injected"), m_faults.injected());
        o.insert(QLatin1String("rate_limit_per_second"), m_limiter.perSecond());
        o.insert(QLatin1String("rate_limit_burst"), m_limiter.burst());
        o.insert(QLatin1String("requests_served"), m_served);
        return SandboxAnswer::ok(o);
    };
    control("SandboxShowFaults", [state](P) { return state(); });
    control("SandboxSetFaults", [this, state](P p) {
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
    control("SandboxSetRateLimit", [this, state](P p) {
        const int rate = p.integer("per_second", int(DefaultRatePerSecond), 0, 100000);
        const int burst = p.integer("burst", DefaultBurst, 1, 100000);
        if (!p.ok())
            return p.error();
        m_limiter.setLimit(rate, burst);
        return state();
    });
    control("SandboxAdvance", [this](P) {
        const int settlements = m_settlements.advanceAll();
        const int incentives = m_incentives.advanceAll();
        const int claims = m_mdf.advanceAll();
        return SandboxAnswer::ok({{QStringLiteral("settlements_moved"), settlements},
                                  {QStringLiteral("incentives_moved"), incentives},
                                  {QStringLiteral("mdf_claims_moved"), claims}});
    });
    control("SandboxRespondUnbind", [this](P p) { return m_customers.respondToUnbind(p); });
}
