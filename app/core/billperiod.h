#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

// Bill periods (账期) are calendar months in UTC+8, written YYYY-MM, whatever the user's zone.
class BillPeriod
{
public:
    static QDate today();                           // the date in UTC+8 (Beijing time)
    static QString current();                       // this month in UTC+8
    static QStringList recent(int months);          // current first, then the months before it
    static QString previous(const QString &period); // "2026-01" → "2025-12"; empty if invalid
    static bool isValid(const QString &period);
};
