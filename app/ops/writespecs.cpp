#include "ops/writespecs.h"

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
            *problem = QCoreApplication::translate("WriteSpecs", "The list has no %1 or total_count.")
                           .arg(listKey);
            return std::nullopt;
        }
        const QJsonArray array = items.toArray();
        *pageSize = int(array.size());
        *total = count.toInt();
        QList<EvidenceRecord> out;
        for (const QJsonValue &v : array) {
            if (!v.isObject()) {
                *problem = QCoreApplication::translate("WriteSpecs", "An item of %1 is not an object.")
                               .arg(listKey);
                return std::nullopt;
            }
            if (auto r = item(v.toObject())) {
                if (r->key.isEmpty()) {
                    *problem = QCoreApplication::translate("WriteSpecs",
                                                           "A record of %1 has no id.")
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
    return unknown(op);
}
