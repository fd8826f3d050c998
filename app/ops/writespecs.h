#pragma once

#include "bss/jsonbody.h"
#include "ops/writespec.h"

#include <QStringList>

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

    // Fills what every spec has: the request (the operation with `body`), the audit action,
    // target and amount, the match key (the operation, then `same`) and the params (with
    // the operation added, for rebuild()).
    static void describe(WriteSpec *spec, const char *operation, const JsonBody &body,
                         const char *action, const QString &target, const Decimal &amount,
                         const QStringList &same, QJsonObject params);

    // The helpers every spec is made of.
    static ApiRequest named(const char *operation); // an operation of the table, by name
    static QString str(const QJsonObject &o, const char *key);
    // prefix + id, or empty for an empty id (which the list reader refuses as malformed).
    static QString keyed(const char *prefix, const QString &id);
    // The item `o` as evidence: key prefix + o[idKey], time o[timeKey], reference o[refKey]
    // (o[idKey] when refKey is null).
    static EvidenceRecord record(const QJsonObject &o, const char *prefix, const char *idKey,
                                 const char *timeKey, const char *refKey = nullptr);
    // evidence() for a list operation narrowed by `query` (empty values left out), paged, and
    // from the window's start on when the list has a time filter (`operation_time_begin`).
    using Query = QList<QPair<QByteArray, QString>>;
    static decltype(WriteSpec::evidence) listRead(const char *operation, const Query &query,
                                                  bool byTime);
    // fromAnswer for an answer that names the record it made in `idKey`.
    static decltype(WriteSpec::fromAnswer) answerNames(const char *prefix, const char *idKey);
    // The spec rebuild() gives for params it does not know: never sent, never matched.
    static WriteSpec unknown(const QString &operation);
};
