#include "pages/pagetitles.h"

#include "pages/page.h"

QString PageTitles::of(const QString &key)
{
    if (key == u"overview")
        return tr("Overview");
    if (key == u"customers")
        return tr("Customers");
    if (key == u"coupons")
        return tr("Coupons");
    if (key == u"quotas")
        return tr("Coupon quotas");
    if (key == u"funds")
        return tr("Funds");
    if (key == u"resellers")
        return tr("Resellers");
    if (key == u"pricing")
        return tr("Pricing");
    if (key == u"marketplace")
        return tr("Marketplace billing");
    if (key == u"incentives")
        return tr("Incentives");
    if (key == u"discounts")
        return tr("Discounts this month");
    return key;
}

QString PageTitles::sales()
{
    return tr("Sales");
}

QString Page::title() const
{
    return PageTitles::of(key());
}
