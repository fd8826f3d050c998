#pragma once

#include "core/decimal.h"

#include <QList>
#include <QString>
#include <QStringList>

// The sandbox's small price list: ECS flavours, EVS disk types, bandwidth (by bandwidth with a
// tier above 5 Mbit/s, and by traffic) and EIP, in CNY for the China site and USD for the
// International site. Products are matched on service type + resource type + spec, like Huawei
// does; regions come from the site.
class PriceCatalogue
{
public:
    enum class Linear { No, PerGb, PerMbps, PerGbTraffic };
    struct Product
    {
        const char *serviceType;
        const char *resourceType;
        const char *spec;
        const char *productId;
        Linear linear;
        const char *hourly;  // CNY per hour (per unit for linear products)
        const char *monthly; // CNY per month (per unit for linear products)
    };
    struct Service
    {
        const char *serviceType;
        const char *resourceType;
        const char *serviceZh;
        const char *serviceEn;
        const char *resourceZh;
        const char *resourceEn;
    };

    static const Product *find(const QString &serviceType, const QString &resourceType,
                               const QString &spec);
    static QList<const Product *> products();
    static const QList<Service> &services();
    static const Service *service(const QString &serviceType, const QString &resourceType);
    static QStringList regions(bool international);

    // The list price of `size` units (size 0 or 1 for non-linear products) for one hour or one
    // month, in the site's currency. Bandwidth above 5 Mbit/s costs the higher tier rate.
    static Decimal hourlyPrice(const Product &product, int size, bool international);
    static Decimal monthlyPrice(const Product &product, int size, bool international);
    // Yearly subscriptions cost 10 months; a day is a 30th of a month, rounded to cents.
    static Decimal periodPrice(const Product &product, int size, int periodType, int periodNum,
                               bool international);
};
