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

#include <QApplication>

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
        {QStringLiteral("overview"), [] { return tr("Overview"); }, false, false,
         QStyle::SP_DesktopIcon, make<OverviewPage>},
        {QStringLiteral("customers"), [] { return tr("Customers"); }, true, false,
         QStyle::SP_DirHomeIcon, make<CustomersPage>},
        {QStringLiteral("budgets"), [] { return tr("Customer budgets"); }, true, false,
         QStyle::SP_FileDialogInfoView, make<BudgetsPage>, "ListSubCustomerBudget"},
        {QStringLiteral("coupons"), [] { return tr("Coupons"); }, true, false,
         QStyle::SP_FileDialogDetailedView, make<CouponsPage>, "ListIssuedPartnerCoupons"},
        {QStringLiteral("quotas"), [] { return tr("Coupon quotas"); }, true, false,
         QStyle::SP_FileDialogListView, make<QuotasPage>, "ListQuotaCoupons"},
        {QStringLiteral("funds"), [] { return tr("Funds"); }, true, true, QStyle::SP_DriveHDIcon,
         make<FundsPage>, "ListPartnerBalances"},
        {QStringLiteral("resellers"), [] { return tr("Resellers"); }, true, false,
         QStyle::SP_DirLinkIcon, make<ResellersPage>},
        {QStringLiteral("billing"), [] { return tr("Bills and invoices"); }, true, true,
         QStyle::SP_FileDialogContentsView, make<BillingPage>, "ListInvoices"},
        {QStringLiteral("marketplace"), [] { return tr("Marketplace billing"); }, true, true,
         QStyle::SP_FileDialogContentsView, make<MarketplacePage>},
        {QStringLiteral("incentives"), [] { return tr("Incentives"); }, true, true,
         QStyle::SP_DialogApplyButton, make<IncentivesPage>},
        {QStringLiteral("discounts"), [] { return tr("Discounts this month"); }, true, true,
         QStyle::SP_ArrowDown, make<DiscountsPage>},
        {QStringLiteral("pricing"), [] { return tr("Pricing"); }, true, true,
         QStyle::SP_FileDialogInfoView, make<PricingPage>},
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
    return e ? QApplication::style()->standardIcon(e->icon) : QIcon();
}

QString PageRegistry::salesTitle()
{
    return tr("Sales");
}
