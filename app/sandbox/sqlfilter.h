#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <optional>
#include <utility>

class QSqlQuery;
struct SandboxAnswer;
class SandboxParams;

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
    // "column >= :<column>_b" and "column <= :<column>_e" from the UTC-time parameters
    // <column>_begin and <column>_end, each when given (a malformed one fails `p`).
    void addTimeRange(SandboxParams &p, const char *column);
    void addFromQuery(const QMap<QString, QString> &query,
                      std::initializer_list<std::pair<const char *, const char *>> filters);
    bool run(QSqlDatabase db, const QString &table, const QString &columns, const QString &order,
             int offset, int limit, int *total, QSqlQuery *rows) const;

    // What a list reads: the table (or join), its columns, their order.
    struct Select
    {
        QString table;
        QString columns;
        QString order;
    };
    using Record = std::function<std::optional<QJsonObject>(const QSqlQuery &row)>;
    // One page of a list operation's answer: {countKey: total, itemsKey: [record(row), …]} and
    // the fields of `extra`. A database error, or a row `record` cannot turn into one, is the
    // gateway's internal error.
    SandboxAnswer page(QSqlDatabase db, const Select &select, int offset, int limit,
                       const char *countKey, const char *itemsKey, const Record &record,
                       const QJsonObject &extra = QJsonObject()) const;

    // SQLite binds a null QString as NULL; the partner's own scope is the empty string.
    static QString scope(const QString &indirectPartnerId);
    // An exact stored amount as the JSON number BSS sends (≤ 2 decimals: exact in a double).
    static QJsonValue amountJson(const QString &text);

private:
    SqlFilter() = default;
    QString m_where;
    QMap<QString, QVariant> m_binds;
};
