#include "bss/httpdate.h"

#include <QLocale>
#include <QTimeZone>

namespace {
const QString kFormat = QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'");
}

QDateTime HttpDate::parse(QByteArrayView text)
{
    QDateTime t = QLocale::c().toDateTime(QString::fromLatin1(text).trimmed(), kFormat);
    if (t.isValid())
        t.setTimeZone(QTimeZone::utc());
    return t;
}

QByteArray HttpDate::format(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), kFormat).toLatin1();
}

int HttpDate::retryAfterSeconds(QByteArrayView value, const QDateTime &now)
{
    const QByteArray v = value.toByteArray().trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = v.toInt(&ok);
    if (ok)
        return std::max(seconds, 0);
    const QDateTime at = parse(v);
    return at.isValid() ? int(std::max<qint64>(now.secsTo(at), 0)) : -1;
}
