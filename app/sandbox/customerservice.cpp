#include "sandbox/customerservice.h"

#include "core/billperiod.h"
#include "sandbox/pricecatalogue.h"
#include "sandbox/sandboxstore.h"
#include "sandbox/sqlfilter.h"

#include <QJsonArray>
#include <QMap>

#include <algorithm>

namespace {

Decimal dec(const QVariant &v)
{
    return Decimal::parse(v.toString()).value_or(Decimal::fromInt(0));
}

QJsonValue money(const Decimal &d)
{
    return SqlFilter::amountJson(d.withScale(2).toString());
}

} // namespace

SandboxAnswer CustomerService::list(SandboxParams p)
{
    int offset, limit;
    p.paging(&offset, &limit, 40000000);
    const QString ip = p.indirectPartnerId();
    SqlFilter filter(ip);
    for (const char *field : {"account_name", "customer", "label"}) {
        const QString v = p.string(field, 64);
        if (!v.isEmpty()) // fuzzy: prefix, suffix or infix
            filter.add(QStringLiteral("instr(%1, :%1) > 0").arg(QLatin1String(field)),
                       u':' + QLatin1String(field), v);
    }
    filter.addIf(p.string("customer_id", 64), "customer_id = :cid", ":cid");
    filter.addIf(p.oneOf("association_type", {QStringLiteral("1"), m_store->resaleType()}),
                 "association_type = :at", ":at");
    filter.addTimeRange(p, "associated_on");
    if (!p.ok())
        return p.error();
    static const char *const names[] = {
        "customer_id", "account_name", "customer",     "associated_on", "association_type",
        "label",       "telephone",    "country_code", "email",         "verified_status"};
    return filter.page(
        m_store->database(),
        {QStringLiteral("customers"),
         QStringLiteral("customer_id, account_name, customer, associated_on,"
                        " association_type, label, telephone, country_code, email,"
                        " verified_status, customer_type, is_frozen, account_manager,"
                        " xaccount_id, xaccount_type, customer_level"),
         QStringLiteral("seq")},
        offset, limit, "count", "customer_infos",
        [&](const QSqlQuery &rows) -> std::optional<QJsonObject> {
            QJsonObject o;
            for (int i = 0; i < 10; ++i)
                o.insert(QLatin1String(names[i]), rows.value(i).toString());
            o.insert(QLatin1String("customer_type"), rows.value(10).toInt());
            o.insert(QLatin1String("is_frozen"), rows.value(11).toInt());
            o.insert(QLatin1String("account_managers"),
                     QJsonArray{
                         QJsonObject{{QStringLiteral("account_name"), rows.value(12).toString()}}});
            o.insert(QLatin1String("xaccount_id"), rows.value(13).toString());
            o.insert(QLatin1String("xaccount_type"), rows.value(14).toString());
            o.insert(QLatin1String("customer_level"), rows.value(15).toString());
            return o;
        });
}

SandboxAnswer CustomerService::balances(SandboxParams p)
{
    const QString ip = p.indirectPartnerId();
    const QStringList wanted = p.objectField("customer_infos", "customer_id", 100, 64);
    if (!p.ok())
        return p.error();
    QJsonArray out;
    QSqlQuery q = m_store->query();
    for (const QString &id : wanted) {
        // Only 代售 sub-customers in the caller's scope; others are silently left out.
        if (!m_store->exec(&q,
                           QStringLiteral("SELECT balance, debt FROM customers WHERE customer_id"
                                          " = ? AND indirect_partner_id = ? AND"
                                          " association_type = '2'"),
                           {id, SqlFilter::scope(ip)}))
            return SandboxAnswer::internalError();
        if (!q.next())
            continue;
        out.append(QJsonObject{{QStringLiteral("customer_id"), id},
                               {QStringLiteral("amount"), money(dec(q.value(0)))},
                               {QStringLiteral("debt_amount"), money(dec(q.value(1)))},
                               {QStringLiteral("currency"), m_store->currency()},
                               {QStringLiteral("measure_id"), 1}});
    }
    return SandboxAnswer::ok({{QStringLiteral("customer_balances"), out}});
}

SandboxAnswer CustomerService::monthlyBills(SandboxParams p)
{
    int offset, limit;
    p.paging(&offset, &limit);
    const QString cycle = p.cycle("cycle", true);
    const QString mode = p.oneOf(
        "charge_mode", {QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("11")}, true);
    SqlFilter filter(p.indirectPartnerId());
    filter.addIf(cycle, "cycle = :cycle", ":cycle");
    filter.addIf(mode, "charge_mode = :mode", ":mode");
    filter.addIf(p.string("customer_id", 64), "customer_id = :cid", ":cid");
    filter.addIf(p.string("cloud_service_type", 64), "service_type = :st", ":st");
    filter.addIf(
        p.oneOf("bill_type", {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")}),
        "bill_type = :bt", ":bt");
    if (!p.ok())
        return p.error();
    return filter.page(
        m_store->database(),
        {QStringLiteral("bills"),
         QStringLiteral("customer_id, service_type, resource_type, bill_type,"
                        " charge_mode, amount, debt_amount, discount_amount,"
                        " cash_amount, credit_amount, coupon_amount"),
         QStringLiteral("seq")},
        offset, limit, "count", "bill_sums",
        [&](const QSqlQuery &rows) -> std::optional<QJsonObject> {
            const auto *s =
                PriceCatalogue::service(rows.value(1).toString(), rows.value(2).toString());
            const QString billType = rows.value(3).toString();
            QJsonArray details;
            const struct
            {
                const char *type;
                int column;
            } parts[] = {
                {"BALANCE_TYPE_DEBIT", 8}, {"BALANCE_TYPE_CREDIT", 9}, {"BALANCE_TYPE_COUPON", 10}};
            for (const auto &part : parts) {
                const Decimal d = dec(rows.value(part.column));
                if (!d.isZero())
                    details.append(
                        QJsonObject{{QStringLiteral("balance_type"), QLatin1String(part.type)},
                                    {QStringLiteral("amount"), money(d)},
                                    {QStringLiteral("bill_type"), billType}});
            }
            return QJsonObject{
                {QStringLiteral("customer_id"), rows.value(0).toString()},
                {QStringLiteral("cloud_service_type"), rows.value(1).toString()},
                {QStringLiteral("cloud_service_type_name"),
                 s ? QString::fromUtf8(p.chinese() ? s->serviceZh : s->serviceEn) : QString()},
                {QStringLiteral("resource_type_code"), rows.value(2).toString()},
                {QStringLiteral("resource_type_name"),
                 s ? QString::fromUtf8(p.chinese() ? s->resourceZh : s->resourceEn) : QString()},
                {QStringLiteral("bill_type"), billType},
                {QStringLiteral("charge_mode"), rows.value(4).toString()},
                {QStringLiteral("amount"), money(dec(rows.value(5)))},
                {QStringLiteral("debt_amount"), money(dec(rows.value(6)))},
                {QStringLiteral("adjustment_amount"), 0},
                {QStringLiteral("discount_amount"), money(dec(rows.value(7)))},
                {QStringLiteral("measure_id"), 1},
                {QStringLiteral("account_details"), details}};
        },
        QJsonObject{{QStringLiteral("currency"), m_store->currency()}});
}

SandboxAnswer CustomerService::orders(SandboxParams p)
{
    int offset, limit;
    p.paging(&offset, &limit);
    const QString method =
        p.oneOf("method", {QStringLiteral("oneself"), QStringLiteral("sub_customer")});
    const QString customer = p.string("customer_id", 64);
    SqlFilter filter(p.indirectPartnerId());
    filter.addIf(p.string("order_id", 64), "order_id = :oid", ":oid");
    filter.addIf(customer, "customer_id = :cid", ":cid");
    filter.addIf(p.string("service_type_code", 64), "service_type = :st", ":st");
    filter.addIf(p.oneOf("status", {QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("4"),
                                    QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("9")}),
                 "status = :status", ":status");
    filter.addIf(p.oneOf("order_type", {QStringLiteral("1"), QStringLiteral("2"),
                                        QStringLiteral("3"), QStringLiteral("4")}),
                 "order_type = :ot", ":ot");
    for (const char *range : {"create_time", "payment_time"}) {
        const QString b = p.timestamp(qPrintable(QLatin1String(range) + QLatin1String("_begin")));
        const QString e = p.timestamp(qPrintable(QLatin1String(range) + QLatin1String("_end")));
        if (!b.isEmpty() && !e.isEmpty() &&
            QDateTime::fromString(b, Qt::ISODate).daysTo(QDateTime::fromString(e, Qt::ISODate)) >
                366)
            p.fail(QStringLiteral("%1 range must not exceed one year").arg(QLatin1String(range)));
        filter.addIf(b, range[0] == 'c' ? "create_time >= :cb" : "payment_time >= :pb",
                     range[0] == 'c' ? ":cb" : ":pb");
        filter.addIf(e, range[0] == 'c' ? "create_time <= :ce" : "payment_time <= :pe",
                     range[0] == 'c' ? ":ce" : ":pe");
    }
    const QString orderBy =
        p.oneOf("order_by", {QStringLiteral("createTime"), QStringLiteral("-createTime")});
    if (!p.ok())
        return p.error();
    // The partner's own orders ("oneself") are none in the sandbox; customers' orders need
    // method=sub_customer or a customer_id.
    if (method != u"sub_customer" && customer.isEmpty())
        return SandboxAnswer::ok(
            {{QStringLiteral("total_count"), 0}, {QStringLiteral("order_infos"), QJsonArray()}});
    return filter.page(
        m_store->database(),
        {QStringLiteral("orders"),
         QStringLiteral("order_id, customer_id, service_type, status, order_type,"
                        " official_amount, discount_amount, coupon_amount,"
                        " amount_after_discount, create_time, payment_time,"
                        " is_agent_pay"),
         orderBy == u"createTime" ? QStringLiteral("create_time")
                                  : QStringLiteral("create_time DESC")},
        offset, limit, "total_count", "order_infos",
        [&](const QSqlQuery &rows) -> std::optional<QJsonObject> {
            const auto *s = PriceCatalogue::service(rows.value(2).toString(), QString());
            return QJsonObject{
                {QStringLiteral("order_id"), rows.value(0).toString()},
                {QStringLiteral("customer_id"), rows.value(1).toString()},
                {QStringLiteral("service_type_code"), rows.value(2).toString()},
                {QStringLiteral("service_type_name"),
                 s ? QString::fromUtf8(p.chinese() ? s->serviceZh : s->serviceEn) : QString()},
                {QStringLiteral("source_type"), 2},
                {QStringLiteral("status"), rows.value(3).toInt()},
                {QStringLiteral("order_type"), rows.value(4).toInt()},
                {QStringLiteral("official_amount"), money(dec(rows.value(5)))},
                {QStringLiteral("amount_after_discount"), money(dec(rows.value(8)))},
                {QStringLiteral("measure_id"), 1},
                {QStringLiteral("create_time"), rows.value(9).toString()},
                {QStringLiteral("payment_time"), rows.value(10).toString()},
                {QStringLiteral("currency"), m_store->currency()},
                {QStringLiteral("amount_info"),
                 QJsonObject{{QStringLiteral("discounts"),
                              QJsonArray{QJsonObject{
                                  {QStringLiteral("discount_type"),
                                   QStringLiteral("607")}, // a string in the SDK
                                  {QStringLiteral("discount_amount"), money(dec(rows.value(6)))}}}},
                             {QStringLiteral("coupon_amount"), money(dec(rows.value(7)))}}},
                {QStringLiteral("agent_pay_info"),
                 QJsonObject{{QStringLiteral("is_agent_pay"), rows.value(11).toInt() == 1},
                             {QStringLiteral("paying_agent_id"),
                              rows.value(11).toInt() == 1 ? QStringLiteral("sandbox-partner")
                                                          : QString()}}}};
        });
}

SandboxAnswer CustomerService::consumingCustomers(SandboxParams p)
{
    const QString cycle = p.cycle("bill_cycle", true);
    int offset, limit;
    p.paging(&offset, &limit);
    if (!p.ok())
        return p.error();
    SqlFilter filter{QString()};
    filter.addIf(cycle, "cycle = :cycle", ":cycle");
    return filter.page(
        m_store->database(),
        {QStringLiteral("(SELECT customer_id, indirect_partner_id, cycle,"
                        " MIN(seq) AS first FROM bills GROUP BY customer_id,"
                        " indirect_partner_id, cycle)"),
         QStringLiteral("customer_id"), QStringLiteral("first")},
        offset, limit, "total_count", "sub_customers",
        [](const QSqlQuery &rows) -> std::optional<QJsonObject> {
            return QJsonObject{{QStringLiteral("customer_id"), rows.value(0).toString()}};
        });
}

SandboxAnswer CustomerService::monthDiscounts(SandboxParams p)
{
    int offset, limit;
    p.paging(&offset, &limit);
    const QString ip = p.indirectPartnerId();
    if (!p.ok())
        return p.error();
    const QString cycle = BillPeriod::current();
    QSqlQuery q = m_store->query();
    if (!m_store->exec(&q,
                       QStringLiteral("SELECT b.customer_id, c.customer, b.association_type,"
                                      " b.official_amount, b.discount_amount, b.amount,"
                                      " b.cash_amount, b.credit_amount, b.coupon_amount,"
                                      " b.debt_amount FROM bills b LEFT JOIN customers c"
                                      " ON c.customer_id = b.customer_id WHERE b.cycle = ? AND"
                                      " b.indirect_partner_id = ? AND b.bill_type = '0'"),
                       {cycle, SqlFilter::scope(ip)}))
        return SandboxAnswer::internalError();
    const Decimal zero = Decimal::fromInt(0).withScale(2);
    struct Sum
    {
        QString name;
        QString type;
        Decimal official = Decimal::fromMantissa(0, 2);
        Decimal discount = Decimal::fromMantissa(0, 2);
        Decimal amount = Decimal::fromMantissa(0, 2);
    };
    QMap<QString, Sum> byCustomer;
    QMap<QString, Sum> byType;
    Decimal methods[4] = {zero, zero, zero, zero};
    Decimal official = zero, discount = zero, amount = zero;
    while (q.next()) {
        Sum &c = byCustomer[q.value(0).toString()];
        c.name = q.value(1).toString();
        c.type = q.value(2).toString();
        Sum &t = byType[c.type];
        for (Sum *s : {&c, &t}) {
            s->official += dec(q.value(3));
            s->discount += dec(q.value(4));
            s->amount += dec(q.value(5));
        }
        official += dec(q.value(3));
        discount += dec(q.value(4));
        amount += dec(q.value(5));
        for (int i = 0; i < 4; ++i)
            methods[i] += dec(q.value(6 + i));
    }
    static const char *const methodNames[] = {"CASH", "CREDIT", "COUPON", "DEBT"};
    QJsonArray byMethod;
    for (int i = 0; i < 4; ++i)
        byMethod.append(
            QJsonObject{{QStringLiteral("payment_method"), QLatin1String(methodNames[i])},
                        {QStringLiteral("amount"), money(methods[i])}});
    auto sumJson = [](const Sum &s) {
        return QJsonObject{{QStringLiteral("official_amount"), money(s.official)},
                           {QStringLiteral("discount_amount"), money(s.discount)},
                           {QStringLiteral("amount"), money(s.amount)}};
    };
    QJsonArray types;
    for (auto it = byType.cbegin(); it != byType.cend(); ++it) {
        QJsonObject o = sumJson(*it);
        o.insert(QLatin1String("association_type"), it.key());
        types.append(o);
    }
    QList<QString> ids = byCustomer.keys();
    std::stable_sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) {
        return byCustomer[a].discount > byCustomer[b].discount;
    });
    QJsonArray records;
    for (int i = offset; i < ids.size() && i < offset + limit; ++i) {
        const Sum &s = byCustomer[ids[i]];
        QJsonObject o = sumJson(s);
        o.insert(QLatin1String("customer_id"), ids[i]);
        o.insert(QLatin1String("customer_name"), s.name);
        o.insert(QLatin1String("association_type"), s.type);
        records.append(o);
    }
    return SandboxAnswer::ok({{QStringLiteral("bill_cycle"), cycle},
                              {QStringLiteral("currency"), m_store->currency()},
                              {QStringLiteral("official_amount"), money(official)},
                              {QStringLiteral("discount_amount"), money(discount)},
                              {QStringLiteral("amount"), money(amount)},
                              {QStringLiteral("by_payment_method"), byMethod},
                              {QStringLiteral("by_association_type"), types},
                              {QStringLiteral("total_count"), int(ids.size())},
                              {QStringLiteral("records"), records}});
}
