#pragma once

#include "core/decimal.h"

#include <QAbstractProxyModel>
#include <QCollator>
#include <QDateTime>

#include <cstdint>

class CustomerModel;
class CustomerColumns;

// Sorting and filtering of the customer table, built for a million rows. It works on the
// CustomerModel's column store directly instead of asking data() cell by cell:
// - a search is one memmem() pass over the case-folded search arena (two threads on large lists);
//   a keystroke that narrows the previous search only re-checks the rows still shown;
// - sorting orders row numbers by precomputed keys: collation ranks for text columns, cents for
//   amounts, milliseconds for dates; ties keep the model's order, as a stable sort would;
// - rows that arrive or change one by one are placed with a binary search, as
//   QSortFilterProxyModel does, and selections survive every re-filter and re-sort.
// Filters and sorts on raw values (a search for a masked name still finds it) while every cell
// keeps the model's masking, since data() is the model's.
class CustomerFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit CustomerFilterProxy(QObject *parent = nullptr);

    // Must be a CustomerModel.
    void setSourceModel(QAbstractItemModel *source) override;

    void setSearch(const QString &text);       // name, account, id, tag or account manager
    void setAssociationType(const QString &t); // "", "1" or "2"
    void setAccountManager(const QString &name);
    void setLabel(const QString &label);
    // Association time range, inclusive; an invalid end is open.
    void setAssociatedRange(const QDateTime &from, const QDateTime &to);
    // Only customers whose known balance is below `limit` (an invalid Decimal: no limit).
    // Customers without a balance (referral sales) are left out while the limit is on.
    void setBalanceBelow(const Decimal &limit);

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // The model rows shown, in display order.
    const QList<int> &sourceRows() const { return m_rows; }

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Criteria
    {
        QByteArray search;  // folded
        int anchor = 0;     // the byte of search looked for first
        QByteArray manager; // folded
        QByteArray label;   // as typed (tags match case-sensitively)
        QByteArray type;
        std::int64_t from = INT64_MIN;
        std::int64_t to = INT64_MAX;
        Decimal below = Decimal::invalid();
        bool active() const;
        // True when every row this accepts was accepted by `before` too.
        bool narrows(const Criteria &before) const;
    };
    const CustomerColumns &columns() const;
    bool accepts(int row) const;
    bool acceptsBesidesSearch(int row) const;
    void setCriteria(const Criteria &next);
    // Fills m_accept for all rows, or only for `candidates` (others rejected).
    void computeAccept(const QList<int> *candidates);
    void scanSearch(int first, int last);
    void buildOrder();
    void rebuildRows();
    int proxyRowOf(int sourceRow) const;
    // Position at which `sourceRow` belongs in `list` (ordered by the current sort).
    int insertPosition(const QList<int> &list, int sourceRow) const;
    bool lessRow(int a, int b) const;
    int compareKeys(int a, int b) const;
    // The sort key of a date or amount column: milliseconds or cents.
    std::int64_t numberKey(int row) const;
    QString associationText(int row) const;
    // A re-filter or re-sort of everything, as one layout change that keeps persistent indexes.
    void relayout(bool refilter, bool resort, const QList<int> *candidates = nullptr);

    void onRowsInserted(int first, int last);
    void onRowsAboutToBeRemoved(int first, int last);
    void onRowsRemoved(int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);
    void onReset();
    void updateRow(int sourceRow, bool keyChanged);

    const CustomerModel *m_model = nullptr;
    Criteria m_criteria;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QCollator m_collator;
    QList<std::uint8_t> m_accept; // per model row
    QList<int> m_order;           // all model rows in sort order (empty while unsorted)
    QList<int> m_rows;            // shown model rows in display order
    QList<int> m_tie;             // per model row, while sorted: the order ties keep
    int m_nextTie = 0;
    mutable QList<int> m_proxyOf; // model row -> shown row or -1; rebuilt when stale
    mutable bool m_proxyOfStale = true;
    // Between rowsAboutToBeRemoved and rowsRemoved: the persistent indexes' model rows.
    QModelIndexList m_removalPersistent;
    QList<int> m_removalSourceRows;
};
