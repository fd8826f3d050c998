#pragma once

#include "bss/apirequest.h"
#include "core/decimal.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// 询价: building the two rating requests (ListOnDemandResourceRatings, ListRateOnPeriodDetail)
// from product lines, with every rule checked before sending, and decoding their answers into
// one quote shape (per line and in total: list price, discount, amount; exact decimals, up to
// the 6 places the API returns).
class PriceInquiry
{
    Q_DECLARE_TR_FUNCTIONS(PriceInquiry)
public:
    enum class Product { Ecs, Evs, Bandwidth, Eip };
    struct Line
    {
        QString id; // unique in the request; echoed in the results
        Product product = Product::Ecs;
        QString spec; // flavour (s6.small.1.linux), disk type (SAS), 19_bgp…
        int size = 0; // GB for a disk, Mbit/s for bandwidth
        int quantity = 1;
    };
    struct Request
    {
        QString projectId; // the customer's project in that region
        QString region;
        QList<Line> lines;
    };
    enum class Period { Day = 0, Month = 2, Year = 3, Hour = 4 };

    static ApiRequest onDemand(const Request &request, int hours, QString *problem);
    static ApiRequest period(const Request &request, Period type, int count, QString *problem);
    // 续订询价: the renewal price of existing yearly/monthly resources (their primary resource
    // IDs, 1 to 10), for 1-11 months or 1-3 years.
    static constexpr int MaxRenewalIds = 10;
    static ApiRequest renewal(const QStringList &resourceIds, Period type, int count,
                              QString *problem);

    struct LineResult
    {
        QString id;
        QString productId;
        Decimal official;
        Decimal discount;
        Decimal amount;
    };
    struct Failure // a resource the renewal price could not be given for
    {
        QString id;
        QString code;
        QString message;
    };
    struct Quote
    {
        Decimal official;
        Decimal discount;
        Decimal amount;
        QString currency;     // CNY when the answer leaves it empty
        QString discountName; // the discount applied (the best offer for a period quote)
        QList<LineResult> lines;
        QList<Failure> failed;
    };
    static std::optional<Quote> onDemandQuote(const QJsonObject &json, QString *problem);
    static std::optional<Quote> periodQuote(const QJsonObject &json, QString *problem);
    // ListRenewRateOnPeriod: one line per renewed resource, the best offer applied to the total,
    // resources that could not be priced in `failed`.
    static std::optional<Quote> renewalQuote(const QJsonObject &json, QString *problem);

    static QString serviceType(Product p);
    static QString resourceType(Product p);
    static bool isLinear(Product p) { return p == Product::Evs || p == Product::Bandwidth; }
    static std::optional<Product> productFromName(const QString &name); // ecs, evs, bw, eip
    // Suggestions for the form (any other spec may be typed): common flavours, disk types, lines.
    static QStringList commonSpecs(Product p);
    static QStringList commonRegions(bool international);

private:
    static QJsonArray lines(const Request &request, QString *problem);
    static bool applyBestOffer(const QJsonObject &json, Quote *quote, QString *problem);
};
