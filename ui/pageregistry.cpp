#include "pageregistry.h"

#include "bss/bssclient.h"
#include "pages/billingpage.h"
#include "pages/budgetspage.h"
#include "pages/couponspage.h"
#include "pages/customerspage.h"
#include "pages/discountspage.h"
#include "pages/fundspage.h"
#include "pages/incentivespage.h"
#include "pages/marketplacepage.h"
#include "pages/overviewpage.h"
#include "pages/pricingpage.h"
#include "pages/quotaspage.h"
#include "pages/resellerspage.h"
#include "widgets/icons.h"

namespace {

template<class P> Page *make(Workspace *workspace, QWidget *parent)
{
    return new P(workspace, parent);
}

} // namespace

const QList<PageRegistry::Entry> &PageRegistry::entries()
{
    // The pages the overview reads are built first; the others after the first paint, so a cold
    // start shows the window sooner (their navigation items exist from the start).
    static const QList<Entry> table = {
        {QStringLiteral("overview"), [] { return tr("Overview"); }, false, false, "overview",
         make<OverviewPage>},
        {QStringLiteral("customers"), [] { return tr("Customers"); }, true, false, "customers",
         make<CustomersPage>},
        {QStringLiteral("budgets"), [] { return tr("Customer budgets"); }, true, false, "budgets",
         make<BudgetsPage>, "ListSubCustomerBudget"},
        {QStringLiteral("coupons"), [] { return tr("Coupons"); }, true, false, "coupons",
         make<CouponsPage>, "ListIssuedPartnerCoupons"},
        {QStringLiteral("quotas"), [] { return tr("Coupon quotas"); }, true, false, "quotas",
         make<QuotasPage>, "ListQuotaCoupons"},
        {QStringLiteral("funds"), [] { return tr("Funds"); }, true, true, "funds", make<FundsPage>,
         "ListPartnerBalances"},
        {QStringLiteral("resellers"), [] { return tr("Resellers"); }, true, false, "resellers",
         make<ResellersPage>},
        {QStringLiteral("billing"), [] { return tr("Bills and invoices"); }, true, true, "billing",
         make<BillingPage>, "ListInvoices"},
        {QStringLiteral("marketplace"), [] { return tr("Marketplace billing"); }, true, true,
         "marketplace", make<MarketplacePage>},
        {QStringLiteral("incentives"), [] { return tr("Incentives"); }, true, true, "incentives",
         make<IncentivesPage>},
        {QStringLiteral("discounts"), [] { return tr("Discounts this month"); }, true, true,
         "discounts", make<DiscountsPage>},
        {QStringLiteral("pricing"), [] { return tr("Pricing"); }, true, true, "pricing",
         make<PricingPage>},
    };
    return table;
}

const PageRegistry::Entry *PageRegistry::find(const QString &key)
{
    for (const Entry &e : entries()) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

bool PageRegistry::offeredBy(const Entry &entry, const BssClient *client)
{
    return !entry.needs || client->offers(entry.needs);
}

QString PageRegistry::titleOf(const QString &key)
{
    const Entry *e = find(key);
    return e ? e->title() : key;
}

QIcon PageRegistry::iconOf(const QString &key)
{
    const Entry *e = find(key);
    return e ? Icons::get(QLatin1String(e->icon)) : QIcon();
}

QString PageRegistry::salesTitle()
{
    return tr("Sales");
}
