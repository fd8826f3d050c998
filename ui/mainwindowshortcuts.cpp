// MainWindow: the keyboard-first parts — the command palette (Ctrl+K) over every page, menu
// action and customer; F5 refreshes; Ctrl+F goes to the current page's search field.
#include "languagemenu.h"
#include "mainwindow.h"
#include "ops/workspace.h"
#include "palettesources.h"
#include "widgets/commandpalette.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTreeWidgetItem>

void MainWindow::buildShortcuts()
{
    m_palette = new CommandPalette(this);
    m_palette->setSearch([this](const QString &text, int max) {
        return PaletteSources::customers(m_workspace->customers().model, text, max);
    });
    connect(m_palette, &CommandPalette::chosen, this, &MainWindow::paletteChosen);
    auto *palette = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this);
    connect(palette, &QShortcut::activated, this, &MainWindow::openPalette);
    auto *refresh = new QShortcut(QKeySequence::Refresh, this); // F5
    connect(refresh, &QShortcut::activated, this, &MainWindow::loadData);
    auto *find = new QShortcut(QKeySequence::Find, this); // Ctrl+F
    connect(find, &QShortcut::activated, this, &MainWindow::focusSearch);
}

void MainWindow::focusSearch()
{
    QWidget *shown = m_stack->currentWidget();
    if (auto *search = shown->findChild<QLineEdit *>(QStringLiteral("search"))) {
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    }
}

void MainWindow::openPalette()
{
    QList<CommandPalette::Entry> entries;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        entries.append(
            {QStringLiteral("page"), it.key(), it.value()->text(0), tr("Page"), it.key()});
    entries += PaletteSources::menuActions(menuBar(), m_quitAction);
    entries += PaletteSources::languages(m_languageMenu);
    m_palette->setEntries(entries);
    m_palette->popup();
}

void MainWindow::paletteChosen(const QString &kind, const QString &key)
{
    if (kind == u"page") {
        openPage(key);
    } else if (kind == u"customer") {
        openFocused(QStringLiteral("customers"), QStringLiteral("search"), key);
    } else if (auto *a = findChild<QAction *>(key); a && !key.isEmpty()) {
        a->trigger();
    }
}
