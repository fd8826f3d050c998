#include "layoutprobe.h"

#include "models/maskedtablemodel.h"
#include "widgets/maskedheaderview.h"
#include "widgets/tonedelegate.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>

namespace {

QString plain(QString text)
{
    // A button's mnemonic marker is not drawn ("&&" is one "&").
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

QString name(const QWidget *w)
{
    return QStringLiteral("%1%2").arg(QString::fromLatin1(w->metaObject()->className()),
                                      w->objectName().isEmpty() ? QString()
                                                                : u'#' + w->objectName());
}

bool showsData(const QWidget *w)
{
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        if (p->property("pcData").toBool())
            return true;
    }
    return false;
}

// The width a push button's text and icon need: what QPushButton::sizeHint computes, without
// the style's minimum button width (a narrower button is not clipped).
int buttonNeed(const QPushButton *b)
{
    QStyleOptionButton opt;
    opt.initFrom(b);
    opt.text = b->text();
    opt.icon = b->icon();
    opt.iconSize = b->iconSize();
    opt.features = b->isFlat() ? QStyleOptionButton::Flat : QStyleOptionButton::None;
    if (b->menu())
        opt.features |= QStyleOptionButton::HasMenu;
    int w = b->fontMetrics().horizontalAdvance(plain(b->text()));
    if (!b->icon().isNull())
        w += b->iconSize().width() + 4;
    if (b->menu())
        w += b->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &opt, b);
    const int margin = b->style()->pixelMetric(QStyle::PM_ButtonMargin, &opt, b);
    const int frame = b->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &opt, b);
    return w + margin + 2 * frame;
}

int placeholderNeed(const QLineEdit *e)
{
    // QLineEdit's text margins (2 each side), its frame, and a clear button when it has one.
    int w = e->fontMetrics().horizontalAdvance(e->placeholderText()) + 4 +
            2 * e->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, e);
    if (e->isClearButtonEnabled())
        w += e->height(); // the clear button's square
    return w;
}

int comboNeed(const QComboBox *c, QString *longest)
{
    int text = 0;
    bool icons = false;
    for (int i = 0; i < c->count(); ++i) {
        // The ink of the text, as QComboBox measures it.
        const int w = c->fontMetrics().boundingRect(c->itemText(i)).width();
        if (w > text) {
            text = w;
            *longest = c->itemText(i);
        }
        icons = icons || !c->itemIcon(i).isNull();
    }
    if (icons)
        text += c->iconSize().width() + 4;
    QStyleOptionComboBox opt;
    opt.initFrom(c);
    opt.editable = c->isEditable();
    opt.frame = c->hasFrame();
    return c->style()
        ->sizeFromContents(QStyle::CT_ComboBox, &opt, QSize(text, c->fontMetrics().height()), c)
        .width();
}

int headerNeed(const QHeaderView *h, int logical)
{
    if (auto *masked = qobject_cast<const MaskedHeaderView *>(h))
        return masked->neededWidth(logical);
    const QString title = h->model()->headerData(logical, h->orientation()).toString();
    int w = h->fontMetrics().horizontalAdvance(title) +
            2 * h->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, h);
    if (h->isSortIndicatorShown())
        w += h->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, h) +
             h->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, h);
    return w;
}

// Money (a currency in the header, or a typed number), dates (a file gets a date) and statuses
// (a chip: ToneRole) must never be elided.
bool mustShowWhole(const QAbstractItemModel *m, const QModelIndex &index)
{
    if (index.data(MaskedTableModel::ToneRole).isValid())
        return true;
    const int column = index.column();
    if (m->headerData(column, Qt::Horizontal, MaskedTableModel::CurrencyRole).isValid() ||
        m->headerData(column, Qt::Horizontal, MaskedTableModel::NumericRole).toBool())
        return true;
    const QVariant typed = m->data(index, MaskedTableModel::ExportRole);
    return typed.metaType().id() == QMetaType::QDateTime ||
           typed.metaType().id() == QMetaType::QDate;
}

void checkCells(const QTableView *view, QStringList *problems)
{
    const QAbstractItemModel *m = view->model();
    if (!m || m->rowCount() == 0)
        return;
    const int first = qMax(0, view->rowAt(0));
    int last = view->rowAt(view->viewport()->height() - 1);
    if (last < 0)
        last = m->rowCount() - 1;
    last = qMin(last, first + 40);
    const int margin =
        2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    for (int c = 0; c < m->columnCount(); ++c) {
        if (view->isColumnHidden(c))
            continue;
        for (int r = first; r <= last; ++r) {
            const QModelIndex index = m->index(r, c);
            if (!mustShowWhole(m, index))
                continue;
            const QString text = index.data().toString();
            int need = view->fontMetrics().horizontalAdvance(text) + margin;
            if (index.data(MaskedTableModel::ToneRole).isValid() &&
                !(index.data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight))
                need += 2 * ToneDelegate::kPadding; // a status chip's own padding
            if (!index.data(Qt::DecorationRole).isNull())
                need += view->iconSize().width() + 4;
            if (view->columnWidth(c) < need) {
                problems->append(
                    QStringLiteral("%1: cell \"%2\" (column \"%3\") %4 < %5")
                        .arg(name(view), text, m->headerData(c, Qt::Horizontal).toString())
                        .arg(view->columnWidth(c))
                        .arg(need));
                break; // one line per column
            }
        }
    }
}

} // namespace

QStringList LayoutProbe::clipped(QWidget *root)
{
    QStringList problems;
    const auto report = [&](const QWidget *w, const QString &text, int need) {
        if (w->width() + 1 < need)
            problems.append(
                QStringLiteral("%1 \"%2\" %3 < %4").arg(name(w), text).arg(w->width()).arg(need));
    };
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (!label->wordWrap() && !label->text().isEmpty() && label->pixmap().isNull())
                report(label, label->text(), label->minimumSizeHint().width());
        } else if (auto *push = qobject_cast<QPushButton *>(w)) {
            if (!push->text().isEmpty())
                report(push, push->text(), buttonNeed(push));
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (!button->text().isEmpty() &&
                (qobject_cast<QCheckBox *>(w) || qobject_cast<QRadioButton *>(w) ||
                 qobject_cast<QToolButton *>(w)))
                report(button, button->text(), button->sizeHint().width());
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            if (!combo->isEditable() && combo->count() > 0) {
                QString longest;
                const int need = comboNeed(combo, &longest);
                report(combo, longest, need);
            }
        } else if (auto *header = qobject_cast<QHeaderView *>(w)) {
            if (header->orientation() != Qt::Horizontal || !header->model())
                continue;
            for (int s = 0; s < header->count(); ++s) {
                if (header->isSectionHidden(s))
                    continue;
                const int need = headerNeed(header, s);
                if (header->sectionSize(s) < need)
                    problems.append(
                        QStringLiteral("%1: header \"%2\" %3 < %4")
                            .arg(name(header->parentWidget()),
                                 header->model()->headerData(s, Qt::Horizontal).toString())
                            .arg(header->sectionSize(s))
                            .arg(need));
            }
        } else if (auto *table = qobject_cast<QTableView *>(w)) {
            checkCells(table, &problems);
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            // An empty field's placeholder says what goes in it: shown whole.
            if (edit->text().isEmpty() && !edit->placeholderText().isEmpty() &&
                !qobject_cast<QComboBox *>(edit->parentWidget()) &&
                !qobject_cast<QAbstractSpinBox *>(edit->parentWidget()))
                report(edit, edit->placeholderText(), placeholderNeed(edit));
        }
    }
    problems.removeDuplicates();
    return problems;
}

QHash<QString, QString> LayoutProbe::texts(QWidget *root)
{
    QHash<QString, QString> out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || showsData(w))
            continue;
        const QString id = QStringLiteral("%1@%2 ").arg(name(w)).arg(quintptr(w), 0, 16);
        if (auto *label = qobject_cast<QLabel *>(w)) {
            QString text = label->text();
            if (Qt::mightBeRichText(text)) {
                QTextDocument doc;
                doc.setHtml(text);
                text = doc.toPlainText();
            }
            out.insert(id + QStringLiteral("label"), text);
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            out.insert(id + QStringLiteral("text"), plain(button->text()));
            out.insert(id + QStringLiteral("tooltip"), button->toolTip());
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            if (combo->isEditable())
                continue;
            for (int i = 0; i < combo->count(); ++i)
                out.insert(id + QStringLiteral("item %1").arg(i), combo->itemText(i));
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            out.insert(id + QStringLiteral("placeholder"), edit->placeholderText());
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            out.insert(id + QStringLiteral("title"), box->title());
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                out.insert(id + QStringLiteral("tab %1").arg(i), plain(tabs->tabText(i)));
        } else if (auto *header = qobject_cast<QHeaderView *>(w)) {
            if (!header->model() || header->orientation() != Qt::Horizontal)
                continue;
            for (int s = 0; s < header->count(); ++s) {
                if (!header->isSectionHidden(s))
                    out.insert(id + QStringLiteral("header %1").arg(s),
                               header->model()->headerData(s, Qt::Horizontal).toString());
            }
        }
    }
    for (auto it = out.begin(); it != out.end();) {
        if (it.value().trimmed().isEmpty())
            it = out.erase(it);
        else
            ++it;
    }
    return out;
}
