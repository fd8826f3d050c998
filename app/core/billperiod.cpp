#include "core/billperiod.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

QDate firstOf(const QString &period)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch m = re.match(period);
    if (!m.hasMatch())
        return {};
    const int month = m.captured(2).toInt();
    if (month < 1 || month > 12)
        return {};
    return QDate(m.captured(1).toInt(), month, 1);
}

} // namespace

QDate BillPeriod::today()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date();
}

QString BillPeriod::current()
{
    return today().toString(QStringLiteral("yyyy-MM"));
}

QStringList BillPeriod::recent(int months)
{
    QStringList out;
    QDate d = firstOf(current());
    for (int i = 0; i < months; ++i, d = d.addMonths(-1))
        out << d.toString(QStringLiteral("yyyy-MM"));
    return out;
}

QString BillPeriod::previous(const QString &period)
{
    const QDate d = firstOf(period);
    return d.isValid() ? d.addMonths(-1).toString(QStringLiteral("yyyy-MM")) : QString();
}

bool BillPeriod::isValid(const QString &period)
{
    return firstOf(period).isValid();
}
