#include "widgets/datatableview.h"

#include "models/maskedtablemodel.h"
#include "widgets/maskedheaderview.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMimeData>
#include <QSortFilterProxyModel>

namespace {

QString cell(const QAbstractItemModel *m, int row, int column)
{
    QString s = m->data(m->index(row, column), Qt::DisplayRole).toString();
    s.replace(u'\t', u' ').replace(u'\n', u' ');
    return s;
}

} // namespace

DataTableView::DataTableView(QWidget *parent)
    : QTableView(parent), m_header(new MaskedHeaderView(this))
{
    setHorizontalHeader(m_header);
    setSortingEnabled(true);
    sortByColumn(-1, Qt::AscendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setDragEnabled(false); // drag would bypass the copy rules
    setWordWrap(false);
    verticalHeader()->setVisible(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // Fitting columns measures the visible rows and at most 100 more (Qt's default is 1,000, a
    // visible stall on a table of thousands of rows).
    m_header->setResizeContentsPrecision(100);
}

QList<int> DataTableView::visibleColumns() const
{
    QList<int> columns;
    for (int v = 0; v < horizontalHeader()->count(); ++v) {
        const int logical = horizontalHeader()->logicalIndex(v);
        if (!isColumnHidden(logical))
            columns.append(logical);
    }
    return columns;
}

QString DataTableView::selectionText() const
{
    const QAbstractItemModel *m = model();
    if (!m)
        return {};
    QList<int> rows;
    for (const QModelIndex &i : selectionModel()->selectedRows())
        rows.append(i.row());
    if (rows.isEmpty() && currentIndex().isValid())
        rows.append(currentIndex().row());
    std::sort(rows.begin(), rows.end());
    const QList<int> columns = visibleColumns();
    QStringList lines;
    QStringList head;
    for (int c : columns)
        head.append(m->headerData(c, Qt::Horizontal).toString());
    lines.append(head.join(u'\t'));
    for (int r : std::as_const(rows)) {
        QStringList line;
        for (int c : columns)
            line.append(cell(m, r, c));
        lines.append(line.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

void DataTableView::copySelection() const
{
    QApplication::clipboard()->setText(selectionText());
}

void DataTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

QSortFilterProxyModel *DataTableView::setSortableModel(QAbstractItemModel *model)
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(MaskedTableModel::SortRole);
    setModel(proxy);
    return proxy;
}
