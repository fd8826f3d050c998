#pragma once

#include <QPointer>
#include <QSet>
#include <QTableView>

class MaskedHeaderView;
class QAbstractButton;
class QAction;
class QSortFilterProxyModel;

// The table every page uses: the masked header with its eye buttons, sorting, whole-row
// selection, and copy of the selection as tab-separated text exactly as shown (masked cells
// stay masked: the text comes from Qt::DisplayRole, never from the raw values). Its columns fit
// their contents and titles by themselves: when the model is reset or its headers change (a
// language switch) they are fitted again, and new or changed rows only ever widen a column, so
// money and dates are never elided; the last column takes the rest of the width. A column the
// user has resized (or whose width was restored) keeps its width unless its contents need more.
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
    void setModel(QAbstractItemModel *model) override;
    // The widths are the user's (restored from a saved header state): fitting only widens them.
    void keepColumnWidths();
    // Fits every column now (normally done by itself after the model changes).
    void fitColumns();
    // The row's actions in the table's context menu (right-click, the Menu key, Shift+F10), as
    // the page's own button or menu item: same text, icon, enabled state; choosing one clicks
    // it. Copy and the eye of each masked column follow.
    void addRowAction(QAbstractButton *button);
    void addRowAction(QAction *action);
    // What an empty table says ("Loading…", "No coupons in this period"); when rows exist but
    // the filters hide them all, it says that instead.
    void setEmptyText(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // shrink: fit anew (else only widen); visibleOnly: measure the rows in view only (scrolling).
    void scheduleFit(bool shrink, bool visibleOnly = false);

    MaskedHeaderView *m_header;
    QList<QMetaObject::Connection> m_modelConnections;
    QSet<int> m_userSized;
    QList<QPointer<QObject>> m_rowActions; // QAbstractButton or QAction
    QString m_emptyText;
    bool m_fitPending = false;
    bool m_fitShrink = false;
    bool m_fitVisibleOnly = true;
    bool m_fitting = false;
};
