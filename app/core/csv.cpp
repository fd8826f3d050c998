#include "core/csv.h"

QByteArray Csv::field(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.at(0)) &&
        !(v.at(0) == u'-' && v.size() > 1 && v.at(1).isDigit()))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r'))
        v = u'"' + QString(v).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return v.toUtf8();
}
