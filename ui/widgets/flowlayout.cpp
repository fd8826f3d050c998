#include "widgets/flowlayout.h"

#include <QLineEdit>
#include <QStyle>
#include <QWidget>

namespace {

// An item's width on a row: its size hint, and a text field at least as wide as its placeholder
// (which says what goes in it; QLineEdit's own hint is a fixed 17 characters).
QSize hintOf(const QLayoutItem *item)
{
    QSize hint = item->sizeHint();
    if (auto *edit = qobject_cast<const QLineEdit *>(item->widget());
        edit && !edit->placeholderText().isEmpty()) {
        int need = edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 8 +
                   2 * edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit);
        if (edit->isClearButtonEnabled())
            need += hint.height();
        hint.setWidth(qMax(hint.width(), need));
    }
    return hint;
}

// Whether an item takes a row's leftover width: a text field that expands (a search field);
// other expanding widgets (an amount, a progress bar) keep their size hint.
bool takesSpare(const QLayoutItem *item)
{
    return (item->expandingDirections() & Qt::Horizontal) &&
           qobject_cast<const QLineEdit *>(item->widget());
}

} // namespace

FlowLayout::FlowLayout(QWidget *parent) : QLayout(parent) {}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

void FlowLayout::addTogether(std::initializer_list<QWidget *> widgets)
{
    int n = 0;
    for (QWidget *w : widgets) {
        addWidget(w);
        if (++n < int(widgets.size()))
            m_glued.append(m_items.last());
    }
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    m_glued.removeAll(item);
    invalidate();
    return item;
}

int FlowLayout::gap(Qt::Orientation orientation) const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *w = parentWidget();
    if (!w)
        return 6;
    return w->style()->pixelMetric(orientation == Qt::Horizontal
                                       ? QStyle::PM_LayoutHorizontalSpacing
                                       : QStyle::PM_LayoutVerticalSpacing,
                                   nullptr, w);
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // The widest widget (or widgets kept together) alone on a row: each gets its size hint, a
    // narrower one would clip.
    QSize size;
    int unit = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = hintOf(item).expandedTo(item->minimumSize());
        unit += (unit > 0 ? gap(Qt::Horizontal) : 0) + hint.width();
        size = size.expandedTo(QSize(unit, hint.height()));
        if (!m_glued.contains(item))
            unit = 0;
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one row.
    int width = 0;
    int height = 0;
    int shown = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += hintOf(item).width();
        height = qMax(height, hintOf(item).height());
        ++shown;
    }
    width += qMax(0, shown - 1) * gap(Qt::Horizontal);
    const QMargins m = contentsMargins();
    return {width + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int hGap = gap(Qt::Horizontal);
    const int vGap = gap(Qt::Vertical);
    QList<QLayoutItem *> visible;
    for (QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            visible.append(item);
    }
    int y = area.y();
    int start = 0;
    while (start < visible.size()) {
        // The row: as many items as fit (at least one).
        int end = start;
        int used = 0;
        int height = 0;
        int expanding = 0;
        while (end < visible.size()) {
            // The next unit: an item and those glued after it.
            int unitEnd = end + 1;
            while (unitEnd < visible.size() && m_glued.contains(visible.at(unitEnd - 1)))
                ++unitEnd;
            int next = used;
            for (int i = end; i < unitEnd; ++i)
                next += (i > start ? hGap : 0) + hintOf(visible.at(i)).width();
            if (end > start && next > area.width())
                break;
            used = next;
            for (int i = end; i < unitEnd; ++i) {
                height = qMax(height, hintOf(visible.at(i)).height());
                if (takesSpare(visible.at(i)))
                    ++expanding;
            }
            end = unitEnd;
        }
        if (apply) {
            const int spare = qMax(0, area.width() - used);
            int x = area.x();
            int given = 0;
            for (int i = start; i < end; ++i) {
                QLayoutItem *item = visible.at(i);
                QSize hint = hintOf(item);
                if (expanding > 0 && takesSpare(item)) {
                    const int share = spare / expanding + (given < spare % expanding ? 1 : 0);
                    hint.rwidth() += share;
                    ++given;
                }
                const int h = (item->expandingDirections() & Qt::Vertical)
                                  ? height
                                  : qMin(hint.height(), height);
                item->setGeometry(QRect(x, y + (height - h) / 2, hint.width(), h));
                x += hint.width() + hGap;
            }
        }
        y += height + vGap;
        start = end;
    }
    if (!visible.isEmpty())
        y -= vGap;
    return y - area.y() + contentsMargins().top() + contentsMargins().bottom();
}
