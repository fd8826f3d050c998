#pragma once

#include <QString>

// The QSettings keys the app reads and writes, each spelled once. (Profiles, saved views and
// column layouts have their own stores: ProfileStore, SavedViews, the pages' view state.)
namespace SettingsKeys {
// The profile used last: a name, or "" for the sandbox; absent on the first start.
inline QString lastProfile()
{
    return QStringLiteral("profiles/last");
}
inline QString language()
{
    return QStringLiteral("ui/language");
} // zh_CN or en
inline QString windowGeometry()
{
    return QStringLiteral("window/geometry");
}
inline QString windowState()
{
    return QStringLiteral("window/state");
}
inline QString windowPage()
{
    return QStringLiteral("window/page");
} // the page shown last
// The overview's alert thresholds.
inline QString customerBalanceBelow()
{
    return QStringLiteral("overview/customerBalanceBelow");
}
inline QString resellerBalanceBelow()
{
    return QStringLiteral("overview/resellerBalanceBelow");
}
inline QString budgetPercent()
{
    return QStringLiteral("overview/budgetPercent");
}
inline QString couponDays()
{
    return QStringLiteral("overview/couponDays");
}
} // namespace SettingsKeys
