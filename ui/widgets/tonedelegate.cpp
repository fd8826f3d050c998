#include "widgets/tonedelegate.h"

#include "models/maskedtablemodel.h"
#include "widgets/contrastcolors.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace {

bool isAmount(const QModelIndex &index)
{
    return index.data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight;
}

} // namespace

void ToneDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    const int tone = index.data(MaskedTableModel::ToneRole).toInt();
    if (!tone) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (isAmount(index)) {
        opt.palette.setColor(QPalette::Text, ContrastColors::toneText(tone, opt.palette));
        const QWidget *w = opt.widget;
        (w ? w->style() : QApplication::style())
            ->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w);
        return;
    }
    // The cell's background and selection as usual, then the chip instead of the text.
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *w = opt.widget;
    QStyle *style = w ? w->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w);
    const ContrastColors::Chip chip = ContrastColors::chip(tone, opt.palette);
    const QFontMetrics fm(opt.font);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, w) + 1;
    const QRect cell = opt.rect.adjusted(margin, 2, -margin, -2);
    // Whole pixels round the text's width down; elidedText measures it exactly: one pixel more.
    const int width = qMin(cell.width(), fm.horizontalAdvance(text) + 2 * kPadding + 1);
    const int height = qMin(cell.height(), fm.height() + 2);
    const QRect box(cell.x(), cell.y() + (cell.height() - height) / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(chip.background);
    painter->drawRoundedRect(QRectF(box), height / 2.0, height / 2.0);
    painter->setPen(chip.text);
    painter->setFont(opt.font);
    painter->drawText(box.adjusted(kPadding, 0, -kPadding, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      fm.elidedText(text, Qt::ElideRight, box.width() - 2 * kPadding));
    painter->restore();
}

QSize ToneDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(MaskedTableModel::ToneRole).toInt() && !isAmount(index))
        size.rwidth() += 2 * kPadding + 1;
    return size;
}
