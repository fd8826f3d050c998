#include "sandbox/pricingservice.h"

#include "sandbox/sandboxstore.h"
#include "sandbox/sqlfilter.h"

#include <QSet>

namespace {

const Decimal kMaxAmount = *Decimal::parse(u"999999999999.99");

SandboxAnswer notFound(const QString &what)
{
    return SandboxAnswer::error(400, QStringLiteral("CBC.99006006"),
                                QStringLiteral("Product not found: %1.").arg(what));
}

// Rating results are truncated, not rounded, to the inquiry precision (at least 2 decimals).
Decimal truncated(const Decimal &d, int scale)
{
    if (!d.isValid())
        return d;
    Decimal n = d.normalized();
    if (n.scale() > scale) {
        std::int64_t div = 1;
        for (int i = scale; i < n.scale(); ++i)
            div *= 10;
        n = Decimal::fromMantissa(n.mantissa() / div, scale).normalized();
    }
    return n.scale() < 2 ? n.withScale(2) : n;
}

QJsonValue num(const Decimal &d)
{
    return QJsonValue(d.toString().toDouble()); // JSON number; values here are exact in double
}

} // namespace

QList<PricingService::Discount> PricingService::discountsFor(const QString &projectId, bool chinese)
{
    QList<Discount> out;
    QSqlQuery q = m_store->query();
    if (!m_store->exec(&q,
                       QStringLiteral("SELECT customer_level FROM customers WHERE customer_id = ?"),
                       {projectId}) ||
        !q.next())
        return out;
    const int level = q.value(0).toString().mid(1).toInt();
    if (level >= 5)
        out.append(
            {QStringLiteral("DSC-605-") + projectId.left(8), 605,
             chinese ? QStringLiteral("商务折扣 85%") : QStringLiteral("Contract discount 85%"),
             *Decimal::parse(u"0.85")});
    if (level >= 3)
        out.append(
            {QStringLiteral("DSC-607-") + projectId.left(8), 607,
             chinese ? QStringLiteral("伙伴折扣 92%") : QStringLiteral("Partner discount 92%"),
             *Decimal::parse(u"0.92")});
    return out;
}

bool PricingService::price(SandboxParams &p, bool periodic, QList<Line> *lines,
                           SandboxAnswer *error)
{
    p.string("project_id", 64, true);
    const QJsonArray infos = p.array("product_infos", 1, 100);
    const int precision = periodic ? 0 : p.integer("inquiry_precision", 0, 0, 1);
    if (!p.ok()) {
        *error = p.error();
        return false;
    }
    const bool intl = m_store->international();
    const QStringList regions = PriceCatalogue::regions(intl);
    QSet<QString> ids;
    for (const QJsonValue &v : infos) {
        SandboxParams item = SandboxParams::fromBody(v.toObject());
        Line line;
        line.id = item.string("id", 64, true);
        const QString service = item.string("cloud_service_type", 400, true);
        const QString resource = item.string("resource_type", 400, true);
        const QString spec = item.string("resource_spec", 400, true);
        const QString region = item.string("region", 64, true);
        const int size = item.integer("resource_size", 0, 1, 100000);
        const int sizeUnit = item.integer("size_measure_id", 0, 1, 100);
        const int count = item.integer("subscription_num", 0, 1, 10000);
        int periodType = 0, periodNum = 0, usageUnit = 0;
        Decimal usage;
        QString factor;
        if (periodic) {
            periodType = item.oneOf("period_type",
                                    {QStringLiteral("0"), QStringLiteral("2"), QStringLiteral("3"),
                                     QStringLiteral("4")},
                                    true)
                             .toInt();
            periodNum = item.integer("period_num", 0, 1, 9999);
        } else {
            factor = item.string("usage_factor", 64, true).toLower();
            usage = item.amount("usage_value");
            usageUnit = item.integer("usage_measure_id", 0, 1, 100);
        }
        if (count == 0 || (periodic && periodNum == 0) || (!periodic && usageUnit == 0))
            item.fail(QStringLiteral("subscription_num, period_num and usage_measure_id are"
                                     " required"));
        if (!item.ok()) {
            *error = item.error();
            return false;
        }
        if (ids.contains(line.id)) {
            *error = SandboxAnswer::paramError(QStringLiteral("duplicate id %1").arg(line.id));
            return false;
        }
        ids.insert(line.id);
        line.product = PriceCatalogue::find(service, resource, spec);
        if (!line.product || !regions.contains(region)) {
            *error =
                notFound(QStringLiteral("%1 %2 %3 in %4").arg(service, resource, spec, region));
            return false;
        }
        const auto linear = line.product->linear;
        const int wantUnit = linear == PriceCatalogue::Linear::PerGb ? 17 : 15;
        if ((linear == PriceCatalogue::Linear::PerGb ||
             linear == PriceCatalogue::Linear::PerMbps) &&
            (size == 0 || sizeUnit != wantUnit)) {
            *error = SandboxAnswer::error(400, QStringLiteral("CBC.99006050"),
                                          QStringLiteral("Usage unit error: resource_size with"
                                                         " size_measure_id %1 is required for %2.")
                                              .arg(wantUnit)
                                              .arg(QLatin1String(line.product->spec)));
            return false;
        }
        if (periodic) {
            line.official =
                PriceCatalogue::periodPrice(*line.product, size, periodType, periodNum, intl) *
                count;
        } else {
            const bool traffic = linear == PriceCatalogue::Linear::PerGbTraffic;
            if ((traffic && (factor != u"upflow" || usageUnit != 10)) ||
                (!traffic && (factor != u"duration" || usageUnit != 4))) {
                *error = SandboxAnswer::error(
                    400, QStringLiteral("CBC.99006050"),
                    QStringLiteral("Usage unit error: %1 is priced by %2.")
                        .arg(QLatin1String(line.product->spec),
                             traffic ? QStringLiteral("upflow in GB (usage_measure_id 10)")
                                     : QStringLiteral("Duration in hours (usage_measure_id 4)")));
                return false;
            }
            const Decimal unit =
                PriceCatalogue::hourlyPrice(*line.product, traffic ? 1 : size, intl);
            line.official = truncated(unit.multipliedBy(usage, 12) * count, precision ? 10 : 6);
        }
        if (!line.official.isValid() || line.official > kMaxAmount) {
            *error = SandboxAnswer::error(400, QStringLiteral("CBC.99006055"),
                                          QStringLiteral("The rating result exceeds the maximum"
                                                         " amount."));
            return false;
        }
        lines->append(line);
    }
    return true;
}

SandboxAnswer PricingService::onDemand(SandboxParams p)
{
    QList<Line> lines;
    SandboxAnswer error;
    if (!price(p, false, &lines, &error))
        return error;
    const int scale = p.integer("inquiry_precision", 0, 0, 1) ? 10 : 6;
    const QList<Discount> discounts = discountsFor(p.string("project_id", 64, true), p.chinese());
    // With several discounts the commercial (contract) one is reported.
    const Discount *d = discounts.isEmpty() ? nullptr : &discounts.first();
    Decimal total = Decimal::fromMantissa(0, 2), official = total;
    QJsonArray results;
    for (const Line &l : std::as_const(lines)) {
        const Decimal amount =
            d ? truncated(l.official.multipliedBy(d->ratio, 12), scale) : l.official;
        QJsonArray rated;
        if (d)
            rated.append(QJsonObject{{QStringLiteral("discount_id"), d->id},
                                     {QStringLiteral("discount_type"), d->type},
                                     {QStringLiteral("amount"), num(l.official - amount)},
                                     {QStringLiteral("measure_id"), 1},
                                     {QStringLiteral("discount_name"), d->name}});
        results.append(
            QJsonObject{{QStringLiteral("id"), l.id},
                        {QStringLiteral("product_id"), QLatin1String(l.product->productId)},
                        {QStringLiteral("amount"), num(amount)},
                        {QStringLiteral("discount_amount"), num(l.official - amount)},
                        {QStringLiteral("official_website_amount"), num(l.official)},
                        {QStringLiteral("measure_id"), 1},
                        {QStringLiteral("discount_rating_results"), rated}});
        total += amount;
        official += l.official;
    }
    return SandboxAnswer::ok({{QStringLiteral("amount"), num(total)},
                              {QStringLiteral("discount_amount"), num(official - total)},
                              {QStringLiteral("official_website_amount"), num(official)},
                              {QStringLiteral("measure_id"), 1},
                              {QStringLiteral("currency"), m_store->currency()},
                              {QStringLiteral("product_rating_results"), results}});
}

SandboxAnswer PricingService::period(SandboxParams p)
{
    QList<Line> lines;
    SandboxAnswer error;
    if (!price(p, true, &lines, &error))
        return error;
    Decimal official = Decimal::fromMantissa(0, 2);
    QJsonArray officialLines;
    for (const Line &l : std::as_const(lines)) {
        official += l.official;
        officialLines.append(
            QJsonObject{{QStringLiteral("id"), l.id},
                        {QStringLiteral("product_id"), QLatin1String(l.product->productId)},
                        {QStringLiteral("official_website_amount"), num(l.official)},
                        {QStringLiteral("measure_id"), 1}});
    }
    const QList<Discount> discounts = discountsFor(p.string("project_id", 64, true), p.chinese());
    QJsonArray optional;
    for (int i = 0; i < discounts.size(); ++i) {
        const Discount &d = discounts[i];
        Decimal amount = Decimal::fromMantissa(0, 2);
        QJsonArray perLine;
        for (const Line &l : std::as_const(lines)) {
            const Decimal a = l.official.multipliedBy(d.ratio, 2);
            amount += a;
            perLine.append(
                QJsonObject{{QStringLiteral("id"), l.id},
                            {QStringLiteral("product_id"), QLatin1String(l.product->productId)},
                            {QStringLiteral("amount"), num(a)},
                            {QStringLiteral("official_website_amount"), num(l.official)},
                            {QStringLiteral("discount_amount"), num(l.official - a)},
                            {QStringLiteral("measure_id"), 1}});
        }
        // Discounts are listed best first, so the first one is the best offer.
        optional.append(QJsonObject{{QStringLiteral("discount_id"), d.id},
                                    {QStringLiteral("discount_type"), d.type},
                                    {QStringLiteral("discount_name"), d.name},
                                    {QStringLiteral("official_website_amount"), num(official)},
                                    {QStringLiteral("discount_amount"), num(official - amount)},
                                    {QStringLiteral("amount"), num(amount)},
                                    {QStringLiteral("measure_id"), 1},
                                    {QStringLiteral("best_offer"), i == 0 ? 1 : 0},
                                    {QStringLiteral("product_rating_results"), perLine}});
    }
    QJsonObject body{{QStringLiteral("currency"), m_store->currency()},
                     {QStringLiteral("official_website_rating_result"),
                      QJsonObject{{QStringLiteral("official_website_amount"), num(official)},
                                  {QStringLiteral("measure_id"), 1},
                                  {QStringLiteral("product_rating_results"), officialLines}}}};
    if (!optional.isEmpty())
        body.insert(QLatin1String("optional_discount_rating_results"), optional);
    return SandboxAnswer::ok(body);
}

SandboxAnswer PricingService::renew(SandboxParams p)
{
    const QStringList ids = p.strings("resource_ids", 10, 64, true);
    const int periodType =
        p.oneOf("period_type", {QStringLiteral("2"), QStringLiteral("3")}, true).toInt();
    const int periodNum = p.integer("period_num", 0, 1, periodType == 3 ? 3 : 11);
    p.boolean("include_relative_resources", false);
    if (periodNum == 0)
        p.fail(QStringLiteral("period_num is required (months 1-11, years 1-3)"));
    if (!p.ok())
        return p.error();
    const bool intl = m_store->international();
    Decimal official = Decimal::fromMantissa(0, 2);
    QJsonArray results, failed;
    QString customer;
    QSqlQuery q = m_store->query();
    for (const QString &id : ids) {
        if (!m_store->exec(&q,
                           QStringLiteral("SELECT service_type, resource_type, resource_spec,"
                                          " resource_size, customer_id FROM orders WHERE"
                                          " resource_id = ? AND status = 5"),
                           {id}))
            return SandboxAnswer::internalError();
        const PriceCatalogue::Product *product =
            q.next() ? PriceCatalogue::find(q.value(0).toString(), q.value(1).toString(),
                                            q.value(2).toString())
                     : nullptr;
        if (!product) {
            failed.append(
                QJsonObject{{QStringLiteral("resource_id"), id},
                            {QStringLiteral("error_code"), QStringLiteral("CBC.99006006")},
                            {QStringLiteral("error_msg"),
                             QStringLiteral("No yearly/monthly resource with this id.")}});
            continue;
        }
        customer = q.value(4).toString();
        const Decimal amount =
            PriceCatalogue::periodPrice(*product, q.value(3).toInt(), periodType, periodNum, intl);
        official += amount;
        results.append(QJsonObject{{QStringLiteral("resource_id"), id},
                                   {QStringLiteral("amount"), amount.toString()}});
    }
    QJsonArray optional;
    const QList<Discount> discounts = discountsFor(customer, p.chinese());
    for (int i = 0; i < discounts.size(); ++i) {
        const Decimal amount = official.multipliedBy(discounts[i].ratio, 2);
        optional.append(
            QJsonObject{{QStringLiteral("discount_id"), discounts[i].id},
                        {QStringLiteral("discount_type"), discounts[i].type},
                        {QStringLiteral("discount_name"), discounts[i].name},
                        {QStringLiteral("official_website_amount"), official.toString()},
                        {QStringLiteral("discount_amount"), (official - amount).toString()},
                        {QStringLiteral("amount"), amount.toString()},
                        {QStringLiteral("best_offer"), i == 0 ? 1 : 0}});
    }
    return SandboxAnswer::ok(
        {{QStringLiteral("currency"), m_store->currency()},
         {QStringLiteral("renew_inquiry_results"), results},
         {QStringLiteral("official_website_rating_result"),
          QJsonObject{{QStringLiteral("official_website_amount"), official.toString()}}},
         {QStringLiteral("optional_discount_rating_results"), optional},
         {QStringLiteral("fail_resource_infos"), failed}});
}
