#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QList>

#include <functional>

class BssClient;
class Page;
class QWidget;
class Workspace;

// The table of pages: the navigation's order and groups, the titles, the icons, which pages wait
// until after the first paint, and how each is made from the session's Workspace. The shell
// loops over it; adding a page is one line here (and the page itself).
class PageRegistry
{
    Q_DECLARE_TR_FUNCTIONS(PageRegistry)
public:
    struct Entry
    {
        QString key;
        std::function<QString()> title; // in the UI language
        bool sales;                     // under 销售 (else at the top level)
        bool lazy;                      // built after the first paint, or when first asked for
        const char *icon;               // Icons::get's name
        std::function<Page *(Workspace *, QWidget *)> make;
        const char *needs = nullptr; // the operation it reads; absent on a site without it
    };

    static const QList<Entry> &entries();
    static const Entry *find(const QString &key); // nullptr: no such page
    // Whether the page exists on `client`'s site (the China site's funds, coupons and quotas
    // have no International counterpart under those operations).
    static bool offeredBy(const Entry &entry, const BssClient *client);
    static QString titleOf(const QString &key);
    static QIcon iconOf(const QString &key); // the page's icon of the icon set
    static QString salesTitle();             // the navigation group 销售
};
