// libFuzzer target: the money parser in both modes, JSON amount decoding, and the invariants
// parse(toString(x)) == x and exact addition/subtraction round trips.
#include "core/decimal.h"
#include "core/money.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    for (auto mode : {Decimal::ParseMode::Strict, Decimal::ParseMode::UserInput}) {
        const auto d = Decimal::parse(text, mode);
        if (!d)
            continue;
        const auto back = Decimal::parse(d->toString());
        if (!back || *back != *d)
            std::abort();
        const Decimal sum = *d + *d;
        if (sum.isValid() && (sum - *d) != *d)
            std::abort();
        (void)Money(*d, QStringLiteral("CNY")).format(QLocale(QLocale::Chinese, QLocale::China));
        (void)d->roundedHalfUp(2);
        (void)d->requestAmountProblem();
    }
    const QJsonDocument doc = QJsonDocument::fromJson("{\"v\":" + bytes + "}");
    if (doc.isObject())
        (void)Decimal::fromJson(doc.object().value(QLatin1String("v")));
    return 0;
}
