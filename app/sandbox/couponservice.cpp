#include "sandbox/couponservice.h"

#include "sandbox/sandboxstore.h"
#include "sandbox/sqlfilter.h"

#include <QJsonArray>
#include <QSet>

namespace {

// "col IN (:p0, :p1, …)" with its binds, when the list is not empty.
template<typename T>
void addIn(SqlFilter *filter, const char *column, const QList<T> &values, const char *prefix)
{
    if (values.isEmpty())
        return;
    QStringList names;
    for (int i = 0; i < values.size(); ++i)
        names << QStringLiteral(":%1%2").arg(QLatin1String(prefix)).arg(i);
    filter->add(QStringLiteral("%1 IN (%2)").arg(QLatin1String(column), names.join(u',')),
                names.first(), values.first());
    for (int i = 1; i < values.size(); ++i)
        filter->bind(names.at(i), values.at(i));
}

} // namespace

QString CouponService::quotaColumns()
{
    return QStringLiteral("quota_id, quota_type, create_time, last_update_time, quota_value,"
                          " quota_status, balance, effective_time, expire_time, services");
}

QJsonObject CouponService::quotaJson(const QSqlQuery &q, const QString &currency)
{
    QJsonArray limits;
    const QStringList services = q.value(9).toString().split(u',', Qt::SkipEmptyParts);
    if (!services.isEmpty()) {
        QJsonArray values;
        for (const QString &s : services)
            values.append(QJsonObject{{QStringLiteral("value1"), s}});
        limits.append(
            QJsonObject{{QStringLiteral("limit_key"), QStringLiteral("cloud_service_types")},
                        {QStringLiteral("limit_values"), values}});
    }
    return QJsonObject{
        {QStringLiteral("quota_id"), q.value(0).toString()},
        {QStringLiteral("quota_type"), q.value(1).toInt()},
        {QStringLiteral("create_time"), q.value(2).toString()},
        {QStringLiteral("last_update_time"), q.value(3).toString()},
        {QStringLiteral("quota_value"), SqlFilter::amountJson(q.value(4).toString())},
        {QStringLiteral("quota_status"), q.value(5).toInt()},
        {QStringLiteral("balance"), SqlFilter::amountJson(q.value(6).toString())},
        {QStringLiteral("measure_id"), 1},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("effective_time"), q.value(7).toString()},
        {QStringLiteral("expire_time"), q.value(8).toString()},
        {QStringLiteral("limit_infos"), limits}};
}

SandboxAnswer CouponService::quotas(SandboxParams p)
{
    int offset, limit;
    p.paging(&offset, &limit);
    SqlFilter filter(p.indirectPartnerId());
    addIn(&filter, "quota_id", p.strings("quota_ids", 100, 64), "qid");
    addIn(&filter, "quota_status", p.integers("quota_status_list", 10), "qs");
    // As the service: without quota_type only the voucher quotas (0) are listed.
    const QString type = p.oneOf("quota_type", {QStringLiteral("0"), QStringLiteral("1")});
    filter.add(QStringLiteral("quota_type = :qt"), QStringLiteral(":qt"),
               type.isEmpty() ? QStringLiteral("0") : type);
    for (const char *field : {"create_time", "effective_time", "expire_time"}) {
        const QString f = QLatin1String(field);
        const QString b = p.timestamp(qPrintable(f + QLatin1String("_begin")));
        const QString e = p.timestamp(qPrintable(f + QLatin1String("_end")));
        if (!b.isEmpty())
            filter.add(f + QStringLiteral(" >= :b_") + f, QStringLiteral(":b_") + f, b);
        if (!e.isEmpty())
            filter.add(f + QStringLiteral(" <= :e_") + f, QStringLiteral(":e_") + f, e);
    }
    if (!p.ok())
        return p.error();
    return filter.page(m_store->database(),
                       {QStringLiteral("quotas"), quotaColumns(), QStringLiteral("seq")}, offset,
                       limit, "total_count", "quotas",
                       [&](const QSqlQuery &rows) -> std::optional<QJsonObject> {
                           return quotaJson(rows, m_store->currency());
                       });
}

SandboxAnswer CouponService::issue(SandboxParams p)
{
    const QString quotaId = p.string("quota_id", 64, true);
    const QStringList customers = p.strings("customer_ids", 100, 64, true);
    const Decimal face = p.amount("face_value");
    const QString valid = p.timestamp("valid_time");
    const QString expire = p.timestamp("expire_time");
    const QStringList services = p.strings("cloud_service_types", 10, 64);
    p.strings("product_ids", 10, 64);
    const QString memo = p.has("memo") ? p.string("memo", 200) : QString();
    const QString ip = p.indirectPartnerId();
    if (!p.ok())
        return p.error();
    SandboxStore::Transaction tx(m_store);
    QSqlQuery q = m_store->query();
    if (!m_store->exec(&q,
                       QStringLiteral("SELECT balance, quota_status, effective_time, expire_time,"
                                      " services, quota_type FROM quotas WHERE quota_id = ? AND"
                                      " indirect_partner_id = ?"),
                       {quotaId, SqlFilter::scope(ip)}) ||
        !q.next())
        return SandboxAnswer::error(400, QStringLiteral("CBC.99000012"),
                                    QStringLiteral("The quota does not exist."));
    Decimal balance = SandboxStore::storedAmount(q.value(0));
    if (!balance.isValid())
        return SandboxAnswer::internalError();
    const QString quotaStart = q.value(2).toString();
    const QString quotaEnd = q.value(3).toString();
    const QStringList allowed = q.value(4).toString().split(u',', Qt::SkipEmptyParts);
    const int quotaType = q.value(5).toInt();
    const QString now = SandboxStore::nowUtc();
    if (q.value(1).toInt() != 0 || now < quotaStart || now > quotaEnd)
        return SandboxAnswer::error(400, QStringLiteral("CBC.99000012"),
                                    QStringLiteral("The quota is not in the normal status."));
    const QString from = valid.isEmpty() ? quotaStart : valid;
    const QString to = expire.isEmpty() ? quotaEnd : expire;
    if (from >= to || from < quotaStart || to > quotaEnd)
        return SandboxAnswer::paramError(
            QStringLiteral("valid_time/expire_time must lie inside the quota's validity"));
    for (const QString &s : services) {
        if (!allowed.isEmpty() && !allowed.contains(s))
            return SandboxAnswer::paramError(
                QStringLiteral("cloud_service_types exceed the quota's restriction"));
    }
    QJsonArray infos, errors;
    QSet<QString> seen;
    QSqlQuery c = m_store->query();
    for (const QString &customer : customers) {
        if (seen.contains(customer)) {
            errors.append(SandboxAnswer::paramError(QStringLiteral("duplicate customer id"))
                              .asDetail(customer));
            continue;
        }
        seen.insert(customer);
        if (!m_store->exec(&c,
                           QStringLiteral("SELECT association_type FROM customers WHERE"
                                          " customer_id = ? AND indirect_partner_id = ?"),
                           {customer, SqlFilter::scope(ip)}))
            return SandboxAnswer::internalError();
        if (!c.next()) {
            errors.append(SandboxAnswer::notYourCustomer().asDetail(customer));
            continue;
        }
        if (c.value(0).toString() != u"2") {
            errors.append(SandboxAnswer::referralCustomer().asDetail(customer));
            continue;
        }
        if (face > balance) {
            errors.append(SandboxAnswer::error(400, QStringLiteral("CBC.99005003"),
                                               QStringLiteral("Insufficient quota balance."))
                              .asDetail(customer));
            continue;
        }
        balance -= face;
        const QString couponId = m_store->nextId("CP");
        const int status = from > now ? 1 : 2;
        if (!m_store->exec(&c,
                           QStringLiteral("INSERT INTO coupons(coupon_id, customer_id, status,"
                                          " coupon_type, face_value, balance, effective_time,"
                                          " expire_time, create_time, quota_id,"
                                          " indirect_partner_id, services, memo)"
                                          " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                           {couponId, customer, status, quotaType == 1 ? 4 : 1, face.toString(),
                            face.toString(), from, to, now, quotaId, SqlFilter::scope(ip),
                            services.join(u','), memo}) ||
            !m_store->addCouponRecord(ip, 1, quotaId, quotaType, couponId, customer, face, 0, memo,
                                      now))
            return SandboxAnswer::internalError();
        infos.append(
            QJsonObject{{QStringLiteral("id"), customer}, {QStringLiteral("coupon_id"), couponId}});
    }
    if (!m_store->exec(&q,
                       QStringLiteral("UPDATE quotas SET balance = ?, last_update_time = ? WHERE"
                                      " quota_id = ?"),
                       {balance.withScale(2).toString(), now, quotaId}) ||
        !tx.commit())
        return SandboxAnswer::internalError();
    QJsonObject body{{QStringLiteral("coupon_infos"), infos}};
    if (!errors.isEmpty())
        body.insert(QLatin1String("error_details"), errors);
    return SandboxAnswer::ok(body);
}

SandboxAnswer CouponService::issued(SandboxParams p)
{
    int offset, limit;
    p.paging(&offset, &limit);
    SqlFilter filter(p.indirectPartnerId());
    filter.addIf(p.string("coupon_id", 64), "coupon_id = :coupon_id", ":coupon_id");
    filter.addIf(p.string("customer_id", 64), "customer_id = :customer_id", ":customer_id");
    filter.addIf(p.oneOf("status", {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                    QStringLiteral("4"), QStringLiteral("5")}),
                 "status = :status", ":status");
    filter.addIf(p.oneOf("coupon_type", {QStringLiteral("1"), QStringLiteral("4")}),
                 "coupon_type = :coupon_type", ":coupon_type");
    filter.addIf(p.timestamp("create_time_begin"), "create_time > :cb", ":cb");
    filter.addIf(p.timestamp("create_time_end"), "create_time < :ce", ":ce");
    filter.addIf(p.timestamp("effective_time_begin"), "effective_time > :fb", ":fb");
    filter.addIf(p.timestamp("effective_time_end"), "effective_time < :fe", ":fe");
    filter.addIf(p.timestamp("expire_time_begin"), "expire_time > :eb", ":eb");
    filter.addIf(p.timestamp("expire_time_end"), "expire_time < :ee", ":ee");
    if (!p.ok())
        return p.error();
    return filter.page(
        m_store->database(),
        {QStringLiteral("coupons"),
         QStringLiteral("coupon_id, status, customer_id, coupon_type, face_value,"
                        " balance, effective_time, expire_time, create_time,"
                        " quota_id"),
         QStringLiteral("seq")},
        offset, limit, "total_count", "user_coupons",
        [&](const QSqlQuery &rows) -> std::optional<QJsonObject> {
            return QJsonObject{
                {QStringLiteral("coupon_id"), rows.value(0).toString()},
                {QStringLiteral("status"), rows.value(1).toInt()},
                {QStringLiteral("customer_id"), rows.value(2).toString()},
                {QStringLiteral("coupon_type"), rows.value(3).toInt()},
                {QStringLiteral("measure_id"), 1},
                {QStringLiteral("face_value"), SqlFilter::amountJson(rows.value(4).toString())},
                {QStringLiteral("balance"), SqlFilter::amountJson(rows.value(5).toString())},
                {QStringLiteral("effective_time"), rows.value(6).toString()},
                {QStringLiteral("expire_time"), rows.value(7).toString()},
                {QStringLiteral("create_time"), rows.value(8).toString()},
                {QStringLiteral("promotion_plan_id"), rows.value(9).toString()},
                {QStringLiteral("media_type"), 1},
                {QStringLiteral("fetch_method"), 3},
                {QStringLiteral("use_limits"), QJsonArray()},
                {QStringLiteral("is_frozen"), QStringLiteral("0")}};
        });
}

SandboxAnswer CouponService::reclaim(SandboxParams p)
{
    const QString couponId = p.string("coupon_id", 64, true);
    const QString ip = p.indirectPartnerId(100);
    if (!p.ok())
        return p.error();
    SandboxStore::Transaction tx(m_store);
    QSqlQuery q = m_store->query();
    if (!m_store->exec(&q,
                       QStringLiteral("SELECT status, balance, quota_id, coupon_type, customer_id"
                                      " FROM coupons WHERE coupon_id = ? AND"
                                      " indirect_partner_id = ?"),
                       {couponId, SqlFilter::scope(ip)}) ||
        !q.next())
        return SandboxAnswer::paramError(QStringLiteral("the coupon does not exist"));
    if (q.value(0).toInt() != 2)
        return SandboxAnswer::error(400, QStringLiteral("CBC.0100"),
                                    QStringLiteral("Only coupons in the usable status can be"
                                                   " reclaimed."));
    // The whole remaining balance is reclaimed; there is no partial reclaim.
    const Decimal left = SandboxStore::storedAmount(q.value(1));
    if (!left.isValid())
        return SandboxAnswer::internalError();
    const QString now = SandboxStore::nowUtc();
    QSqlQuery u = m_store->query();
    if (!m_store->exec(&u,
                       QStringLiteral("UPDATE coupons SET status = 5, balance = '0.00' WHERE"
                                      " coupon_id = ?"),
                       {couponId}) ||
        !m_store->addCouponRecord(ip, 2, q.value(2).toString(), q.value(3).toInt() == 4 ? 1 : 0,
                                  couponId, q.value(4).toString(), left, 0, QString(), now) ||
        !tx.commit())
        return SandboxAnswer::internalError();
    return SandboxAnswer::noContent();
}

SandboxAnswer CouponService::records(SandboxParams p)
{
    int offset, limit;
    p.paging(&offset, &limit);
    SqlFilter filter(p.indirectPartnerId());
    const QList<int> types = p.integers("operation_types", 9);
    for (int t : types) {
        if (t < 1 || t > 9)
            p.fail(QStringLiteral("operation_types must be 1 to 9"));
    }
    addIn(&filter, "operation_type", types, "ot");
    addIn(&filter, "coupon_id", p.strings("coupon_ids", 100, 64), "cid");
    filter.addIf(p.string("quota_id", 64), "quota_id = :qid", ":qid");
    filter.addIf(p.oneOf("quota_type", {QStringLiteral("0"), QStringLiteral("1")}),
                 "quota_type = :qt", ":qt");
    filter.addIf(p.string("customer_id", 64), "customer_id = :cust", ":cust");
    filter.addTimeRange(p, "operation_time");
    filter.addIf(p.oneOf("result", {QStringLiteral("0"), QStringLiteral("-1")}), "result = :res",
                 ":res");
    if (!p.ok())
        return p.error();
    return filter.page(m_store->database(),
                       {QStringLiteral("coupon_records"),
                        QStringLiteral("record_id, operation_type, quota_id, quota_type, coupon_id,"
                                       " customer_id, operation_amount, operation_time, result,"
                                       " remark"),
                        QStringLiteral("seq DESC")},
                       offset, limit, "total_count", "records",
                       [&](const QSqlQuery &rows) -> std::optional<QJsonObject> {
                           return QJsonObject{
                               {QStringLiteral("id"), rows.value(0).toString()},
                               {QStringLiteral("operation_type"), rows.value(1).toString()},
                               {QStringLiteral("quota_id"), rows.value(2).toString()},
                               {QStringLiteral("quota_type"), rows.value(3).toInt()},
                               {QStringLiteral("coupon_id"), rows.value(4).toString()},
                               {QStringLiteral("customer_id"), rows.value(5).toString()},
                               {QStringLiteral("operation_amount"),
                                SqlFilter::amountJson(rows.value(6).toString())},
                               {QStringLiteral("operation_time"), rows.value(7).toString()},
                               {QStringLiteral("result"), rows.value(8).toString()},
                               {QStringLiteral("remark"), rows.value(9).toString()}};
                       });
}
