#include "ops/workspace.h"

#include "models/couponmodel.h"
#include "models/couponrecordmodel.h"
#include "models/customermodel.h"
#include "models/quotamodel.h"
#include "models/recordspecs.h"
#include "ops/billingloader.h"
#include "ops/budgetsloader.h"
#include "ops/couponsloader.h"
#include "ops/customerloader.h"
#include "ops/discountsloader.h"
#include "ops/fundsloader.h"
#include "ops/incentivesloader.h"
#include "ops/marketplaceloader.h"
#include "ops/overview.h"
#include "ops/pricingloader.h"
#include "ops/quotasloader.h"
#include "ops/resellersloader.h"
#include "ops/session.h"
#include "ops/unbindrequestsloader.h"
#include "ops/writeeffects.h"
#include "ops/writerefresh.h"

Workspace::Workspace(Session *session, QObject *parent) : QObject(parent), m_session(session)
{
    BssClient *client = session->client();
    auto *customers = new CustomerModel(this);
    auto *unbindRequests = new RecordTableModel(RecordSpecs::unbindRequests(), this);
    m_customers = {customers, new CustomerLoader(client, customers, this), unbindRequests,
                   new UnbindRequestsLoader(client, unbindRequests, this)};
    // The pending mark on a customer asked to unbind follows the list of requests, read after
    // the customers (and again after an unbind request: WriteEffects::Customers).
    connect(m_customers.unbindLoader, &UnbindRequestsLoader::loaded, this, [this] {
        m_customers.model->setPendingUnbind(m_customers.unbindLoader->pendingCustomerIds());
    });
    connect(m_customers.loader, &CustomerLoader::customersLoaded, this, [this] {
        if (m_customers.unbindLoader->offered())
            m_customers.unbindLoader->load();
    });
    auto *coupons = new CouponModel(this);
    m_coupons = {coupons, new CouponsLoader(client, coupons, this)};
    auto *quotas = new QuotaModel(this);
    auto *records = new CouponRecordModel(this);
    auto *resellerQuotas = new QuotaModel(this);
    m_quotas = {quotas, records, resellerQuotas,
                new QuotasLoader(client, quotas, records, resellerQuotas, this)};
    auto *resellers = new RecordTableModel(RecordSpecs::resellers(), this);
    m_resellers = {resellers, new ResellersLoader(client, session->resellers(), resellers, this)};
    auto *changes = new RecordTableModel(RecordSpecs::fundsChanges(), this);
    auto *adjust = new RecordTableModel(RecordSpecs::fundsAdjust(), this);
    auto *agreements = new RecordTableModel(RecordSpecs::fundsAgreements(), this);
    m_funds = {changes, adjust, agreements,
               new FundsLoader(client, changes, adjust, agreements, this)};
    auto *bills = new RecordTableModel(RecordSpecs::marketplaceBills(), this);
    m_marketplace = {bills, new MarketplaceLoader(client, bills, this)};
    auto *payouts = new RecordTableModel(RecordSpecs::incentivePayouts(), this);
    auto *claims = new RecordTableModel(RecordSpecs::incentiveClaims(), this);
    auto *policies = new RecordTableModel(RecordSpecs::incentivePolicies(), this);
    m_incentives = {payouts, claims, policies,
                    new IncentivesLoader(client, payouts, claims, policies, this)};
    auto *breakdown = new RecordTableModel(RecordSpecs::discountBreakdown(), this);
    auto *discounted = new RecordTableModel(RecordSpecs::discountCustomers(), this);
    m_discounts = {breakdown, discounted, new DiscountsLoader(client, discounted, this)};
    m_discounts.loader->setCustomerInfo([this](const QString &id) {
        const int row = m_customers.model->rowOf(id);
        if (row < 0)
            return QPair<QString, QString>();
        const Customer c = m_customers.model->customer(row);
        return qMakePair(c.customerName, c.associationType);
    });
    m_pricing = new PricingLoader(client, this);
    auto *budgets = new RecordTableModel(RecordSpecs::budgets(), this);
    auto *budgetHistory = new RecordTableModel(RecordSpecs::budgetHistory(), this);
    m_budgets = {budgets, budgetHistory, new BudgetsLoader(client, budgets, budgetHistory, this)};
    auto *invoices = new RecordTableModel(RecordSpecs::invoices(), this);
    auto *ownCoupons = new RecordTableModel(RecordSpecs::ownCoupons(), this);
    m_billing = {invoices, ownCoupons, new BillingLoader(client, invoices, ownCoupons, this)};
    // Coupons and quota records carry only the customer's id: the name comes from the customers.
    auto name = [this](const QString &customerId) { return customerName(customerId); };
    coupons->setNameLookup(name);
    records->setNameLookup(name);
    m_overview = new Overview(session, customers, coupons, quotas, resellers, budgets, this);
    m_budgets.loader->setNearPercent(m_overview->thresholds().budgetPercent);
    connect(m_overview, &Overview::changed, this,
            [this] { m_budgets.loader->setNearPercent(m_overview->thresholds().budgetPercent); });
    feedOverview();
    refreshAfterWrites();
}

void Workspace::refreshAfterWrites()
{
    auto after = [this](int effects, std::function<void()> reload) {
        auto *refresh = new WriteRefresh(m_session, effects, this);
        connect(refresh, &WriteRefresh::due, this, std::move(reload));
    };
    after(WriteEffects::Balances, [this] {
        m_overview->refreshAccount();
        m_resellers.loader->loadBalances();
    });
    after(WriteEffects::Customers, [this] {
        if (m_customers.unbindLoader->offered())
            m_customers.unbindLoader->load();
    });
    after(WriteEffects::Coupons, [this] { m_coupons.loader->load(m_coupons.loader->scope()); });
    // The quotas page reads its records and the resellers' quotas when the quotas are in.
    after(WriteEffects::Quotas, [this] { m_quotas.loader->loadQuotas(); });
    // A budget set, a customer frozen or unfrozen (International site).
    after(WriteEffects::Budgets, [this] {
        if (m_session->client()->offers("ListSubCustomerBudget"))
            m_budgets.loader->load(m_budgets.loader->scope());
    });
    // Agreements and MDF claims are sandbox-only endpoints: written, and read, only there.
    after(WriteEffects::Agreements, [this] {
        if (m_session->isSandbox())
            m_funds.loader->loadAgreements();
    });
    after(WriteEffects::Claims, [this] {
        if (m_session->isSandbox())
            m_incentives.loader->loadClaims();
    });
}

void Workspace::feedOverview()
{
    // Each list's load (or failure) is one of the overview's sources. A list that shows one
    // reseller's data instead of ours keeps the overview's figure as it was.
    using Src = Overview::Source;
    auto report = [this](Src source, bool scoped) {
        m_overview->setResellerScoped(source, scoped);
        m_overview->sourceLoaded(source);
    };
    connect(m_customers.loader, &CustomerLoader::finished, this,
            [this, report] { report(Src::Customers, !m_customers.loader->scope().isEmpty()); });
    auto coupons = [this, report] { report(Src::Coupons, !m_coupons.loader->scope().isEmpty()); };
    connect(m_coupons.loader, &CouponsLoader::loaded, this, coupons);
    connect(m_coupons.loader, &CouponsLoader::failed, this, coupons);
    auto quotas = [report] { report(Src::Quotas, false); };
    connect(m_quotas.loader, &QuotasLoader::quotasLoaded, this, quotas);
    connect(m_quotas.loader, &QuotasLoader::failed, this, quotas);
    auto budgets = [this, report] { report(Src::Budgets, !m_budgets.loader->scope().isEmpty()); };
    connect(m_budgets.loader, &BudgetsLoader::loaded, this, budgets);
    connect(m_budgets.loader, &BudgetsLoader::failed, this, budgets);
    auto resellers = [report] { report(Src::Resellers, false); };
    connect(m_resellers.loader, &ResellersLoader::balancesLoaded, this, resellers);
    connect(m_resellers.loader, &ResellersLoader::failed, this, resellers);
}

QString Workspace::customerName(const QString &customerId) const
{
    const int row = m_customers.model->rowOf(customerId);
    return row >= 0 ? m_customers.model->customer(row).customerName : QString();
}

void Workspace::setSelectedCustomers(const QStringList &customerIds)
{
    if (customerIds == m_selected)
        return;
    m_selected = customerIds;
    emit selectedCustomersChanged();
}
