#include "bss/priceinquiry.h"

#include "bss/operations.h"
#include "bss/responses.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

QString PriceInquiry::serviceType(Product p)
{
    switch (p) {
    case Product::Ecs:
        return QStringLiteral("hws.service.type.ec2");
    case Product::Evs:
        return QStringLiteral("hws.service.type.ebs");
    case Product::Bandwidth:
    case Product::Eip:
        return QStringLiteral("hws.service.type.vpc");
    }
    return QString();
}

QString PriceInquiry::resourceType(Product p)
{
    switch (p) {
    case Product::Ecs:
        return QStringLiteral("hws.resource.type.vm");
    case Product::Evs:
        return QStringLiteral("hws.resource.type.volume");
    case Product::Bandwidth:
        return QStringLiteral("hws.resource.type.bandwidth");
    case Product::Eip:
        return QStringLiteral("hws.resource.type.ip");
    }
    return QString();
}

std::optional<PriceInquiry::Product> PriceInquiry::productFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"ecs")
        return Product::Ecs;
    if (n == u"evs" || n == u"disk")
        return Product::Evs;
    if (n == u"bw" || n == u"bandwidth")
        return Product::Bandwidth;
    if (n == u"eip" || n == u"ip")
        return Product::Eip;
    return std::nullopt;
}

QStringList PriceInquiry::commonSpecs(Product p)
{
    switch (p) {
    case Product::Ecs:
        return {QStringLiteral("s6.small.1.linux"), QStringLiteral("s6.medium.2.linux"),
                QStringLiteral("s6.large.2.linux"), QStringLiteral("s6.xlarge.2.linux"),
                QStringLiteral("c7.large.2.linux"), QStringLiteral("c7.xlarge.4.linux"),
                QStringLiteral("m6.large.8.linux"), QStringLiteral("s6.large.2.win"),
                QStringLiteral("c7.xlarge.4.win")};
    case Product::Evs:
        return {QStringLiteral("SATA"), QStringLiteral("SAS"), QStringLiteral("GPSSD"),
                QStringLiteral("SSD")};
    case Product::Bandwidth:
        return {QStringLiteral("19_bgp"), QStringLiteral("19_sbgp")};
    case Product::Eip:
        return {QStringLiteral("5_bgp"), QStringLiteral("5_sbgp")};
    }
    return {};
}

QStringList PriceInquiry::commonRegions(bool international)
{
    return international
               ? QStringList{QStringLiteral("ap-southeast-1"), QStringLiteral("ap-southeast-3"),
                             QStringLiteral("af-south-1")}
               : QStringList{QStringLiteral("cn-north-4"), QStringLiteral("cn-east-3"),
                             QStringLiteral("cn-south-1")};
}

QJsonArray PriceInquiry::lines(const Request &request, QString *problem)
{
    QString p = Operations::checkId(QStringLiteral("project_id"), request.projectId, 64, true);
    if (p.isEmpty())
        p = Operations::checkId(QStringLiteral("region"), request.region, 64, true);
    if (p.isEmpty() && (request.lines.isEmpty() || request.lines.size() > 100))
        p = tr("Price 1 to 100 product lines at a time.");
    QSet<QString> ids;
    QJsonArray out;
    for (int i = 0; p.isEmpty() && i < request.lines.size(); ++i) {
        const Line &l = request.lines.at(i);
        const int n = i + 1;
        if (l.id.trimmed().isEmpty() || l.id.size() > 64)
            p = tr("Line %1: the id must have 1 to 64 characters.").arg(n);
        else if (ids.contains(l.id))
            p = tr("Line %1: the id %2 is used twice.").arg(n).arg(l.id);
        else if (l.spec.trimmed().isEmpty() || l.spec.size() > 400)
            p = tr("Line %1: choose the flavour or type.").arg(n);
        else if (l.product == Product::Evs && (l.size < 10 || l.size > 32768))
            p = tr("Line %1: a disk has 10 to 32,768 GB.").arg(n);
        else if (l.product == Product::Bandwidth && (l.size < 1 || l.size > 2000))
            p = tr("Line %1: bandwidth is 1 to 2,000 Mbit/s.").arg(n);
        else if (l.quantity < 1 || l.quantity > 10000)
            p = tr("Line %1: the quantity is 1 to 10,000.").arg(n);
        if (!p.isEmpty())
            break;
        ids.insert(l.id);
        QJsonObject o{{QStringLiteral("id"), l.id},
                      {QStringLiteral("cloud_service_type"), serviceType(l.product)},
                      {QStringLiteral("resource_type"), resourceType(l.product)},
                      {QStringLiteral("resource_spec"), l.spec.trimmed()},
                      {QStringLiteral("region"), request.region},
                      {QStringLiteral("subscription_num"), l.quantity}};
        if (isLinear(l.product)) {
            o.insert(QStringLiteral("resource_size"), l.size);
            o.insert(QStringLiteral("size_measure_id"), l.product == Product::Evs ? 17 : 15);
        }
        out.append(o);
    }
    *problem = p;
    return out;
}

ApiRequest PriceInquiry::onDemand(const Request &request, int hours, QString *problem)
{
    QJsonArray infos = lines(request, problem);
    if (problem->isEmpty() && (hours < 1 || hours > 8784))
        *problem = tr("Price 1 to 8,784 hours (a year).");
    if (!problem->isEmpty())
        return {};
    for (int i = 0; i < infos.size(); ++i) {
        QJsonObject o = infos.at(i).toObject();
        o.insert(QStringLiteral("usage_factor"), QStringLiteral("Duration"));
        o.insert(QStringLiteral("usage_value"), hours);
        o.insert(QStringLiteral("usage_measure_id"), 4); // hours
        infos.replace(i, o);
    }
    QString ignored;
    ApiRequest r = Operations::byName(QStringLiteral("ListOnDemandResourceRatings"), &ignored);
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("project_id"), request.projectId},
                                       {QStringLiteral("product_infos"), infos}})
                 .toJson(QJsonDocument::Compact);
    return r;
}

ApiRequest PriceInquiry::period(const Request &request, Period type, int count, QString *problem)
{
    QJsonArray infos = lines(request, problem);
    if (problem->isEmpty()) {
        // The console's choices: 1-11 months or 1-3 years (12 months is a year); days and hours
        // up to a year.
        const bool ok = (type == Period::Month && count >= 1 && count <= 11) ||
                        (type == Period::Year && count >= 1 && count <= 3) ||
                        (type == Period::Day && count >= 1 && count <= 366) ||
                        (type == Period::Hour && count >= 1 && count <= 8784);
        if (!ok)
            *problem = tr("Choose 1 to 11 months, 1 to 3 years, 1 to 366 days or 1 to 8,784 "
                          "hours.");
    }
    if (!problem->isEmpty())
        return {};
    for (int i = 0; i < infos.size(); ++i) {
        QJsonObject o = infos.at(i).toObject();
        o.insert(QStringLiteral("period_type"), int(type));
        o.insert(QStringLiteral("period_num"), count);
        infos.replace(i, o);
    }
    QString ignored;
    ApiRequest r = Operations::byName(QStringLiteral("ListRateOnPeriodDetail"), &ignored);
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("project_id"), request.projectId},
                                       {QStringLiteral("product_infos"), infos}})
                 .toJson(QJsonDocument::Compact);
    return r;
}

namespace {

// official, discount and amount of one result object; the amount is official less discount
// when only those two are given.
bool amounts(const QJsonObject &o, Decimal *official, Decimal *discount, Decimal *amount,
             QString *problem)
{
    const auto off = Responses::amount(o, "official_website_amount", true, problem);
    const auto dis = Responses::amount(o, "discount_amount", false, problem);
    const auto amt = Responses::amount(o, "amount", false, problem);
    if (!off || !dis || !amt)
        return false;
    *official = *off;
    *discount = *dis; // zero when absent
    *amount = o.contains(QLatin1String("amount")) ? *amt : *official - *discount;
    return true;
}

QString currencyOf(const QJsonObject &json)
{
    const QString c = json.value(QLatin1String("currency")).toString();
    return c.isEmpty() ? QStringLiteral("CNY") : c;
}

// The list price of a period or renewal answer, before any discount: the quote starts there.
bool listPrice(const QJsonObject &json, PriceInquiry::Quote *q, QString *problem)
{
    q->currency = currencyOf(json);
    const QJsonObject list = json.value(QLatin1String("official_website_rating_result")).toObject();
    const auto official = Responses::amount(list, "official_website_amount", true, problem);
    if (!official)
        return false;
    q->official = *official;
    q->discount = Decimal::fromInt(0);
    q->amount = *official;
    return true;
}

} // namespace

std::optional<PriceInquiry::Quote> PriceInquiry::onDemandQuote(const QJsonObject &json,
                                                               QString *problem)
{
    Quote q;
    q.currency = currencyOf(json);
    if (!amounts(json, &q.official, &q.discount, &q.amount, problem))
        return std::nullopt;
    for (const QJsonValue &v : json.value(QLatin1String("product_rating_results")).toArray()) {
        const QJsonObject o = v.toObject();
        LineResult l;
        l.id = o.value(QLatin1String("id")).toString();
        l.productId = o.value(QLatin1String("product_id")).toString();
        if (!amounts(o, &l.official, &l.discount, &l.amount, problem))
            return std::nullopt;
        const QJsonArray discounts = o.value(QLatin1String("discount_rating_results")).toArray();
        if (!discounts.isEmpty() && q.discountName.isEmpty())
            q.discountName = discounts.first()[QLatin1String("discount_name")].toString();
        q.lines.append(l);
    }
    return q;
}

std::optional<PriceInquiry::Quote> PriceInquiry::periodQuote(const QJsonObject &json,
                                                             QString *problem)
{
    Quote q;
    const QJsonObject list = json.value(QLatin1String("official_website_rating_result")).toObject();
    if (!listPrice(json, &q, problem))
        return std::nullopt;
    for (const QJsonValue &v : list.value(QLatin1String("product_rating_results")).toArray()) {
        const QJsonObject o = v.toObject();
        LineResult l;
        l.id = o.value(QLatin1String("id")).toString();
        l.productId = o.value(QLatin1String("product_id")).toString();
        const auto off = Responses::amount(o, "official_website_amount", true, problem);
        if (!off)
            return std::nullopt;
        l.official = *off;
        l.discount = Decimal::fromInt(0);
        l.amount = *off;
        q.lines.append(l);
    }
    if (!applyBestOffer(json, &q, problem))
        return std::nullopt;
    return q;
}

// The best offer among the discounts (or the first when none is marked) is what applies.
bool PriceInquiry::applyBestOffer(const QJsonObject &json, Quote *q, QString *problem)
{
    const QJsonArray offers =
        json.value(QLatin1String("optional_discount_rating_results")).toArray();
    QJsonObject best;
    for (const QJsonValue &v : offers) {
        if (best.isEmpty() || v[QLatin1String("best_offer")].toInt() == 1)
            best = v.toObject();
        if (v[QLatin1String("best_offer")].toInt() == 1)
            break;
    }
    if (best.isEmpty())
        return true;
    if (!amounts(best, &q->official, &q->discount, &q->amount, problem))
        return false;
    q->discountName = best.value(QLatin1String("discount_name")).toString();
    for (const QJsonValue &v : best.value(QLatin1String("product_rating_results")).toArray()) {
        const QJsonObject o = v.toObject();
        for (LineResult &l : q->lines) {
            if (l.id == o.value(QLatin1String("id")).toString() &&
                !amounts(o, &l.official, &l.discount, &l.amount, problem))
                return false;
        }
    }
    return true;
}

ApiRequest PriceInquiry::renewal(const QStringList &resourceIds, Period type, int count,
                                 QString *problem)
{
    problem->clear();
    QStringList ids;
    for (const QString &raw : resourceIds) {
        const QString id = raw.trimmed();
        if (id.isEmpty())
            continue;
        if (id.size() > 64) {
            *problem = tr("A resource ID has at most 64 characters: %1").arg(id);
            return {};
        }
        if (!ids.contains(id))
            ids << id;
    }
    if (ids.isEmpty() || ids.size() > MaxRenewalIds) {
        *problem =
            tr("Give 1 to %1 resource IDs (primary yearly/monthly resources).").arg(MaxRenewalIds);
        return {};
    }
    const bool ok = (type == Period::Month && count >= 1 && count <= 11) ||
                    (type == Period::Year && count >= 1 && count <= 3);
    if (!ok) {
        *problem = tr("A renewal is for 1 to 11 months or 1 to 3 years.");
        return {};
    }
    QString ignored;
    ApiRequest r = Operations::byName(QStringLiteral("ListRenewRateOnPeriod"), &ignored);
    r.body =
        QJsonDocument(QJsonObject{{QStringLiteral("resource_ids"), QJsonArray::fromStringList(ids)},
                                  {QStringLiteral("period_type"), int(type)},
                                  {QStringLiteral("period_num"), count}})
            .toJson(QJsonDocument::Compact);
    return r;
}

std::optional<PriceInquiry::Quote> PriceInquiry::renewalQuote(const QJsonObject &json,
                                                              QString *problem)
{
    Quote q;
    const QJsonObject list = json.value(QLatin1String("official_website_rating_result")).toObject();
    if (!listPrice(json, &q, problem))
        return std::nullopt;
    for (const QJsonValue &v : json.value(QLatin1String("renew_inquiry_results")).toArray()) {
        const QJsonObject o = v.toObject();
        LineResult l;
        l.id = o.value(QLatin1String("resource_id")).toString();
        const auto amount = Responses::amount(o, "amount", true, problem);
        if (!amount)
            return std::nullopt;
        l.official = l.amount = *amount;
        l.discount = Decimal::fromInt(0);
        q.lines.append(l);
    }
    for (const QJsonValue &v : json.value(QLatin1String("fail_resource_infos")).toArray())
        q.failed.append({v[QLatin1String("resource_id")].toString(),
                         v[QLatin1String("error_code")].toString(),
                         v[QLatin1String("error_msg")].toString()});
    if (!applyBestOffer(json, &q, problem))
        return std::nullopt;
    return q;
}
