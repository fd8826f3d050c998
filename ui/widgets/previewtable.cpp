#include "widgets/previewtable.h"

#include <QHeaderView>

PreviewTable::PreviewTable(int rows, const QStringList &headers, QWidget *parent)
    : QTableWidget(rows, int(headers.size()), parent)
{
    setHorizontalHeaderLabels(headers);
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
}

void PreviewTable::setCell(int row, int column, const QString &text, Align align)
{
    auto *item = new QTableWidgetItem(text);
    if (align == Align::Amount)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setItem(row, column, item);
}

int PreviewTable::appendRow(const QStringList &cells)
{
    const int r = rowCount();
    insertRow(r);
    for (int c = 0; c < cells.size(); ++c)
        setCell(r, c, cells.at(c));
    return r;
}
