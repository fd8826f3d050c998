#pragma once

#include <QTableView>

class MaskedHeaderView;
class QSortFilterProxyModel;

// The table every page uses: the masked header with its eye buttons, sorting, whole-row
// selection, and copy of the selection as tab-separated text exactly as shown (masked cells
// stay masked: the text comes from Qt::DisplayRole, never from the raw values).
class DataTableView : public QTableView
{
    Q_OBJECT
public:
    explicit DataTableView(QWidget *parent = nullptr);

    MaskedHeaderView *maskedHeader() const { return m_header; }
    // Shows `model` (a MaskedTableModel) through a sorting proxy that sorts on raw values
    // (MaskedTableModel::SortRole), so a masked column still sorts by the real name. Returns the
    // proxy, owned by the view.
    QSortFilterProxyModel *setSortableModel(QAbstractItemModel *model);
    // The selected rows (or the current cell) as TSV with a header line.
    QString selectionText() const;
    // The logical columns the user sees, in the order shown (for copy and export).
    QList<int> visibleColumns() const;
    void copySelection() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    MaskedHeaderView *m_header;
};
