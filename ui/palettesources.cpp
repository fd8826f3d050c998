#include "palettesources.h"

#include "models/customercolumns.h"
#include "models/customermodel.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>

QString PaletteSources::plainLabel(const QString &menuText)
{
    // "导出当前表格(&E)…" → "导出当前表格…", "&Export…" → "Export…", "R&&D" → "R&D".
    QString label = menuText;
    label.remove(QRegularExpression(QStringLiteral("\\s*\\(&[^&\\s]\\)")));
    label.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    label.remove(u'&');
    label.replace(u'\x01', u'&');
    return label;
}

QList<CommandPalette::Entry> PaletteSources::menuActions(const QMenuBar *bar, const QAction *skip)
{
    QList<CommandPalette::Entry> out;
    for (QAction *menu : bar->actions()) {
        for (QAction *a : menu->menu() ? menu->menu()->actions() : QList<QAction *>()) {
            if (a->isSeparator() || !a->isEnabled() || a == skip || a->menu())
                continue;
            out.append({QStringLiteral("action"), a->objectName(), plainLabel(a->text()),
                        a->shortcut().isEmpty() ? tr("Action")
                                                : a->shortcut().toString(QKeySequence::NativeText),
                        a->objectName()});
        }
    }
    return out;
}

QList<CommandPalette::Entry> PaletteSources::languages(const QMenu *menu)
{
    QList<CommandPalette::Entry> out;
    for (QAction *a : menu->actions())
        out.append({QStringLiteral("action"), a->objectName(), a->text(), tr("Language"),
                    a->objectName()});
    return out;
}

QList<CommandPalette::Entry> PaletteSources::customers(const CustomerModel *model,
                                                       const QString &text, int max)
{
    QList<CommandPalette::Entry> out;
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
