#include "sandbox/intlbillingservice.h"

#include "sandbox/sandboxstore.h"
#include "sandbox/seeddata.h"
#include "sandbox/sqlfilter.h"

#include <QDate>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

SandboxAnswer IntlBillingService::postpaidBillSum(SandboxParams p)
{
    const QString cycle = p.cycle("bill_cycle", true);
    if (!p.ok())
        return p.error();
    QSqlQuery q = m_store->query();
    if (!m_store->exec(&q,
                       QStringLiteral("SELECT amount, bill_type FROM bills WHERE cycle = ? AND"
                                      " indirect_partner_id = ''"),
                       {cycle}))
        return SandboxAnswer::internalError();
    Decimal consumed = Decimal::fromMantissa(0, 2);
    Decimal refunds = Decimal::fromMantissa(0, 2);
    while (q.next()) {
        const Decimal amount = SandboxStore::storedAmount(q.value(0));
        if (!amount.isValid())
            return SandboxAnswer::internalError();
        // bill_type 2 is a refund (退订); everything else is consumption.
        if (q.value(1).toString() == u"2")
            refunds -= amount.abs();
        else
            consumed += amount;
    }
    const Decimal adjustments = Decimal::fromMantissa(0, 2);
    // Sales tax is billed on top and not part of the amount due (the SDK's note): 7 %.
    const Decimal tax = consumed.multipliedBy(*Decimal::parse(u"0.07"), 2);
    auto json = [](const Decimal &d) { return SqlFilter::amountJson(d.withScale(2).toString()); };
    return SandboxAnswer::ok(
        {{QStringLiteral("bill_cycle"), cycle},
         {QStringLiteral("initial_amount_due"), json(consumed + refunds + adjustments)},
         {QStringLiteral("consume_amount"), json(consumed)},
         {QStringLiteral("refunds"), json(refunds)},
         {QStringLiteral("adjustments"), json(adjustments)},
         {QStringLiteral("tax_amount"), json(tax)},
         {QStringLiteral("currency"), m_store->currency()}});
}

SandboxAnswer IntlBillingService::invoices(SandboxParams p)
{
    int offset, limit;
    p.paging(&offset, &limit);
    SqlFilter filter = SqlFilter::unscoped();
    filter.addIf(p.timestamp("start_time"), "apply_time >= :b", ":b");
    filter.addIf(p.timestamp("end_time"), "apply_time <= :e", ":e");
    if (!p.ok())
        return p.error();
    return filter.page(
        m_store->database(),
        {QStringLiteral("invoices"),
         QStringLiteral("request_id, invoice_title, invoice_amount, invoice_state, invoice_method,"
                        " apply_time, invoice_no, bill_cycle, request_mode, title_type"),
         QStringLiteral("apply_time DESC, seq DESC")},
        // This older API's invoice fields are camelCase (the SDK's InvoiceRequestInfoIntl).
        offset, limit, "count", "invoices", [](const QSqlQuery &r) -> std::optional<QJsonObject> {
            QJsonObject o{
                {QStringLiteral("requestId"), r.value(0).toString()},
                {QStringLiteral("invoiceTitle"), r.value(1).toString()},
                {QStringLiteral("invoiceAmount"), SqlFilter::amountJson(r.value(2).toString())},
                {QStringLiteral("invoiceState"), r.value(3).toInt()},
                {QStringLiteral("invoiceMethod"), r.value(4).toInt()},
                {QStringLiteral("applyTime"), r.value(5).toString()},
                {QStringLiteral("requestMode"), r.value(8).toString()},
                {QStringLiteral("titleType"), r.value(9).toInt()},
                {QStringLiteral("channelType"), 0},
                {QStringLiteral("invoiceClass"), 1},
                {QStringLiteral("invoiceMode"), QStringLiteral("0")}};
            if (!r.value(6).toString().isEmpty())
                o.insert(QLatin1String("invoiceNo"), r.value(6).toString());
            if (!r.value(7).toString().isEmpty())
                o.insert(QLatin1String("billCycle"), r.value(7).toString());
            return o;
        });
}

namespace {

struct OwnCoupon
{
    int status; // 1 not activated, 2 usable, 3 used, 4 expired, 5 reclaimed
    const char *face;
    const char *balance;
    int validMonths;  // months ago it became valid
    int expireMonths; // months after that it expires
    const char *planZh;
    const char *planEn;
};

const OwnCoupon kOwnCoupons[] = {
    {2, "500.00", "500.00", 0, 6, "合作伙伴激励代金券", "Partner incentive voucher"},
    {2, "1000.00", "612.40", 1, 12, "新业务拓展代金券", "New business voucher"},
    {2, "200.00", "35.00", 3, 4, "测试代金券", "Test voucher"},
    {1, "300.00", "300.00", -1, 6, "合作伙伴激励代金券", "Partner incentive voucher"},
    {3, "150.00", "0.00", 4, 6, "测试代金券", "Test voucher"},
    {3, "800.00", "0.00", 7, 12, "新业务拓展代金券", "New business voucher"},
    {4, "100.00", "42.10", 8, 3, "活动赠送代金券", "Event voucher"},
    {4, "250.00", "250.00", 11, 6, "活动赠送代金券", "Event voucher"},
    {5, "400.00", "400.00", 5, 12, "合作伙伴激励代金券", "Partner incentive voucher"},
};

} // namespace

SandboxAnswer IntlBillingService::ownCoupons(SandboxParams p, const QString &accountId)
{
    const QString id = p.string("coupon_id", 64);
    p.string("order_id", 64);
    p.string("promotion_plan_id", 64);
    const QString type = p.oneOf("coupon_type", {QStringLiteral("1"), QStringLiteral("2"),
                                                 QStringLiteral("3"), QStringLiteral("4")});
    const QString status =
        p.oneOf("status", {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                           QStringLiteral("4"), QStringLiteral("5")});
    const QString from = p.timestamp("active_start_time");
    const QString to = p.timestamp("active_end_time");
    const QString source = p.string("source_id", 64);
    int offset, limit;
    p.paging(&offset, &limit);
    if (!p.ok())
        return p.error();
    const QDateTime month(QDate::currentDate().addDays(1 - QDate::currentDate().day()), QTime(0, 0),
                          Qt::UTC);
    const auto utc = [](const QDateTime &t) {
        return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    };
    QJsonArray coupons;
    int total = 0;
    for (int i = 0; i < int(std::size(kOwnCoupons)); ++i) {
        const OwnCoupon &c = kOwnCoupons[i];
        const QString couponId = QStringLiteral("CP-OWN-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        const QDateTime valid = month.addMonths(-c.validMonths);
        const QString active = c.status == 1 ? QString() : utc(valid.addDays(1));
        if ((!id.isEmpty() && id != couponId) ||
            (!status.isEmpty() && status.toInt() != c.status) ||
            (!type.isEmpty() && type != u"1") || (!source.isEmpty() && source != u"HWC-PROMO") ||
            (!from.isEmpty() && (active.isEmpty() || active < from)) ||
            (!to.isEmpty() && (active.isEmpty() || active > to)))
            continue;
        if (total++ < offset || coupons.size() >= limit)
            continue;
        QJsonObject o{
            {QStringLiteral("coupon_id"), couponId},
            {QStringLiteral("coupon_code"), QStringLiteral("HWC%1").arg(7310 + i)},
            {QStringLiteral("status"), c.status},
            {QStringLiteral("customer_id"), accountId},
            {QStringLiteral("coupon_type"), 1},
            {QStringLiteral("measure_id"), 1},
            {QStringLiteral("face_value"), SqlFilter::amountJson(QLatin1String(c.face))},
            {QStringLiteral("valid_time"), utc(valid)},
            {QStringLiteral("expire_time"), utc(valid.addMonths(c.expireMonths))},
            {QStringLiteral("promotion_plan_id"), QStringLiteral("PLAN-%1").arg(i % 4)},
            {QStringLiteral("plan_name"), QString::fromUtf8(p.chinese() ? c.planZh : c.planEn)},
            {QStringLiteral("media_type"), 1},
            {QStringLiteral("fetch_method"), 3},
            {QStringLiteral("use_limits"), QJsonArray()},
            {QStringLiteral("create_time"), utc(valid)},
            {QStringLiteral("coupon_version"), 2},
            {QStringLiteral("balance"), SqlFilter::amountJson(QLatin1String(c.balance))},
            {QStringLiteral("is_frozen"), QStringLiteral("0")},
            {QStringLiteral("currency"), m_store->currency()},
            {QStringLiteral("source_id"), QStringLiteral("HWC-PROMO")}};
        if (!active.isEmpty())
            o.insert(QLatin1String("active_time"), active);
        coupons.append(o);
    }
    return SandboxAnswer::ok(
        {{QStringLiteral("count"), total}, {QStringLiteral("user_coupons"), coupons}});
}

bool IntlBillingService::seed(SandboxStore *store, SeedData *data)
{
    // One invoice request a month for the last year: the older ones done (8), the recent ones
    // on their way (1 pending review, 5 waiting for the file, 6 waiting for mailing), one
    // returned (9).
    static const int kStates[] = {1, 5, 6, 8, 8, 9, 8, 8, 8, 8, 8, 8};
    const QDate month = QDate::currentDate().addDays(1 - QDate::currentDate().day());
    QSqlQuery q = store->query();
    q.prepare(QStringLiteral("INSERT INTO invoices(request_id, invoice_title, invoice_amount,"
                             " invoice_state, invoice_method, apply_time, invoice_no, bill_cycle,"
                             " request_mode, title_type) VALUES(?,?,?,?,?,?,?,?,?,?)"));
    for (int i = 0; i < 12; ++i) {
        const QDate cycle = month.addMonths(-1 - i);
        const int state = kStates[i];
        // Applied early in the month after the bill's, never in the future.
        const QDate day = std::min(month.addMonths(-i).addDays(data->bounded(1, 8)),
                                   QDate::currentDate().addDays(-1));
        const QDateTime applied(day, QTime(2, 0), QTimeZone::utc());
        const QVariant values[] = {
            QStringLiteral("INV%1%2")
                .arg(cycle.toString(QStringLiteral("yyyyMM")))
                .arg(i, 3, 10, QLatin1Char('0')),
            QStringLiteral("Sandbox Partner Pte. Ltd."),
            Decimal::fromMantissa(data->bounded(500000, 5000000), 2).toString(),
            state,
            0, // by bill period
            SandboxStore::utc(applied),
            state == 8 || state == 9 ? QStringLiteral("SG%1").arg(8100000 + i) : QString(),
            cycle.toString(QStringLiteral("yyyy-MM")),
            state == 9 ? QStringLiteral("2") : QStringLiteral("0"),
            1};
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!store->execPrepared(&q))
            return false;
    }
    return true;
}
