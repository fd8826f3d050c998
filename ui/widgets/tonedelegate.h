#pragma once

#include <QStyledItemDelegate>

// How every table draws a cell with a tone (MaskedTableModel::ToneRole): a status as a chip
// (a tinted rounded label with the status in words, never colour alone), an amount (a right-
// aligned number) in its sign's colour. Colours come from ContrastColors, at 4.5:1 or more on
// light, dark and high-contrast palettes. Cells without a tone are drawn as usual.
class ToneDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr int kPadding = 7; // the chip's text from its edges
};
