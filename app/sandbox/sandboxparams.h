#pragma once

#include "core/decimal.h"
#include "sandbox/sandboxanswer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>

#include <functional>
#include <optional>

// The parameters of one sandbox request, from a JSON body (POST) or a query string (GET), read
// with the documented rules. The first broken rule is remembered; error() is the CBC.0100
// answer that names it.
class SandboxParams
{
public:
    static SandboxParams fromBody(const QJsonObject &body);
    // Repeated keys (operation_types=1&operation_types=2) become lists.
    static SandboxParams fromQuery(const QList<QPair<QString, QString>> &items);

    // A value taken from the request's path ({order_id}), read like any other parameter.
    void setPathValue(const QString &key, const QString &value) { m_values.insert(key, value); }
    bool has(const char *key) const;
    QString string(const char *key, int maxLength, bool required = false);
    // Optional; when present it must be non-empty and at most maxLength long.
    QString indirectPartnerId(int maxLength = 64);
    int integer(const char *key, int defaultValue, int lowest, int highest);
    // A request amount: required, > 0, at most 2 decimals.
    Decimal amount(const char *key);
    // Required, 0 to `highest`, at most 2 decimals (a budget).
    Decimal nonNegativeAmount(const char *key, const Decimal &highest);
    QString timestamp(const char *key, bool required = false); // yyyy-MM-ddTHH:mm:ssZ (UTC)
    QString date(const char *key);                             // YYYY-MM-DD
    QString cycle(const char *key, bool required = false);     // YYYY-MM
    QStringList strings(const char *key, int maxCount, int maxLength, bool required = false);
    // A list of objects, each carrying one string field: [{"customer_id": "…"}, …].
    QStringList objectField(const char *key, const char *field, int maxCount, int maxLength);
    // A JSON array of minCount..maxCount elements (bodies only).
    QJsonArray array(const char *key, int minCount, int maxCount);
    bool boolean(const char *key, bool defaultValue);
    QList<int> integers(const char *key, int maxCount);
    void paging(int *offset, int *limit, int maxOffset = 2147483646);
    // A value from a fixed set of strings (e.g. "1", "3", "11"); empty if absent.
    QString oneOf(const char *key, const QStringList &allowed, bool required = false);

    // X-Language: names in answers are Chinese unless the caller asked for en_US.
    bool chinese() const { return m_chinese; }
    void setChinese(bool chinese) { m_chinese = chinese; }

    bool ok() const { return m_problem.isEmpty(); }
    SandboxAnswer error() const { return SandboxAnswer::paramError(m_problem); }
    void fail(const QString &what);

private:
    // The text of `key` when `valid` accepts it; "" when it is absent (failing when required)
    // or does not fit (failing with "<key> must be <shape>").
    QString shaped(const char *key, bool required,
                   const std::function<bool(const QString &)> &valid, const char *shape);
    QJsonObject m_values;
    bool m_fromQuery = false;
    bool m_chinese = true;
    QString m_problem;
};
