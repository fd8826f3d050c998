#pragma once

#include <QByteArray>
#include <QString>

// One CSV field (RFC 4180 quoting, UTF-8), safe to open in a spreadsheet: a leading = + - @
// that is not a negative number is prefixed with ' so no formula runs.
class Csv
{
public:
    static QByteArray field(const QString &value);
};
