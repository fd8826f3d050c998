// MainWindow: the keyboard-first parts — the command palette (Ctrl+K) over every page, menu
// action and customer; F5 refreshes; Ctrl+F goes to the current page's search field.
#include "mainwindow.h"
#include "models/customermodel.h"
#include "ops/workspace.h"
#include "pages/page.h"
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
    m_palette->setSearch([this](const QString &text, int max) { return findCustomers(text, max); });
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
    for (QAction *menu : menuBar()->actions()) {
        for (QAction *a : menu->menu() ? menu->menu()->actions() : QList<QAction *>()) {
            if (a->isSeparator() || !a->isEnabled() || a == m_quitAction || a->menu())
                continue;
            QString label = a->text();
            label.remove(u'&');
            entries.append({QStringLiteral("action"), a->objectName(), label,
                            a->shortcut().isEmpty()
                                ? tr("Action")
                                : a->shortcut().toString(QKeySequence::NativeText),
                            a->objectName()});
        }
    }
    for (QAction *a : {m_zhAction, m_enAction})
        entries.append({QStringLiteral("action"), a->objectName(), a->text(), tr("Language"),
                        a->objectName()});
    m_palette->setEntries(entries);
    m_palette->popup();
}

QList<CommandPalette::Entry> MainWindow::findCustomers(const QString &text, int max) const
{
    // Raw names, accounts and IDs are searched; the label is the table's own text, masked while
    // the name column is masked.
    QList<CommandPalette::Entry> out;
    const CustomerModel *model = m_workspace->customers().model;
    const CustomerColumns &columns = model->columns();
    const QByteArray needle = CustomerColumns::foldNeedle(text);
    constexpr unsigned nameAccountOrId = 0b111; // the first three SearchFields
    for (int row = 0; row < model->rowCount() && out.size() < max; ++row) {
        if (!(columns.searchHits(row, needle) & nameAccountOrId))
            continue;
        const QString id = columns.text(row, CustomerColumns::CustomerId);
        out.append({QStringLiteral("customer"), id,
                    model->index(row, CustomerModel::Name).data().toString(),
                    tr("Customer %1").arg(id), QString()});
    }
    return out;
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
