#pragma once

#include <QCoreApplication>
#include <QString>

// The pages' titles by key, for the navigation (which names pages not built yet) and the pages
// themselves (Page::title): one table, in the UI language.
class PageTitles
{
    Q_DECLARE_TR_FUNCTIONS(PageTitles)
public:
    static QString of(const QString &key);
    static QString sales(); // the navigation group 销售
};
