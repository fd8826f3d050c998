#include "bss/orderoperations.h"

#include "bss/jsonbody.h"
#include "bss/operations.h"

#include <QDate>
#include <QUrl>

namespace {

// An order's or customer's id (required), a reseller's id (optional) and a page: the first broken
// rule's message, or "".
QString checkScope(const char *field, const QString &id, const QString &ip, int offset, int limit)
{
    QString p = Operations::checkId(QString::fromLatin1(field), id, 64, true);
    if (p.isEmpty())
        p = Operations::checkId(QStringLiteral("indirect_partner_id"), ip, 64, false);
    if (p.isEmpty())
        p = Operations::checkPaging(offset, limit);
    return p;
}

} // namespace

ApiRequest OrderOperations::listCustomerOrders(const QString &customerId, const QString &ip,
                                               int offset, int limit, QString *problem)
{
    const QString p = checkScope("customer_id", customerId, ip, offset, limit);
    *problem = p;
    if (!p.isEmpty())
        return {};
    ApiRequest r = Operations::named("ListCustomerOrders");
    r.addQuery("customer_id", customerId);
    r.addQuery("order_by", QStringLiteral("-createTime"));
    r.addQuery("offset", QString::number(offset));
    r.addQuery("limit", QString::number(limit));
    if (!ip.isEmpty())
        r.addQuery("indirect_partner_id", ip);
    return r;
}

ApiRequest OrderOperations::listCustomerResources(const ResourceFilter &f, int offset, int limit,
                                                  QString *problem)
{
    QString p = Operations::checkPaging(offset, limit);
    if (p.isEmpty())
        p = Operations::checkId(QStringLiteral("customer_id"), f.customerId, 64, true);
    if (p.isEmpty())
        p = Operations::checkId(QStringLiteral("order_id"), f.orderId, 64, false);
    if (p.isEmpty() && f.resourceIds.size() > MaxResourceIds)
        p = tr("Name at most %n resource(s) at a time.", nullptr, MaxResourceIds);
    for (const QString &id : f.resourceIds) {
        if (p.isEmpty())
            p = Operations::checkId(QStringLiteral("resource_id"), id, 64, true);
    }
    for (int s : f.statuses) {
        if (p.isEmpty() && (s < 2 || s > 5))
            p = tr("A resource is in use (2), closed (3), frozen (4) or expired (5).");
    }
    if (p.isEmpty() && f.expireFrom.isValid() && f.expireTo.isValid() && f.expireFrom > f.expireTo)
        p = tr("The start of the time range is after its end.");
    *problem = p;
    if (!p.isEmpty())
        return {};
    ApiRequest r = Operations::named("ListPayPerUseCustomerResources");
    JsonBody b;
    if (!f.resourceIds.isEmpty())
        b.add("resource_ids", f.resourceIds);
    b.addIfSet("order_id", f.orderId);
    b.add("only_main_resource", qint64(f.mainOnly ? 1 : 0));
    if (!f.statuses.isEmpty())
        b.add("status_list", f.statuses);
    b.add("offset", qint64(offset)).add("limit", qint64(limit));
    if (f.expireFrom.isValid())
        b.add("expire_time_begin", Operations::utcTimestamp(f.expireFrom));
    if (f.expireTo.isValid())
        b.add("expire_time_end", Operations::utcTimestamp(f.expireTo));
    b.addIfSet("service_type_code", f.serviceType);
    b.add("customer_id", f.customerId);
    r.body = b.bytes();
    return r;
}

ApiRequest OrderOperations::listIncentivePolicies(const QString &month, const QString &serviceType,
                                                  int offset, int limit, QString *problem)
{
    QString p = Operations::checkPaging(offset, limit);
    if (p.isEmpty() && !QDate::fromString(month, QStringLiteral("yyyy-MM")).isValid())
        p = tr("The month is YYYY-MM, e.g. 2026-09.");
    if (p.isEmpty())
        p = Operations::checkId(QStringLiteral("service_type_code"), serviceType, 64, false);
    *problem = p;
    if (!p.isEmpty())
        return {};
    ApiRequest r = Operations::named("ListIncentiveDiscountPolicies");
    r.addQuery("time", month);
    if (!serviceType.isEmpty())
        r.addQuery("service_type_code", serviceType);
    r.addQuery("offset", QString::number(offset));
    r.addQuery("limit", QString::number(limit));
    return r;
}

ApiRequest OrderOperations::showOrderDetails(const QString &orderId, const QString &ip, int offset,
                                             int limit, QString *problem)
{
    const QString p = checkScope("order_id", orderId, ip, offset, limit);
    *problem = p;
    if (!p.isEmpty())
        return {};
    ApiRequest r = Operations::named("ShowCustomerOrderDetails");
    // The order ID is one path segment: anything that could end or escape it is encoded.
    r.path.replace("{order_id}", QUrl::toPercentEncoding(orderId));
    r.addQuery("offset", QString::number(offset));
    r.addQuery("limit", QString::number(limit));
    if (!ip.isEmpty())
        r.addQuery("indirect_partner_id", ip);
    return r;
}
