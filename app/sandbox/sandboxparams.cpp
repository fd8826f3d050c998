#include "sandbox/sandboxparams.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

SandboxParams SandboxParams::fromBody(const QJsonObject &body)
{
    SandboxParams p;
    p.m_values = body;
    return p;
}

SandboxParams SandboxParams::fromQuery(const QList<QPair<QString, QString>> &items)
{
    SandboxParams p;
    p.m_fromQuery = true;
    for (const auto &[key, value] : items) {
        const QJsonValue old = p.m_values.value(key);
        if (old.isUndefined()) {
            p.m_values.insert(key, value);
        } else {
            QJsonArray list = old.isArray() ? old.toArray() : QJsonArray{old};
            list.append(value);
            p.m_values.insert(key, list);
        }
    }
    return p;
}

void SandboxParams::fail(const QString &what)
{
    if (m_problem.isEmpty())
        m_problem = what;
}

bool SandboxParams::has(const char *key) const
{
    const QJsonValue v = m_values.value(QLatin1String(key));
    return !v.isUndefined() && !v.isNull();
}

QString SandboxParams::string(const char *key, int maxLength, bool required)
{
    const QJsonValue v = m_values.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty() && !required)) {
        if (required)
            fail(QStringLiteral("%1 is required").arg(QLatin1String(key)));
        return QString();
    }
    if (!v.isString() || v.toString().isEmpty() || v.toString().size() > maxLength) {
        fail(QStringLiteral("%1 must be a string of 1 to %2 characters")
                 .arg(QLatin1String(key))
                 .arg(maxLength));
        return QString();
    }
    return v.toString();
}

QString SandboxParams::indirectPartnerId(int maxLength)
{
    const QJsonValue v = m_values.value(QLatin1String("indirect_partner_id"));
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString() || v.toString().isEmpty() || v.toString().size() > maxLength) {
        fail(QStringLiteral("indirect_partner_id must be 1 to %1 characters").arg(maxLength));
        return QString();
    }
    return v.toString();
}

int SandboxParams::integer(const char *key, int defaultValue, int lowest, int highest)
{
    const QJsonValue v = m_values.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return defaultValue;
    bool ok = false;
    int n = 0;
    if (m_fromQuery && v.isString()) {
        n = v.toString().toInt(&ok);
    } else if (v.isDouble() && v.toDouble() == double(v.toInt())) {
        n = v.toInt();
        ok = true;
    }
    if (!ok || n < lowest || n > highest) {
        fail(QStringLiteral("%1 must be a whole number from %2 to %3")
                 .arg(QLatin1String(key))
                 .arg(lowest)
                 .arg(highest));
        return defaultValue;
    }
    return n;
}

Decimal SandboxParams::amount(const char *key)
{
    const QJsonValue v = m_values.value(QLatin1String(key));
    const auto d = (m_fromQuery || v.isDouble() || v.isString()) ? Decimal::fromJson(v)
                                                                 : std::optional<Decimal>();
    if (!d || d->requestAmountProblem() != Decimal::AmountProblem::None) {
        fail(QStringLiteral("%1 must be greater than 0 with at most 2 decimal places")
                 .arg(QLatin1String(key)));
        return Decimal::invalid();
    }
    return d->withScale(2);
}

Decimal SandboxParams::nonNegativeAmount(const char *key, const Decimal &highest)
{
    const QJsonValue v = m_values.value(QLatin1String(key));
    const auto d = (m_fromQuery || v.isDouble() || v.isString()) ? Decimal::fromJson(v)
                                                                 : std::optional<Decimal>();
    if (!d || d->signum() < 0 || d->significantScale() > 2 || *d > highest) {
        fail(QStringLiteral("%1 must be 0 to %2 with at most 2 decimal places")
                 .arg(QLatin1String(key), highest.toString()));
        return Decimal::invalid();
    }
    return d->withScale(2);
}

QString SandboxParams::shaped(const char *key, bool required,
                              const std::function<bool(const QString &)> &valid, const char *shape)
{
    const QJsonValue v = m_values.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(QStringLiteral("%1 is required").arg(QLatin1String(key)));
        return QString();
    }
    const QString s = v.toString();
    if (!valid(s)) {
        fail(QStringLiteral("%1 must be %2").arg(QLatin1String(key), QLatin1String(shape)));
        return QString();
    }
    return s;
}

QString SandboxParams::timestamp(const char *key, bool required)
{
    static const QRegularExpression re(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
    return shaped(
        key, required,
        [](const QString &s) {
            return re.match(s).hasMatch() && QDateTime::fromString(s, Qt::ISODate).isValid();
        },
        "a UTC time like 2025-03-01T00:00:00Z");
}

QString SandboxParams::date(const char *key)
{
    return shaped(
        key, false,
        [](const QString &s) {
            return s.size() == 10 && QDate::fromString(s, Qt::ISODate).isValid();
        },
        "a date like 2025-03-31");
}

QString SandboxParams::cycle(const char *key, bool required)
{
    return shaped(
        key, required,
        [](const QString &s) {
            return s.size() == 7 &&
                   QDate::fromString(s + QStringLiteral("-01"), Qt::ISODate).isValid();
        },
        "a month like 2025-02");
}

QStringList SandboxParams::strings(const char *key, int maxCount, int maxLength, bool required)
{
    const QJsonValue v = m_values.value(QLatin1String(key));
    QStringList out;
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(QStringLiteral("%1 is required").arg(QLatin1String(key)));
        return out;
    }
    const QJsonArray list = v.isArray() ? v.toArray() : QJsonArray{v};
    for (const QJsonValue &item : list) {
        if (m_fromQuery && item.isString()) {
            for (const QString &part : item.toString().split(u',', Qt::SkipEmptyParts))
                out.append(part);
        } else if (item.isString()) {
            out.append(item.toString());
        } else {
            out.append(QString()); // rejected below
        }
    }
    bool bad =
        (required && out.isEmpty()) || out.size() > maxCount || (!m_fromQuery && !v.isArray());
    for (const QString &s : std::as_const(out))
        bad = bad || s.isEmpty() || s.size() > maxLength;
    if (bad) {
        fail(QStringLiteral("%1 must be a list of 1 to %2 values of at most %3 characters")
                 .arg(QLatin1String(key))
                 .arg(maxCount)
                 .arg(maxLength));
        return {};
    }
    return out;
}

QStringList SandboxParams::objectField(const char *key, const char *field, int maxCount,
                                       int maxLength)
{
    const QJsonValue v = m_values.value(QLatin1String(key));
    QStringList out;
    bool bad = !v.isArray() || v.toArray().isEmpty() || v.toArray().size() > maxCount;
    for (const QJsonValue &item : v.toArray()) {
        const QString s = item.toObject().value(QLatin1String(field)).toString();
        bad = bad || s.isEmpty() || s.size() > maxLength;
        out.append(s);
    }
    if (bad) {
        fail(QStringLiteral("%1 must list 1 to %2 objects with %3")
                 .arg(QLatin1String(key))
                 .arg(maxCount)
                 .arg(QLatin1String(field)));
        return {};
    }
    return out;
}

QJsonArray SandboxParams::array(const char *key, int minCount, int maxCount)
{
    const QJsonValue v = m_values.value(QLatin1String(key));
    if (!v.isArray() || v.toArray().size() < minCount || v.toArray().size() > maxCount) {
        fail(QStringLiteral("%1 must list %2 to %3 entries")
                 .arg(QLatin1String(key))
                 .arg(minCount)
                 .arg(maxCount));
        return {};
    }
    return v.toArray();
}

bool SandboxParams::boolean(const char *key, bool defaultValue)
{
    const QJsonValue v = m_values.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return defaultValue;
    if (v.isBool())
        return v.toBool();
    if (m_fromQuery && (v.toString() == u"true" || v.toString() == u"false"))
        return v.toString() == u"true";
    fail(QStringLiteral("%1 must be true or false").arg(QLatin1String(key)));
    return defaultValue;
}

QList<int> SandboxParams::integers(const char *key, int maxCount)
{
    QList<int> out;
    const QJsonValue v = m_values.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return out;
    const QJsonArray list = v.isArray() ? v.toArray() : QJsonArray{v};
    bool bad = list.size() > maxCount || (!m_fromQuery && !v.isArray());
    for (const QJsonValue &item : list) {
        bool ok = false;
        int n = 0;
        if (item.isString()) {
            for (const QString &part : item.toString().split(u',', Qt::SkipEmptyParts)) {
                n = part.toInt(&ok);
                bad = bad || !ok;
                out.append(n);
            }
            continue;
        }
        ok = item.isDouble() && item.toDouble() == double(item.toInt());
        bad = bad || !ok;
        out.append(item.toInt());
    }
    if (bad) {
        fail(QStringLiteral("%1 must be a list of whole numbers").arg(QLatin1String(key)));
        return {};
    }
    return out;
}

void SandboxParams::paging(int *offset, int *limit, int maxOffset)
{
    *offset = integer("offset", 0, 0, maxOffset);
    *limit = integer("limit", 10, 1, 100);
}

QString SandboxParams::oneOf(const char *key, const QStringList &allowed, bool required)
{
    const QJsonValue v = m_values.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())) {
        if (required)
            fail(QStringLiteral("%1 is required").arg(QLatin1String(key)));
        return QString();
    }
    const QString s = v.isDouble() ? QString::number(v.toInt()) : v.toString();
    if (!allowed.contains(s)) {
        fail(QStringLiteral("%1 must be one of %2")
                 .arg(QLatin1String(key), allowed.join(QStringLiteral(", "))));
        return QString();
    }
    return s;
}
