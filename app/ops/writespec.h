#pragma once

#include "bss/apirequest.h"
#include "core/decimal.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// One server record a write may have made, as an evidence list shows it.
struct EvidenceRecord
{
    QString key;       // claim key, unique per server record: "adjust:<trans_id>", …
    QDateTime time;    // the record's time on the server (UTC); invalid when the list has none
    QString reference; // what the user sees: transaction id, coupon id, quota id, request id
};

// Everything the verified-write engine needs to know about one write: what to send, and how
// to read the records that show whether it happened. Built by FundsWrites, CouponWrites and
// ConsoleWrites; rebuilt from `params` after a restart (WriteSpecs::rebuild).
struct WriteSpec
{
    QString operation; // the write's operation name ("UpdateCustomerAccountAmount", …)
    QString action;    // the audit action ("allocate", "coupon-issue", …)
    QString target;    // customer, reseller, coupon, quota, agreement or claim id
    Decimal amount = Decimal::invalid();
    // Writes with the same key are interchangeable on the server (same operation, target,
    // amount): a record one of them made may be claimed by any of them.
    QString matchKey;
    QJsonObject params; // what rebuild() needs (includes "operation")
    QString invalid;    // why the write may not be sent; nothing goes out
    ApiRequest write;

    // An optional read before the probe whose answer may say the write cannot apply now (a
    // coupon that is no longer usable, an agreement already void): skip() gives the reason
    // (empty: go on) and may set the amount that would move (a coupon's balance).
    std::optional<ApiRequest> precheck;
    std::function<QString(const QJsonObject &answer, Decimal *amount)> skip;

    // One page of the evidence list, of records at `from` (UTC) or later.
    std::function<ApiRequest(const QDateTime &from, int offset, int limit)> evidence;
    // The records of a page that this write would have made (its target, type and amount),
    // with the page's size and the list's total; nothing (and *problem) for a malformed page.
    std::function<std::optional<QList<EvidenceRecord>>(const QJsonObject &page, int *pageSize,
                                                       int *total, QString *problem)>
        records;
    // From a successful answer: the record it made (key empty when the answer names none).
    std::function<EvidenceRecord(const QJsonObject &answer)> fromAnswer;
};
