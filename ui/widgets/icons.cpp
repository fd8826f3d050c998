#include "widgets/icons.h"

#include "widgets/themediconengine.h"

#include <QHash>

QString Icons::themeName(const QString &name)
{
    // Only meanings the freedesktop naming specification has; the pages' icons are ours.
    static const QHash<QString, QString> names = {
        {QStringLiteral("refresh"), QStringLiteral("view-refresh")},
        {QStringLiteral("export"), QStringLiteral("document-save-as")},
        {QStringLiteral("import"), QStringLiteral("document-open")},
        {QStringLiteral("add"), QStringLiteral("list-add")},
        {QStringLiteral("search"), QStringLiteral("edit-find")},
        {QStringLiteral("cancel"), QStringLiteral("process-stop")},
        {QStringLiteral("copy"), QStringLiteral("edit-copy")},
        {QStringLiteral("edit"), QStringLiteral("document-edit")},
        {QStringLiteral("details"), QStringLiteral("dialog-information")},
    };
    return names.value(name);
}

QIcon Icons::get(const QString &name)
{
    // One icon per name (headers and buttons ask on every paint or retranslation).
    static QHash<QString, QIcon> made;
    if (const auto it = made.constFind(name); it != made.constEnd())
        return *it;
    const QIcon bundled(new ThemedIconEngine(QStringLiteral(":/icons/actions/%1.svg").arg(name)));
#if defined(Q_OS_LINUX)
    // The desktop's own icon where its theme has one (Qt's fallback theme "hicolor" has none of
    // these: without a desktop theme the bundled icon stays).
    const QString theme = themeName(name);
    if (!theme.isEmpty() && QIcon::themeName() != u"hicolor" && QIcon::hasThemeIcon(theme))
        return *made.insert(name, QIcon::fromTheme(theme, bundled));
#endif
    return *made.insert(name, bundled);
}
