#include "models/settlementdiff.h"

#include <QMap>

namespace {

struct Sum
{
    QString product, customerId, customerName;
    Decimal amount = Decimal::fromInt(0);
    Decimal settle = Decimal::invalid();
    bool present = false;
};

// The key pairs a product with a customer; a file without customer IDs falls back to the name.
QString keyOf(const SettlementLine &l)
{
    return l.productName.trimmed() + QChar(0x1f) +
           (l.customerId.trimmed().isEmpty() ? QStringLiteral("name:") + l.customerName.trimmed()
                                             : l.customerId.trimmed());
}

void add(Sum *s, const SettlementLine &l)
{
    s->product = l.productName.trimmed();
    s->customerId = l.customerId.trimmed();
    if (s->customerName.isEmpty())
        s->customerName = l.customerName.trimmed();
    if (l.amount.isValid())
        s->amount = s->amount + l.amount;
    if (l.settleAmount.isValid())
        s->settle = s->settle.isValid() ? s->settle + l.settleAmount : l.settleAmount;
    s->present = true;
}

QJsonValue text(const Decimal &d)
{
    return d.isValid() ? QJsonValue(d.toString()) : QJsonValue();
}

} // namespace

Decimal SettlementDiff::Row::settleDelta() const
{
    if (!fromSettle.isValid() && !toSettle.isValid())
        return Decimal::invalid();
    if (change == Change::New)
        return toSettle;
    if (change == Change::Gone)
        return fromSettle.negated();
    return fromSettle.isValid() && toSettle.isValid() ? toSettle - fromSettle : Decimal::invalid();
}

QList<SettlementDiff::Row> SettlementDiff::compare(const QList<SettlementLine> &from,
                                                   const QList<SettlementLine> &to)
{
    QMap<QString, std::pair<Sum, Sum>> sums; // sorted by product, then customer
    for (const SettlementLine &l : from)
        add(&sums[keyOf(l)].first, l);
    for (const SettlementLine &l : to)
        add(&sums[keyOf(l)].second, l);
    QList<Row> rows;
    rows.reserve(sums.size());
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        const Sum &a = it->first;
        const Sum &b = it->second;
        const Sum &any = a.present ? a : b;
        Row r;
        r.productName = any.product;
        r.customerId = any.customerId;
        r.customerName = b.present && !b.customerName.isEmpty() ? b.customerName : a.customerName;
        r.fromAmount = a.present ? a.amount : Decimal::fromInt(0);
        r.toAmount = b.present ? b.amount : Decimal::fromInt(0);
        r.fromSettle = a.settle;
        r.toSettle = b.settle;
        if (!a.present)
            r.change = Change::New;
        else if (!b.present)
            r.change = Change::Gone;
        else if (a.amount != b.amount || a.settle.isValid() != b.settle.isValid() ||
                 (a.settle.isValid() && a.settle != b.settle))
            r.change = Change::Changed;
        else
            r.change = Change::Unchanged;
        rows.append(r);
    }
    return rows;
}

SettlementDiff::Totals SettlementDiff::totals(const QList<Row> &rows)
{
    Totals t;
    t.fromAmount = t.toAmount = t.fromSettle = t.toSettle = Decimal::fromInt(0);
    for (const Row &r : rows) {
        switch (r.change) {
        case Change::New:
            ++t.added;
            break;
        case Change::Gone:
            ++t.gone;
            break;
        case Change::Changed:
            ++t.changed;
            break;
        case Change::Unchanged:
            ++t.unchanged;
            break;
        }
        t.fromAmount = t.fromAmount + r.fromAmount;
        t.toAmount = t.toAmount + r.toAmount;
        if (r.fromSettle.isValid())
            t.fromSettle = t.fromSettle + r.fromSettle;
        if (r.toSettle.isValid())
            t.toSettle = t.toSettle + r.toSettle;
    }
    return t;
}

QString SettlementDiff::changeCode(Change change)
{
    switch (change) {
    case Change::New:
        return QStringLiteral("new");
    case Change::Gone:
        return QStringLiteral("gone");
    case Change::Changed:
        return QStringLiteral("changed");
    case Change::Unchanged:
        break;
    }
    return QStringLiteral("unchanged");
}

QJsonArray SettlementDiff::toRecords(const QList<Row> &rows)
{
    QJsonArray out;
    for (const Row &r : rows) {
        out.append(QJsonObject{{QStringLiteral("change"), changeCode(r.change)},
                               {QStringLiteral("product_name"), r.productName},
                               {QStringLiteral("customer_id"), r.customerId},
                               {QStringLiteral("customer_name"), r.customerName},
                               {QStringLiteral("from_amount"), text(r.fromAmount)},
                               {QStringLiteral("to_amount"), text(r.toAmount)},
                               {QStringLiteral("amount_delta"), text(r.amountDelta())},
                               {QStringLiteral("from_settle"), text(r.fromSettle)},
                               {QStringLiteral("to_settle"), text(r.toSettle)},
                               {QStringLiteral("settle_delta"), text(r.settleDelta())}});
    }
    return out;
}
