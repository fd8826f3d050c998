#pragma once

#include "ops/writespec.h"

// What the write specs share: the list reader every evidence check uses, record times, and
// rebuilding a spec from its params after a restart (by operation, to FundsWrites,
// CouponWrites or ConsoleWrites).
class WriteSpecs
{
public:
    using ItemReader = std::function<std::optional<EvidenceRecord>(const QJsonObject &item)>;
    // records() for a list `listKey` with `total_count`: the items `item` accepts.
    static decltype(WriteSpec::records) list(const QString &listKey, ItemReader item);
    // A server time ("2026-12-02T08:00:00Z"; also with milliseconds); invalid when it is none.
    static QDateTime time(const QJsonValue &value);
    static WriteSpec rebuild(const QJsonObject &params);
    // The spec rebuild() gives for params it does not know: never sent, never matched.
    static WriteSpec unknown(const QString &operation);
};
