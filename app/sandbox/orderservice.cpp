#include "sandbox/orderservice.h"

#include "sandbox/pricecatalogue.h"
#include "sandbox/sandboxstore.h"
#include "sandbox/sqlfilter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>

namespace {

// When a paid order's resource expires: its period after payment.
#define PC_EXPIRE                                                                                  \
    "strftime('%Y-%m-%dT%H:%M:%SZ', o.payment_time, '+' || (CASE o.period_type WHEN 3 THEN"        \
    " o.period_num * 12 ELSE o.period_num END) || ' months')"

// A completed order's resource, its expiry and its state now (2 in use, 5 expired), in SQL.
const char kResources[] = "(SELECT o.*, " PC_EXPIRE " AS expire_time, CASE WHEN " PC_EXPIRE
                          " > :now THEN 2 ELSE 5 END AS resource_status FROM orders o"
                          " WHERE o.status = 5 AND o.payment_time <> '')";

QString name(const PriceCatalogue::Service *s, bool chinese, bool resource)
{
    if (!s)
        return QString();
    return QString::fromUtf8(resource ? (chinese ? s->resourceZh : s->resourceEn)
                                      : (chinese ? s->serviceZh : s->serviceEn));
}

QJsonValue money(const QVariant &v)
{
    return SqlFilter::amountJson(
        Decimal::parse(v.toString()).value_or(Decimal::fromInt(0)).withScale(2).toString());
}

// What the product is, as the console describes it: "s6.small.1.linux", "SSD 100 GB", "5 Mbit/s".
QString specDesc(const QString &spec, const QString &resourceType, int size)
{
    if (resourceType == u"hws.resource.type.volume")
        return QStringLiteral("%1 %2GB").arg(spec).arg(size);
    if (resourceType == u"hws.resource.type.bandwidth")
        return QStringLiteral("%1 %2Mbit/s").arg(spec).arg(size);
    return spec;
}

} // namespace

SandboxAnswer OrderService::resources(SandboxParams p)
{
    const QStringList ids = p.strings("resource_ids", 50, 64);
    const QString order = p.string("order_id", 64);
    const int mainOnly = p.integer("only_main_resource", 0, 0, 1);
    const QList<int> statuses = p.integers("status_list", 4);
    for (int s : statuses) {
        if (s < 2 || s > 5)
            p.fail(QStringLiteral("status_list takes 2, 3, 4 and 5"));
    }
    int offset = 0, limit = 10;
    p.paging(&offset, &limit);
    const QString from = p.timestamp("expire_time_begin");
    const QString to = p.timestamp("expire_time_end");
    if (p.has("service_type_code") && p.string("service_type_code", 64).isEmpty())
        p.fail(QStringLiteral("service_type_code must not be empty"));
    const QString service = p.string("service_type_code", 64);
    const QString customer = p.string("customer_id", 64);
    if (!p.ok())
        return p.error();
    (void)mainOnly;         // every sandbox resource is a primary one
    if (customer.isEmpty()) // the partner's own resources: none in the sandbox
        return SandboxAnswer::ok(
            {{QStringLiteral("total_count"), 0}, {QStringLiteral("data"), QJsonArray()}});
    // Only the partner's own customers: a reseller's customer is the reseller's to see.
    QSqlQuery q = m_store->query();
    if (!m_store->exec(&q,
                       QStringLiteral("SELECT indirect_partner_id FROM customers"
                                      " WHERE customer_id = ?"),
                       {customer}))
        return SandboxAnswer::internalError();
    if (!q.next() || !q.value(0).toString().isEmpty())
        return SandboxAnswer::notYourCustomer();
    SqlFilter filter{QString()};
    filter.addIf(customer, "customer_id = :cid", ":cid");
    filter.addIf(order, "order_id = :oid", ":oid");
    filter.addIf(service, "service_type = :st", ":st");
    filter.addIf(from, "expire_time >= :eb", ":eb");
    filter.addIf(to, "expire_time <= :ee", ":ee");
    if (!ids.isEmpty()) {
        QStringList binds;
        for (int i = 0; i < ids.size(); ++i) {
            binds << QStringLiteral(":r%1").arg(i);
            filter.bind(binds.last(), ids.at(i));
        }
        filter.where(QStringLiteral("resource_id IN (%1)").arg(binds.join(u',')));
    }
    if (!statuses.isEmpty()) {
        QStringList list;
        for (int s : statuses)
            list << QString::number(s);
        filter.where(QStringLiteral("resource_status IN (%1)").arg(list.join(u',')));
    }
    filter.bind(QStringLiteral(":now"),
                QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
    const bool chinese = p.chinese();
    return filter.page(
        m_store->database(),
        {QString::fromLatin1(kResources),
         QStringLiteral("seq, resource_id, region, service_type, resource_type, resource_spec,"
                        " resource_size, resource_status, payment_time, expire_time, order_id"),
         QStringLiteral("seq")},
        offset, limit, "total_count", "data",
        [&](const QSqlQuery &r) -> std::optional<QJsonObject> {
            const QString serviceType = r.value(3).toString();
            const QString resourceType = r.value(4).toString();
            const QString spec = r.value(5).toString();
            const int size = r.value(6).toInt();
            const auto *s = PriceCatalogue::service(serviceType, resourceType);
            const auto *product = PriceCatalogue::find(serviceType, resourceType, spec);
            const QString resourceId = r.value(1).toString();
            const qint64 seq = r.value(0).toLongLong();
            QJsonObject o{{QStringLiteral("id"),
                           QStringLiteral("inst-%1").arg(seq, 10, 10, QLatin1Char('0'))},
                          {QStringLiteral("resource_id"), resourceId},
                          {QStringLiteral("resource_name"),
                           QStringLiteral("%1-%2").arg(
                               QString::fromLatin1(product ? product->productId : "res")
                                   .section(u'-', 1, 1)
                                   .toLower(),
                               resourceId.right(4))},
                          {QStringLiteral("region_code"), r.value(2).toString()},
                          {QStringLiteral("service_type_code"), serviceType},
                          {QStringLiteral("resource_type_code"), resourceType},
                          {QStringLiteral("resource_type_name"), name(s, chinese, true)},
                          {QStringLiteral("service_type_name"), name(s, chinese, false)},
                          {QStringLiteral("resource_spec_code"), spec},
                          {QStringLiteral("project_id"),
                           QStringLiteral("0%1").arg(seq % 7 + 1, 31, 10, QLatin1Char('a'))},
                          {QStringLiteral("product_id"),
                           QString::fromLatin1(product ? product->productId : "")},
                          {QStringLiteral("parent_resource_id"), QString()},
                          {QStringLiteral("is_main_resource"), 1},
                          {QStringLiteral("status"), r.value(7).toInt()},
                          {QStringLiteral("effective_time"), r.value(8).toString()},
                          {QStringLiteral("expire_time"), r.value(9).toString()},
                          // One in four renews itself (3); the others enter the grace period (0).
                          {QStringLiteral("expire_policy"), seq % 4 == 0 ? 3 : 0},
                          {QStringLiteral("product_spec_desc"), specDesc(spec, resourceType, size)},
                          {QStringLiteral("update_time"), r.value(8).toString()},
                          {QStringLiteral("enterprise_project"),
                           QJsonObject{{QStringLiteral("id"), QStringLiteral("0")},
                                       {QStringLiteral("name"), QStringLiteral("default")}}}};
            if (size > 0) {
                o.insert(QLatin1String("spec_size"), size);
                o.insert(QLatin1String("spec_size_measure_id"),
                         resourceType == u"hws.resource.type.volume" ? 17 : 15); // GB, Mbit/s
            }
            return o;
        });
}

SandboxAnswer OrderService::details(SandboxParams p)
{
    const QString id = p.string("order_id", 64, true);
    int offset = 0, limit = 10;
    p.paging(&offset, &limit);
    const QString ip = p.indirectPartnerId();
    if (!p.ok())
        return p.error();
    QSqlQuery q = m_store->query();
    if (!m_store->exec(&q,
                       QStringLiteral("SELECT o.order_id, o.customer_id, o.service_type,"
                                      " o.resource_type, o.resource_spec, o.resource_size,"
                                      " o.status, o.order_type, o.official_amount,"
                                      " o.discount_amount, o.coupon_amount,"
                                      " o.amount_after_discount, o.create_time, o.payment_time,"
                                      " o.period_type, o.period_num, " PC_EXPIRE ", o.seq"
                                      " FROM orders o WHERE o.order_id = ? AND"
                                      " o.indirect_partner_id = ?"),
                       {id, SqlFilter::scope(ip)}))
        return SandboxAnswer::internalError();
    if (!q.next()) // not an order of the partner's (or of that reseller's) customers
        return SandboxAnswer::error(403, QStringLiteral("CBC.0151"),
                                    QStringLiteral("Access denied."));
    const bool chinese = p.chinese();
    const QString serviceType = q.value(2).toString();
    const QString resourceType = q.value(3).toString();
    const QString spec = q.value(4).toString();
    const auto *s = PriceCatalogue::service(serviceType, resourceType);
    const auto *product = PriceCatalogue::find(serviceType, resourceType, spec);
    const bool paid = !q.value(13).toString().isEmpty();
    const QString currency = m_store->currency();
    const QJsonObject amounts{
        {QStringLiteral("discounts"),
         QJsonArray{QJsonObject{{QStringLiteral("discount_type"), QStringLiteral("607")},
                                {QStringLiteral("discount_amount"), money(q.value(9))}}}},
        {QStringLiteral("coupon_amount"), money(q.value(10))},
        {QStringLiteral("flexipurchase_coupon_amount"), 0},
        {QStringLiteral("stored_card_amount"), 0},
        {QStringLiteral("commission_amount"), 0},
        {QStringLiteral("consumed_amount"), 0}};
    const QJsonObject order{{QStringLiteral("order_id"), id},
                            {QStringLiteral("customer_id"), q.value(1).toString()},
                            {QStringLiteral("service_type_code"), serviceType},
                            {QStringLiteral("service_type_name"), name(s, chinese, false)},
                            {QStringLiteral("source_type"), 2},
                            {QStringLiteral("status"), q.value(6).toInt()},
                            {QStringLiteral("order_type"), q.value(7).toInt()},
                            {QStringLiteral("amount_after_discount"), money(q.value(11))},
                            {QStringLiteral("official_amount"), money(q.value(8))},
                            {QStringLiteral("measure_id"), 1},
                            {QStringLiteral("create_time"), q.value(12).toString()},
                            {QStringLiteral("payment_time"), q.value(13).toString()},
                            {QStringLiteral("currency"), currency},
                            {QStringLiteral("amount_info"), amounts},
                            {QStringLiteral("user_name"), QStringLiteral("sandbox-partner")}};
    const QString productId = QString::fromLatin1(product ? product->productId : "");
    const QString desc = specDesc(spec, resourceType, q.value(5).toInt());
    // One line item per order in the sandbox (the page still follows offset and limit).
    QJsonArray lines;
    if (offset == 0) {
        QJsonObject line{{QStringLiteral("order_line_item_id"), id + QStringLiteral("-000001")},
                         {QStringLiteral("service_type_code"), serviceType},
                         {QStringLiteral("service_type_name"), name(s, chinese, false)},
                         {QStringLiteral("product_id"), productId},
                         {QStringLiteral("product_spec_desc"), desc},
                         {QStringLiteral("period_type"), q.value(14).toInt()},
                         {QStringLiteral("period_num"), q.value(15).toInt()},
                         {QStringLiteral("subscription_num"), 1},
                         {QStringLiteral("amount_after_discount"), money(q.value(11))},
                         {QStringLiteral("official_amount"), money(q.value(8))},
                         {QStringLiteral("amount_info"), amounts},
                         {QStringLiteral("currency"), currency},
                         {QStringLiteral("category_code"), resourceType},
                         {QStringLiteral("product_owner_service"), serviceType},
                         {QStringLiteral("commercial_resource"), resourceType},
                         {QStringLiteral("base_product_info"),
                          QJsonObject{{QStringLiteral("product_id"), productId},
                                      {QStringLiteral("product_spec_desc"), desc},
                                      {QStringLiteral("category_code"), resourceType},
                                      {QStringLiteral("product_owner_service"), serviceType},
                                      {QStringLiteral("commercial_resource"), resourceType}}},
                         {QStringLiteral("order_id"), id}};
        if (paid) {
            line.insert(QLatin1String("effective_time"), q.value(13).toString());
            line.insert(QLatin1String("expire_time"), q.value(16).toString());
        }
        lines.append(line);
    }
    return SandboxAnswer::ok({{QStringLiteral("total_count"), 1},
                              {QStringLiteral("order_info"), order},
                              {QStringLiteral("order_line_items"), lines}});
}

namespace {

struct Policy
{
    const char *serviceType;
    const char *zh;
    const char *en;
    const char *policy; // 0 not a specific product, 1 specific, 2 no performance no rebate,
                        // 13 performance but no rebate
    const char *allowDiscount;
    const char *from; // YYYY-MM the policy holds from ("" always); the one before it until then
};

const Policy kPolicies[] = {
    {"hws.service.type.ec2", "弹性云服务器", "Elastic Cloud Server", "0", "YES", ""},
    {"hws.service.type.ebs", "云硬盘", "Elastic Volume Service", "0", "YES", ""},
    {"hws.service.type.vpc", "虚拟私有云", "Virtual Private Cloud", "0", "YES", ""},
    {"hws.service.type.obs", "对象存储服务", "Object Storage Service", "0", "YES", ""},
    {"hws.service.type.rds", "云数据库 RDS", "Relational Database Service", "1", "YES", ""},
    {"hws.service.type.cce", "云容器引擎", "Cloud Container Engine", "0", "YES", ""},
    {"hws.service.type.cce", "云容器引擎", "Cloud Container Engine", "1", "YES", "2026-07"},
    {"hws.service.type.dcs", "分布式缓存服务", "Distributed Cache Service", "1", "YES", ""},
    {"hws.service.type.cdn", "内容分发网络", "Content Delivery Network", "13", "NO", ""},
    {"hws.service.type.waf", "Web应用防火墙", "Web Application Firewall", "1", "NO", ""},
    {"hws.service.type.marketplace", "云商店", "KooGallery", "2", "NO", ""},
    {"hws.service.type.modelarts", "ModelArts", "ModelArts", "13", "YES", ""},
    {"hws.service.type.modelarts", "ModelArts", "ModelArts", "1", "YES", "2026-03"},
    {"hws.service.type.sms", "消息&短信", "Message & SMS", "2", "NO", ""},
};

} // namespace

SandboxAnswer OrderService::incentivePolicies(SandboxParams p)
{
    const QString month = p.cycle("time", true);
    const QString service = p.string("service_type_code", 64);
    const bool filtered = p.has("service_type_code"); // an empty string filters too (none match)
    int offset = 0, limit = 10;
    p.paging(&offset, &limit);
    if (!p.ok())
        return p.error();
    // Each service's policy in force at the end of `month`: the latest whose start is not after.
    QList<const Policy *> inForce;
    for (const Policy &policy : kPolicies) {
        const QString from = QString::fromLatin1(policy.from);
        if (!from.isEmpty() && from > month)
            continue;
        bool replaced = false;
        for (const Policy *&held : inForce) {
            if (qstrcmp(held->serviceType, policy.serviceType) == 0) {
                held = &policy; // later rows are later policies
                replaced = true;
            }
        }
        if (!replaced)
            inForce.append(&policy);
    }
    QJsonArray policies;
    int total = 0;
    for (const Policy *policy : std::as_const(inForce)) {
        if (filtered && service != QLatin1String(policy->serviceType))
            continue;
        if (total++ < offset || policies.size() >= limit)
            continue;
        policies.append(QJsonObject{
            {QStringLiteral("service_type_code"), QString::fromLatin1(policy->serviceType)},
            {QStringLiteral("service_type_name"),
             QString::fromUtf8(p.chinese() ? policy->zh : policy->en)},
            {QStringLiteral("incentive_policy"), QString::fromLatin1(policy->policy)},
            {QStringLiteral("allow_discount"), QString::fromLatin1(policy->allowDiscount)}});
    }
    return SandboxAnswer::ok(
        {{QStringLiteral("policies"), policies}, {QStringLiteral("total_count"), total}});
}
