#pragma once

#include "bss/types.h"
#include "core/decimal.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// One line of a marketplace (云商店) settlement bill, from the sandbox's bill details or from a
// statement file exported from the console: what the period diff and the import work on.
struct SettlementLine
{
    QString billCycle; // YYYY-MM (UTC+8)
    QString settlementId;
    QString productKind; // general, non_general, or empty when the file does not say
    QString productName;
    QString customerId;
    QString customerName;
    Decimal amount = Decimal::invalid();       // 消费金额
    Decimal settleAmount = Decimal::invalid(); // 分账金额; invalid when the file has none
    QString status;

    // As a record for RecordTableModel (amounts as exact text).
    QJsonObject toJson() const;
    // One line of a decoded SandboxShowSettlement answer.
    static SettlementLine fromItem(const SettlementDetail &bill, const SettlementItem &item);

    // The bill periods present in `lines`, newest first.
    static QStringList periodsOf(const QList<SettlementLine> &lines);
    // The lines of one period (empty: every period) and product kind (empty: every kind; a line
    // whose kind is unknown, as in some statement files, matches any kind).
    static QList<SettlementLine> select(const QList<SettlementLine> &lines, const QString &period,
                                        const QString &kind = QString());
};
