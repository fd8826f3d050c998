#include "models/recordfilterproxy.h"

#include "models/recordtablemodel.h"

RecordFilterProxy::RecordFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(MaskedTableModel::SortRole);
    setSortLocaleAware(true);
}

void RecordFilterProxy::setSearch(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void RecordFilterProxy::setBelow(const QString &field, const Decimal &limit)
{
    m_field = field;
    m_limit = limit;
    invalidateFilter();
}

void RecordFilterProxy::setFieldIn(const QString &field, const QStringList &values)
{
    m_inField = field;
    m_inValues = values;
    invalidateFilter();
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const RecordTableModel *>(sourceModel());
    if (!model)
        return true;
    if (m_limit.isValid()) {
        const auto amount = Decimal::fromJson(model->record(sourceRow).value(m_field));
        if (!amount || !amount->isValid() || !(*amount < m_limit))
            return false;
    }
    if (!m_inValues.isEmpty() &&
        !m_inValues.contains(model->record(sourceRow).value(m_inField).toVariant().toString()))
        return false;
    if (m_search.isEmpty())
        return true;
    for (int c = 0; c < model->columnCount(); ++c) {
        const QVariant raw =
            model->index(sourceRow, c, sourceParent).data(MaskedTableModel::SortRole);
        if (raw.toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    const QJsonObject record = model->record(sourceRow);
    for (const QString &field : m_searchFields) {
        if (record.value(field).toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
