#include "sandbox/sqlfilter.h"

#include "core/decimal.h"
#include "sandbox/sandboxanswer.h"
#include "sandbox/sandboxparams.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

SqlFilter::SqlFilter(const QString &indirectPartnerId)
    : m_where(QStringLiteral("indirect_partner_id = :ip"))
{
    m_binds.insert(QStringLiteral(":ip"), scope(indirectPartnerId));
}

SqlFilter SqlFilter::unscoped()
{
    SqlFilter f;
    f.m_where = QStringLiteral("1 = 1");
    return f;
}

void SqlFilter::addIf(const QString &value, const char *clause, const char *bindName)
{
    if (!value.isEmpty())
        add(QLatin1String(clause), QLatin1String(bindName), value);
}

QString SqlFilter::scope(const QString &indirectPartnerId)
{
    return indirectPartnerId.isNull() ? QStringLiteral("") : indirectPartnerId;
}

QJsonValue SqlFilter::amountJson(const QString &text)
{
    const auto d = Decimal::parse(text);
    return d ? QJsonValue(d->toString().toDouble()) : QJsonValue();
}

void SqlFilter::add(const QString &clause, const QString &bindName, const QVariant &value)
{
    m_where += QStringLiteral(" AND ") + clause;
    m_binds.insert(bindName, value);
}

void SqlFilter::addFromQuery(const QMap<QString, QString> &query,
                             std::initializer_list<std::pair<const char *, const char *>> filters)
{
    for (const auto &[param, clause] : filters) {
        const QString v = query.value(QLatin1String(param));
        if (!v.isEmpty())
            add(QLatin1String(clause), u':' + QLatin1String(param), v);
    }
}

bool SqlFilter::run(QSqlDatabase db, const QString &table, const QString &columns,
                    const QString &order, int offset, int limit, int *total, QSqlQuery *rows) const
{
    QSqlQuery count(db);
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM ") + table + QStringLiteral(" WHERE ") +
                  m_where);
    // A single table: the page's rowids first, then its rows. SQLite computes every skipped row
    // of an OFFSET, so skipping in the subquery (which an index on the filter and order columns
    // covers) keeps a deep page as cheap as the first (bench_sync). Joins keep the plain form.
    const QString page = QStringLiteral(" WHERE ") + m_where + QStringLiteral(" ORDER BY ") +
                         order + QStringLiteral(" LIMIT :lim OFFSET :off");
    const QString select = QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") + table;
    if (!table.contains(u' ')) // a single table
        rows->prepare(select + QStringLiteral(" WHERE rowid IN (SELECT rowid FROM ") + table +
                      page + QStringLiteral(") ORDER BY ") + order);
    else
        rows->prepare(select + page);
    for (auto it = m_binds.begin(); it != m_binds.end(); ++it) {
        count.bindValue(it.key(), it.value());
        rows->bindValue(it.key(), it.value());
    }
    rows->bindValue(QStringLiteral(":lim"), limit);
    rows->bindValue(QStringLiteral(":off"), offset);
    if (!count.exec() || !count.next() || !rows->exec())
        return false;
    *total = count.value(0).toInt();
    return true;
}

SandboxAnswer SqlFilter::page(QSqlDatabase db, const Select &select, int offset, int limit,
                              const char *countKey, const char *itemsKey, const Record &record,
                              const QJsonObject &extra) const
{
    QSqlQuery rows(db);
    int total = 0;
    if (!run(db, select.table, select.columns, select.order, offset, limit, &total, &rows))
        return SandboxAnswer::internalError();
    QJsonArray items;
    while (rows.next()) {
        const std::optional<QJsonObject> item = record(rows);
        if (!item)
            return SandboxAnswer::internalError();
        items.append(*item);
    }
    QJsonObject body = extra;
    body.insert(QLatin1String(countKey), total);
    body.insert(QLatin1String(itemsKey), items);
    return SandboxAnswer::ok(body);
}

void SqlFilter::addTimeRange(SandboxParams &p, const char *column)
{
    const QString name = QLatin1String(column);
    const QString begin = p.timestamp(qPrintable(name + QLatin1String("_begin")));
    const QString end = p.timestamp(qPrintable(name + QLatin1String("_end")));
    if (!begin.isEmpty())
        add(name + QStringLiteral(" >= :") + name + QStringLiteral("_b"),
            QStringLiteral(":") + name + QStringLiteral("_b"), begin);
    if (!end.isEmpty())
        add(name + QStringLiteral(" <= :") + name + QStringLiteral("_e"),
            QStringLiteral(":") + name + QStringLiteral("_e"), end);
}
