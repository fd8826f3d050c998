#pragma once

#include "models/settlementline.h"

#include <QJsonArray>
#include <QList>

// The period diff (账期对比): two bill periods' settlement lines summed per product and customer,
// and for each pair whether it is new, gone, changed or unchanged, with the change in consumption
// and in the settlement amount. Exact decimals throughout; lines without a settlement amount
// (some statement files) compare on consumption alone.
class SettlementDiff
{
public:
    enum class Change { New, Gone, Changed, Unchanged };
    struct Row
    {
        QString productName;
        QString customerId;
        QString customerName;
        Change change = Change::Unchanged;
        Decimal fromAmount, toAmount; // zero when absent on that side
        Decimal fromSettle, toSettle; // invalid when no line on that side had one
        Decimal amountDelta() const { return toAmount - fromAmount; }
        Decimal settleDelta() const; // invalid when either side lacks it
    };
    struct Totals
    {
        int added = 0, gone = 0, changed = 0, unchanged = 0;
        Decimal fromAmount, toAmount, fromSettle, toSettle;
    };

    // Rows sorted by product, then customer.
    static QList<Row> compare(const QList<SettlementLine> &from, const QList<SettlementLine> &to);
    static Totals totals(const QList<Row> &rows);
    static QString changeCode(Change change); // "new", "gone", "changed", "unchanged"
    // Records for RecordTableModel: change, product_name, customer_id, customer_name,
    // from_amount, to_amount, amount_delta, from_settle, to_settle, settle_delta.
    static QJsonArray toRecords(const QList<Row> &rows);
};
