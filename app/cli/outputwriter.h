#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Renders a BSS answer for the terminal: json (as received, indented), or csv/table of the first
// list of objects in it. Personal fields are masked unless `reveal`.
class OutputWriter
{
public:
    static QByteArray render(const QJsonObject &json, const QString &format, bool reveal);
    static QByteArray csvField(const QString &value);
};
