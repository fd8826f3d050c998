#pragma once

#include <QJsonValue>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <utility>

class QSqlQuery;

// The WHERE clause of a sandbox list query, scoped to the partner's own data or one reseller's,
// with named binds; run() gives the total and one page of rows.
class SqlFilter
{
public:
    explicit SqlFilter(const QString &indirectPartnerId);
    // For tables that belong to the partner alone (settlements, incentives, agreements).
    static SqlFilter unscoped();

    void add(const QString &clause, const QString &bindName, const QVariant &value);
    // For each {param, clause} whose param is set in `query`: "AND clause", bound as :param.
    void where(const QString &clause) { m_where += QStringLiteral(" AND ") + clause; }
    void bind(const QString &bindName, const QVariant &value) { m_binds.insert(bindName, value); }
    // Adds "AND clause" bound as bindName when value is not empty.
    void addIf(const QString &value, const char *clause, const char *bindName);
    void addFromQuery(const QMap<QString, QString> &query,
                      std::initializer_list<std::pair<const char *, const char *>> filters);
    bool run(QSqlDatabase db, const QString &table, const QString &columns, const QString &order,
             int offset, int limit, int *total, QSqlQuery *rows) const;

    // SQLite binds a null QString as NULL; the partner's own scope is the empty string.
    static QString scope(const QString &indirectPartnerId);
    // An exact stored amount as the JSON number BSS sends (≤ 2 decimals: exact in a double).
    static QJsonValue amountJson(const QString &text);

private:
    SqlFilter() = default;
    QString m_where;
    QMap<QString, QVariant> m_binds;
};
