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

SettlementLine SettlementLine::fromItem(const SettlementDetail &bill, const SettlementItem &item)
{
    SettlementLine l;
    l.billCycle = bill.billCycle;
    l.settlementId = bill.settlementId;
    l.productKind = bill.productKind;
    l.productName = bill.productName;
    l.status = bill.status;
    l.customerId = item.customerId;
    l.customerName = item.customerName;
    l.amount = item.amount;
    l.settleAmount = item.settleAmount;
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
