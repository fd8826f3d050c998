#pragma once

#include <QIcon>

// The application's icon set: one name per meaning, the bundled outline icon
// (resources/icons/actions, CC0, drawn in the palette's colours by ThemedIconEngine), or on Linux
// the desktop theme's icon of that meaning where the theme has one. Navigation, primary actions,
// menus and the masked header's eye all take their icons from here.
class Icons
{
public:
    // `name` is a file of resources/icons/actions without ".svg": "refresh", "export", "eye", …
    static QIcon get(const QString &name);
    // The freedesktop icon-theme name of the same meaning, or empty.
    static QString themeName(const QString &name);
};
