#pragma once

#include "core/decimal.h"

#include <QJsonObject>
#include <QString>

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
    // One line of the sandbox's SandboxShowSettlement answer (`bill` is its settlement object).
    static SettlementLine fromItem(const QJsonObject &bill, const QJsonObject &item);
};
