#include "widgets/accessiblenames.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>

namespace {

const char kDerived[] = "pc_a11y_derived";

bool isControl(QWidget *w)
{
    if (qobject_cast<QLineEdit *>(w))
        return !qobject_cast<QAbstractSpinBox *>(w->parentWidget()) &&
               !qobject_cast<QComboBox *>(w->parentWidget());
    return qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) ||
           qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w);
}

QString clean(QString text)
{
    text.remove(u'&');
    text = text.trimmed();
    while (text.endsWith(u':') || text.endsWith(u'：'))
        text.chop(1);
    return text.trimmed();
}

// The QLabel right before `w` in the layout that holds it (a "label, field" row).
QLabel *labelBefore(QWidget *w)
{
    QWidget *parent = w->parentWidget();
    if (!parent || !parent->layout())
        return nullptr;
    QList<QLayout *> layouts{parent->layout()};
    while (!layouts.isEmpty()) {
        QLayout *layout = layouts.takeFirst();
        for (int i = 0; i < layout->count(); ++i) {
            QLayoutItem *item = layout->itemAt(i);
            if (item->layout())
                layouts.append(item->layout());
            if (item->widget() != w || i == 0)
                continue;
            auto *label = qobject_cast<QLabel *>(layout->itemAt(i - 1)->widget());
            return label && !label->text().isEmpty() && !label->buddy() ? label : nullptr;
        }
    }
    return nullptr;
}

// The column header of a widget placed in a table cell (setCellWidget / setIndexWidget).
QString cellHeader(QWidget *w)
{
    QWidget *viewport = w->parentWidget();
    auto *view = viewport ? qobject_cast<QTableView *>(viewport->parentWidget()) : nullptr;
    if (!view || view->viewport() != viewport || !view->model())
        return {};
    const QModelIndex index = view->indexAt(w->geometry().center());
    return index.isValid()
               ? clean(view->model()->headerData(index.column(), Qt::Horizontal).toString())
               : QString();
}

// What the part of the window holding `w` is called: a group box's title or a tab's label.
QString context(QWidget *w, QWidget *root)
{
    for (QWidget *child = w, *p = w->parentWidget(); p && child != root;
         child = p, p = p->parentWidget()) {
        if (auto *box = qobject_cast<QGroupBox *>(p); box && !box->title().isEmpty())
            return clean(box->title());
        if (auto *stack = qobject_cast<QStackedWidget *>(p)) {
            if (auto *tabs = qobject_cast<QTabWidget *>(stack->parentWidget())) {
                const int i = tabs->indexOf(child);
                if (i >= 0 && !tabs->tabText(i).isEmpty())
                    return clean(tabs->tabText(i));
            }
        }
    }
    return {};
}

QString buttonText(QWidget *w)
{
    auto *b = qobject_cast<QAbstractButton *>(w);
    return b ? clean(b->text()) : QString();
}

} // namespace

AccessibleNames::AccessibleNames(QWidget *root) : QObject(root), m_root(root)
{
    root->installEventFilter(this);
}

void AccessibleNames::watch(QWidget *root)
{
    new AccessibleNames(root);
    derive(root);
}

bool AccessibleNames::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_root &&
        (event->type() == QEvent::LanguageChange || event->type() == QEvent::Show)) {
        // Queued: after the widget's own retranslation has set the new texts.
        QMetaObject::invokeMethod(
            this, [this] { derive(m_root); }, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void AccessibleNames::derive(QWidget *root)
{
    QHash<QWidget *, QString> fromBuddies;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy())
            fromBuddies.insert(label->buddy(), clean(label->text()));
    }
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!isControl(w))
            continue;
        if (!w->accessibleName().isEmpty() && !w->property(kDerived).toBool())
            continue; // named by the page
        if (!buttonText(w).isEmpty())
            continue; // a button says its text
        QString name = fromBuddies.value(w);
        if (name.isEmpty())
            name = cellHeader(w);
        if (name.isEmpty()) {
            if (QLabel *label = labelBefore(w))
                name = clean(label->text());
        }
        if (name.isEmpty()) {
            if (auto *edit = qobject_cast<QLineEdit *>(w))
                name = edit->placeholderText();
        }
        if (name.isEmpty())
            name = w->toolTip();
        if (name.isEmpty() && qobject_cast<QAbstractItemView *>(w))
            name = context(w, root);
        if (name.isEmpty())
            continue;
        w->setAccessibleName(name);
        w->setProperty(kDerived, true);
    }
}
