#include "sandbox/pricecatalogue.h"

namespace {

using L = PriceCatalogue::Linear;

const PriceCatalogue::Product kProducts[] = {
    {"hws.service.type.ec2", "hws.resource.type.vm", "s6.small.1.linux", "OFFI-ECS-S6S1L", L::No,
     "0.1100", "37.00"},
    {"hws.service.type.ec2", "hws.resource.type.vm", "s6.medium.2.linux", "OFFI-ECS-S6M2L", L::No,
     "0.2900", "96.00"},
    {"hws.service.type.ec2", "hws.resource.type.vm", "s6.large.2.linux", "OFFI-ECS-S6L2L", L::No,
     "0.5800", "143.40"},
    {"hws.service.type.ec2", "hws.resource.type.vm", "s6.xlarge.2.linux", "OFFI-ECS-S6X2L", L::No,
     "1.1600", "286.80"},
    {"hws.service.type.ec2", "hws.resource.type.vm", "c7.large.2.linux", "OFFI-ECS-C7L2L", L::No,
     "0.6600", "178.00"},
    {"hws.service.type.ec2", "hws.resource.type.vm", "c7.xlarge.4.linux", "OFFI-ECS-C7X4L", L::No,
     "1.5800", "425.00"},
    {"hws.service.type.ec2", "hws.resource.type.vm", "m6.large.8.linux", "OFFI-ECS-M6L8L", L::No,
     "1.0400", "280.00"},
    {"hws.service.type.ec2", "hws.resource.type.vm", "s6.large.2.win", "OFFI-ECS-S6L2W", L::No,
     "0.7000", "183.40"},
    {"hws.service.type.ec2", "hws.resource.type.vm", "c7.xlarge.4.win", "OFFI-ECS-C7X4W", L::No,
     "1.7000", "465.00"},
    {"hws.service.type.ebs", "hws.resource.type.volume", "SATA", "OFFI-EVS-SATA", L::PerGb,
     "0.000417", "0.30"},
    {"hws.service.type.ebs", "hws.resource.type.volume", "SAS", "OFFI-EVS-SAS", L::PerGb,
     "0.000486", "0.35"},
    {"hws.service.type.ebs", "hws.resource.type.volume", "GPSSD", "OFFI-EVS-GPSSD", L::PerGb,
     "0.000694", "0.50"},
    {"hws.service.type.ebs", "hws.resource.type.volume", "SSD", "OFFI-EVS-SSD", L::PerGb,
     "0.001389", "1.00"},
    {"hws.service.type.vpc", "hws.resource.type.bandwidth", "19_bgp", "OFFI-BW-19BGP", L::PerMbps,
     "0.063", "23.00"},
    {"hws.service.type.vpc", "hws.resource.type.bandwidth", "19_sbgp", "OFFI-BW-19SBGP", L::PerMbps,
     "0.056", "20.00"},
    {"hws.service.type.vpc", "hws.resource.type.bandwidth", "12_bgp", "OFFI-BW-12BGP",
     L::PerGbTraffic, "0.80", "0.80"},
    {"hws.service.type.vpc", "hws.resource.type.ip", "5_bgp", "OFFI-EIP-5BGP", L::No, "0.0200",
     "20.00"},
};

// Bandwidth above 5 Mbit/s: the per-Mbit/s rate of the higher tier.
const char kTierHourly[] = "0.25";
const char kTierMonthly[] = "80.00";

const QList<PriceCatalogue::Service> kServices = {
    {"hws.service.type.ec2", "hws.resource.type.vm", "弹性云服务器", "Elastic Cloud Server",
     "云主机", "Cloud server"},
    {"hws.service.type.ebs", "hws.resource.type.volume", "云硬盘", "Elastic Volume Service",
     "云硬盘", "Disk"},
    {"hws.service.type.vpc", "hws.resource.type.bandwidth", "虚拟私有云", "Virtual Private Cloud",
     "带宽", "Bandwidth"},
    {"hws.service.type.vpc", "hws.resource.type.ip", "虚拟私有云", "Virtual Private Cloud",
     "弹性公网IP", "Elastic IP"},
    {"hws.service.type.obs", "hws.resource.type.obs", "对象存储服务", "Object Storage Service",
     "对象存储", "Object storage"},
    {"hws.service.type.rds", "hws.resource.type.rds.vm", "云数据库 RDS",
     "Relational Database Service", "数据库实例", "DB instance"},
    {"hws.service.type.cdn", "hws.resource.type.cdn", "内容分发网络", "Content Delivery Network",
     "CDN 流量", "CDN traffic"},
};

Decimal dec(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

// USD list prices are the CNY ones × 0.15, kept exact.
Decimal inCurrency(const Decimal &cny, bool international)
{
    return international ? cny.multipliedBy(dec("0.15"), cny.scale() + 2) : cny;
}

Decimal linearPrice(const PriceCatalogue::Product &p, int size, const char *unit, const char *tier)
{
    if (p.linear == PriceCatalogue::Linear::No)
        return dec(unit);
    if (p.linear != PriceCatalogue::Linear::PerMbps || size <= 5)
        return dec(unit) * size;
    return dec(unit) * 5 + dec(tier) * (size - 5);
}

} // namespace

const PriceCatalogue::Product *
PriceCatalogue::find(const QString &serviceType, const QString &resourceType, const QString &spec)
{
    for (const Product &p : kProducts) {
        if (serviceType == QLatin1String(p.serviceType) &&
            resourceType == QLatin1String(p.resourceType) && spec == QLatin1String(p.spec))
            return &p;
    }
    return nullptr;
}

QList<const PriceCatalogue::Product *> PriceCatalogue::products()
{
    QList<const Product *> out;
    for (const Product &p : kProducts)
        out.append(&p);
    return out;
}

const QList<PriceCatalogue::Service> &PriceCatalogue::services()
{
    return kServices;
}

const PriceCatalogue::Service *PriceCatalogue::service(const QString &serviceType,
                                                       const QString &resourceType)
{
    for (const Service &s : kServices) {
        if (serviceType == QLatin1String(s.serviceType) &&
            (resourceType.isEmpty() || resourceType == QLatin1String(s.resourceType)))
            return &s;
    }
    return nullptr;
}

QStringList PriceCatalogue::regions(bool international)
{
    return international
               ? QStringList{QStringLiteral("ap-southeast-1"), QStringLiteral("ap-southeast-3"),
                             QStringLiteral("af-south-1")}
               : QStringList{QStringLiteral("cn-north-4"), QStringLiteral("cn-east-3"),
                             QStringLiteral("cn-south-1")};
}

Decimal PriceCatalogue::hourlyPrice(const Product &p, int size, bool international)
{
    return inCurrency(linearPrice(p, size, p.hourly, kTierHourly), international);
}

Decimal PriceCatalogue::monthlyPrice(const Product &p, int size, bool international)
{
    return inCurrency(linearPrice(p, size, p.monthly, kTierMonthly), international);
}

Decimal PriceCatalogue::periodPrice(const Product &p, int size, int periodType, int periodNum,
                                    bool international)
{
    const Decimal month = monthlyPrice(p, size, international);
    switch (periodType) {
    case 2: // month
        return month * periodNum;
    case 3: // year: 10 months
        return month * (10 * std::int64_t(periodNum));
    case 0: { // day: a 30th of a month, half-up to cents
        const Decimal total = (month * periodNum).withScale(4); // list prices have <= 4 decimals
        if (!total.isValid())
            return total;
        const std::int64_t m = total.mantissa(); // cents = m / 100 / 30
        return Decimal::fromMantissa((m + (m >= 0 ? 1500 : -1500)) / 3000, 2);
    }
    case 4: // hour
        return hourlyPrice(p, size, international) * periodNum;
    default:
        return Decimal::invalid();
    }
}
