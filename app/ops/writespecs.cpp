#include "ops/writespecs.h"

#include "bss/operations.h"
#include "ops/budgetwrites.h"
#include "ops/consolewrites.h"
#include "ops/couponwrites.h"
#include "ops/fundswrites.h"

#include <QCoreApplication>
#include <QJsonArray>

decltype(WriteSpec::records) WriteSpecs::list(const QString &listKey, ItemReader item)
{
    return [listKey, item](const QJsonObject &page, int *pageSize, int *total,
                           QString *problem) -> std::optional<QList<EvidenceRecord>> {
        const QJsonValue items = page.value(listKey);
        const QJsonValue count = page.value(QLatin1String("total_count"));
        if (!items.isArray() || !count.isDouble()) {
            *problem =
                QCoreApplication::translate("WriteSpecs", "The list has no %1 or total_count.")
                    .arg(listKey);
            return std::nullopt;
        }
        const QJsonArray array = items.toArray();
        *pageSize = int(array.size());
        *total = count.toInt();
        QList<EvidenceRecord> out;
        for (const QJsonValue &v : array) {
            if (!v.isObject()) {
                *problem =
                    QCoreApplication::translate("WriteSpecs", "An item of %1 is not an object.")
                        .arg(listKey);
                return std::nullopt;
            }
            if (auto r = item(v.toObject())) {
                if (r->key.isEmpty()) {
                    *problem =
                        QCoreApplication::translate("WriteSpecs", "A record of %1 has no id.")
                            .arg(listKey);
                    return std::nullopt;
                }
                out.append(*r);
            }
        }
        return out;
    };
}

QDateTime WriteSpecs::time(const QJsonValue &value)
{
    const QString s = value.toString();
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

void WriteSpecs::describe(WriteSpec *s, const char *operation, const JsonBody &body,
                          const char *action, const QString &target, const Decimal &amount,
                          const QStringList &same, QJsonObject params)
{
    s->write = named(operation);
    s->write.body = body.bytes();
    s->operation = QString::fromLatin1(operation);
    s->action = QString::fromLatin1(action);
    s->target = target;
    s->amount = amount;
    s->matchKey = (QStringList{s->operation} + same).join(u'|');
    params.insert(QLatin1String("operation"), s->operation);
    s->params = params;
}

ApiRequest WriteSpecs::named(const char *operation)
{
    QString ignored;
    return Operations::byName(QString::fromLatin1(operation), &ignored);
}

QString WriteSpecs::str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString WriteSpecs::keyed(const char *prefix, const QString &id)
{
    return id.isEmpty() ? QString() : QLatin1String(prefix) + id;
}

EvidenceRecord WriteSpecs::record(const QJsonObject &o, const char *prefix, const char *idKey,
                                  const char *timeKey, const char *refKey)
{
    return {keyed(prefix, str(o, idKey)), time(o.value(QLatin1String(timeKey))),
            str(o, refKey ? refKey : idKey)};
}

decltype(WriteSpec::evidence) WriteSpecs::listRead(const char *operation, const Query &query,
                                                   bool byTime)
{
    return [operation, query, byTime](const QDateTime &from, int offset, int limit) {
        ApiRequest r = named(operation);
        for (const auto &q : query) {
            if (!q.second.isEmpty())
                r.addQuery(q.first, q.second);
        }
        if (byTime)
            r.addQuery("operation_time_begin", Operations::utcTimestamp(from));
        r.addQuery("offset", QString::number(offset));
        r.addQuery("limit", QString::number(limit));
        return r;
    };
}

decltype(WriteSpec::fromAnswer) WriteSpecs::answerNames(const char *prefix, const char *idKey)
{
    return [prefix, idKey](const QJsonObject &answer) {
        const QString id = str(answer, idKey);
        return EvidenceRecord{keyed(prefix, id), QDateTime(), id};
    };
}

WriteSpec WriteSpecs::unknown(const QString &operation)
{
    WriteSpec s;
    s.operation = operation;
    s.invalid = QCoreApplication::translate("WriteSpecs", "Unknown write %1.").arg(operation);
    s.evidence = [](const QDateTime &, int, int) { return ApiRequest(); };
    s.records = [](const QJsonObject &, int *, int *, QString *problem) {
        *problem = QCoreApplication::translate("WriteSpecs", "This write cannot be checked.");
        return std::optional<QList<EvidenceRecord>>();
    };
    s.fromAnswer = [](const QJsonObject &) { return EvidenceRecord(); };
    return s;
}

WriteSpec WriteSpecs::rebuild(const QJsonObject &p)
{
    const QString op = p.value(QLatin1String("operation")).toString();
    if (auto s = FundsWrites::rebuild(p))
        return *s;
    if (auto s = CouponWrites::rebuild(p))
        return *s;
    if (auto s = ConsoleWrites::rebuild(p))
        return *s;
    if (auto s = BudgetWrites::rebuild(p))
        return *s;
    return unknown(op);
}
