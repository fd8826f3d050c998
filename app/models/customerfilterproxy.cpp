// CustomerFilterProxy: the model interface and the answers to the model's change signals. The
// filter and the sort themselves are in customerfilterproxyorder.cpp.
#include "models/customerfilterproxy.h"

#include "models/customermodel.h"

#include <algorithm>

CustomerFilterProxy::CustomerFilterProxy(QObject *parent) : QAbstractProxyModel(parent) {}

void CustomerFilterProxy::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_model = qobject_cast<const CustomerModel *>(source);
    Q_ASSERT(m_model || !source);
    QAbstractProxyModel::setSourceModel(source);
    if (m_model) {
        connect(source, &QAbstractItemModel::modelAboutToBeReset, this,
                &CustomerFilterProxy::beginResetModel);
        connect(source, &QAbstractItemModel::modelReset, this, &CustomerFilterProxy::onReset);
        connect(source, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
        connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this](const QModelIndex &, int first, int last) {
                    onRowsAboutToBeRemoved(first, last);
                });
        connect(source, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &, int first, int last) { onRowsRemoved(first, last); });
        connect(source, &QAbstractItemModel::dataChanged, this,
                &CustomerFilterProxy::onDataChanged);
        connect(source, &QAbstractItemModel::headerDataChanged, this,
                &CustomerFilterProxy::headerDataChanged);
    }
    m_accept.clear();
    m_order.clear();
    m_rows.clear();
    m_proxyOfStale = true;
    if (m_model) {
        buildOrder();
        computeAccept(nullptr);
        rebuildRows();
    }
    endResetModel();
}

QModelIndex CustomerFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 ||
        column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex CustomerFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

int CustomerFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

bool CustomerFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.isEmpty();
}

QModelIndex CustomerFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.row() >= m_rows.size())
        return {};
    return m_model->index(m_rows.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex CustomerFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_model || !sourceIndex.isValid())
        return {};
    const int row = proxyRowOf(sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QVariant CustomerFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_model)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_rows.size()
                   ? m_model->headerData(m_rows.at(section), orientation, role)
                   : QVariant();
    return m_model->headerData(section, orientation, role);
}

int CustomerFilterProxy::proxyRowOf(int sourceRow) const
{
    if (sourceRow < 0 || sourceRow >= m_accept.size() || !m_accept.at(sourceRow))
        return -1;
    if (m_sortColumn < 0) { // shown in model order: a binary search is enough
        const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), sourceRow);
        return it != m_rows.cend() && *it == sourceRow ? int(it - m_rows.cbegin()) : -1;
    }
    if (m_proxyOfStale) {
        m_proxyOf = QList<int>(m_accept.size(), -1);
        for (int i = 0; i < m_rows.size(); ++i)
            m_proxyOf[m_rows.at(i)] = i;
        m_proxyOfStale = false;
    }
    return m_proxyOf.value(sourceRow, -1);
}

void CustomerFilterProxy::relayout(bool refilter, bool resort, const QList<int> *candidates)
{
    emit layoutAboutToBeChanged({}, resort && !refilter ? VerticalSortHint : NoLayoutChangeHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex &i : before)
        sourceRows.append(m_rows.value(i.row(), -1));
    if (resort)
        buildOrder();
    if (refilter)
        computeAccept(candidates);
    rebuildRows();
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i) {
        const int row = proxyRowOf(sourceRows.at(i));
        after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, resort && !refilter ? VerticalSortHint : NoLayoutChangeHint);
}

void CustomerFilterProxy::onReset()
{
    m_accept.clear();
    m_order.clear();
    buildOrder();
    computeAccept(nullptr);
    rebuildRows();
    endResetModel();
}

void CustomerFilterProxy::onRowsInserted(int first, int last)
{
    const int count = last - first + 1;
    const int total = m_model->rowCount();
    if (first != total - count) { // not an append: renumber, then place everything again
        for (QList<int> *list : {&m_order, &m_rows}) {
            for (int &row : *list)
                row += row >= first ? count : 0;
        }
        m_accept.insert(first, count, 0);
        relayout(true, true);
        return;
    }
    m_accept.resize(total);
    m_proxyOfStale = true;
    if (m_sortColumn >= 0 && count > 512) { // a big batch: one re-sort beats many insertions
        for (int r = first; r <= last; ++r)
            m_accept[r] = accepts(r) ? 1 : 0;
        relayout(false, true);
        return;
    }
    if (m_sortColumn < 0) { // model order: the new rows go to the end
        QList<int> shown;
        for (int r = first; r <= last; ++r) {
            m_accept[r] = accepts(r) ? 1 : 0;
            if (m_accept.at(r))
                shown.append(r);
        }
        if (shown.isEmpty())
            return;
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + shown.size()) - 1);
        m_rows.append(shown);
        endInsertRows();
        return;
    }
    for (int r = first; r <= last; ++r) {
        m_accept[r] = accepts(r) ? 1 : 0;
        m_tie.append(m_nextTie++); // after the rows it ties with
        m_order.insert(insertPosition(m_order, r), r);
        if (!m_accept.at(r))
            continue;
        const int at = insertPosition(m_rows, r);
        beginInsertRows(QModelIndex(), at, at);
        m_rows.insert(at, r);
        m_proxyOfStale = true;
        endInsertRows();
    }
}

void CustomerFilterProxy::onRowsAboutToBeRemoved(int, int)
{
    emit layoutAboutToBeChanged();
    m_removalPersistent = persistentIndexList();
    m_removalSourceRows.clear();
    for (const QModelIndex &i : std::as_const(m_removalPersistent))
        m_removalSourceRows.append(m_rows.value(i.row(), -1));
}

void CustomerFilterProxy::onRowsRemoved(int first, int last)
{
    // Removing rows keeps the others' relative order: renumber, no re-sort.
    const int count = last - first + 1;
    auto renumber = [first, last, count](int row) {
        return row < first ? row : (row <= last ? -1 : row - count);
    };
    for (QList<int> *list : {&m_order, &m_rows}) {
        QList<int> kept;
        kept.reserve(list->size());
        for (int row : std::as_const(*list)) {
            if (const int r = renumber(row); r >= 0)
                kept.append(r);
        }
        *list = std::move(kept);
    }
    m_accept.remove(first, count);
    if (m_tie.size() > last)
        m_tie.remove(first, count);
    m_proxyOfStale = true;
    QModelIndexList after;
    for (int i = 0; i < m_removalPersistent.size(); ++i) {
        const int source = m_removalSourceRows.at(i);
        const int row = source < 0 ? -1 : proxyRowOf(renumber(source));
        after.append(row < 0 ? QModelIndex() : index(row, m_removalPersistent.at(i).column()));
    }
    changePersistentIndexList(m_removalPersistent, after);
    m_removalPersistent.clear();
    m_removalSourceRows.clear();
    emit layoutChanged();
}

void CustomerFilterProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                        const QList<int> &roles)
{
    const int first = topLeft.row(), last = bottomRight.row();
    const int c1 = topLeft.column(), c2 = bottomRight.column();
    auto touches = [c1, c2](int column) { return column >= c1 && column <= c2; };
    // Reveal and hide change what is shown, never the raw values filters and sorts look at.
    const bool rawChanged = roles.isEmpty() || roles.contains(MaskedTableModel::SortRole);
    const bool keyChanged = rawChanged && m_sortColumn >= 0 && touches(m_sortColumn);
    const bool filterChanged = rawChanged && m_criteria.active() &&
                               (c1 <= CustomerModel::Label ||
                                (m_criteria.below.isValid() && touches(CustomerModel::Balance)));
    if (keyChanged || filterChanged) {
        if (last - first + 1 > 256) {
            relayout(filterChanged, keyChanged);
        } else {
            for (int r = first; r <= last; ++r)
                updateRow(r, keyChanged);
        }
    }
    if (m_rows.isEmpty())
        return;
    if (last - first + 1 > 256) {
        emit dataChanged(index(0, c1), index(int(m_rows.size()) - 1, c2), roles);
        return;
    }
    for (int r = first; r <= last; ++r) {
        if (const int row = proxyRowOf(r); row >= 0)
            emit dataChanged(index(row, c1), index(row, c2), roles);
    }
}

void CustomerFilterProxy::updateRow(int sourceRow, bool keyChanged)
{
    const bool was = m_accept.at(sourceRow);
    const bool now = accepts(sourceRow);
    m_accept[sourceRow] = now ? 1 : 0;
    int shownAt =
        was ? int(std::find(m_rows.cbegin(), m_rows.cend(), sourceRow) - m_rows.cbegin()) : -1;
    if (keyChanged) {
        m_order.removeOne(sourceRow);
        m_order.insert(insertPosition(m_order, sourceRow), sourceRow);
        // Still in order where it is? Then it stays (and keeps its selection).
        const bool inPlace =
            was && now && (shownAt == 0 || lessRow(m_rows.at(shownAt - 1), sourceRow)) &&
            (shownAt + 1 == m_rows.size() || lessRow(sourceRow, m_rows.at(shownAt + 1)));
        if (inPlace)
            return;
    } else if (was == now) {
        return;
    }
    if (was) {
        beginRemoveRows(QModelIndex(), shownAt, shownAt);
        m_rows.remove(shownAt);
        m_proxyOfStale = true;
        endRemoveRows();
    }
    if (now) {
        const int at = insertPosition(m_rows, sourceRow);
        beginInsertRows(QModelIndex(), at, at);
        m_rows.insert(at, sourceRow);
        m_proxyOfStale = true;
        endInsertRows();
    }
}
