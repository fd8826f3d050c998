#pragma once

#include "widgets/commandpalette.h"

#include <QCoreApplication>

class CustomerModel;
class QAction;
class QMenuBar;
class QMenu;

// What the command palette lists: the menu bar's actions (enabled, not submenus, not `skip`),
// a menu's actions under a heading of its own (the languages), and the customers that match —
// searched in raw names, accounts and IDs but labelled as the customer table shows them, so a
// masked name stays masked here too.
class PaletteSources
{
    Q_DECLARE_TR_FUNCTIONS(PaletteSources)
public:
    // A menu item's text without its accelerator marker, as a list shows it.
    static QString plainLabel(const QString &menuText);
    static QList<CommandPalette::Entry> menuActions(const QMenuBar *bar, const QAction *skip);
    static QList<CommandPalette::Entry> languages(const QMenu *menu);
    static QList<CommandPalette::Entry> customers(const CustomerModel *model, const QString &text,
                                                  int max);
};
