#include "models/settlementline.h"

#include <QSet>

#include <algorithm>

namespace {

QJsonValue amountText(const Decimal &d)
{
    return d.isValid() ? QJsonValue(d.toString()) : QJsonValue();
}

} // namespace

QJsonObject SettlementLine::toJson() const
{
    return {{QStringLiteral("bill_cycle"), billCycle},
            {QStringLiteral("settlement_id"), settlementId},
            {QStringLiteral("product_kind"), productKind},
            {QStringLiteral("product_name"), productName},
            {QStringLiteral("customer_id"), customerId},
            {QStringLiteral("customer_name"), customerName},
            {QStringLiteral("amount"), amountText(amount)},
            {QStringLiteral("settle_amount"), amountText(settleAmount)},
            {QStringLiteral("status"), status}};
}

SettlementLine SettlementLine::fromItem(const QJsonObject &bill, const QJsonObject &item)
{
    SettlementLine l;
    l.billCycle = bill.value(QLatin1String("bill_cycle")).toString();
    l.settlementId = bill.value(QLatin1String("settlement_id")).toString();
    l.productKind = bill.value(QLatin1String("product_kind")).toString();
    l.productName = bill.value(QLatin1String("product_name")).toString();
    l.status = bill.value(QLatin1String("status")).toString();
    l.customerId = item.value(QLatin1String("customer_id")).toString();
    l.customerName = item.value(QLatin1String("customer_name")).toString();
    l.amount = Decimal::fromJson(item.value(QLatin1String("amount"))).value_or(Decimal::invalid());
    l.settleAmount =
        Decimal::fromJson(item.value(QLatin1String("settle_amount"))).value_or(Decimal::invalid());
    return l;
}

QStringList SettlementLine::periodsOf(const QList<SettlementLine> &lines)
{
    QSet<QString> seen;
    for (const SettlementLine &l : lines)
        seen.insert(l.billCycle);
    QStringList out(seen.cbegin(), seen.cend());
    std::sort(out.begin(), out.end(), std::greater<QString>());
    return out;
}

QList<SettlementLine> SettlementLine::select(const QList<SettlementLine> &lines,
                                             const QString &period, const QString &kind)
{
    QList<SettlementLine> out;
    for (const SettlementLine &l : lines) {
        if ((period.isEmpty() || l.billCycle == period) &&
            (kind.isEmpty() || l.productKind.isEmpty() || l.productKind == kind))
            out.append(l);
    }
    return out;
}
