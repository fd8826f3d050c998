#include "ops/consolelinks.h"

#include <QSettings>

QUrl ConsoleLinks::partnerCenter(bool international)
{
    QSettings settings;
    const QString key =
        international ? QStringLiteral("console/intl") : QStringLiteral("console/china");
    const QString fallback = international
                                 ? QStringLiteral("https://www.huaweicloud.com/intl/en-us/")
                                 : QStringLiteral("https://www.huaweicloud.com/");
    const QUrl url(settings.value(key, fallback).toString());
    return url.scheme() == u"https" ? url : QUrl(fallback); // never hand over plain HTTP
}
