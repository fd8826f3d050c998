#include "models/customerfilterproxy.h"

#include "models/customermodel.h"

CustomerFilterProxy::CustomerFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(MaskedTableModel::SortRole);
    setSortLocaleAware(true);
}

void CustomerFilterProxy::setSearch(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void CustomerFilterProxy::setAssociationType(const QString &t)
{
    m_type = t;
    invalidateFilter();
}

void CustomerFilterProxy::setAccountManager(const QString &name)
{
    m_manager = name.trimmed();
    invalidateFilter();
}

void CustomerFilterProxy::setLabel(const QString &label)
{
    m_label = label.trimmed();
    invalidateFilter();
}

void CustomerFilterProxy::setAssociatedRange(const QDateTime &from, const QDateTime &to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void CustomerFilterProxy::setBalanceBelow(const Decimal &limit)
{
    m_below = limit;
    invalidateFilter();
}

bool CustomerFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const CustomerModel *>(sourceModel());
    if (!model)
        return true;
    const Customer &c = model->customer(sourceRow);
    if (!m_type.isEmpty() && c.associationType != m_type)
        return false;
    if (!m_manager.isEmpty() && !c.accountManager.contains(m_manager, Qt::CaseInsensitive))
        return false;
    if (!m_label.isEmpty() && !c.label.contains(m_label)) // tags: fuzzy, case-sensitive
        return false;
    if ((m_from.isValid() && c.associatedOn < m_from) || (m_to.isValid() && c.associatedOn > m_to))
        return false;
    if (m_below.isValid()) {
        const Decimal balance = model->balance(sourceRow);
        if (!balance.isValid() || !(balance < m_below))
            return false;
    }
    if (m_search.isEmpty())
        return true;
    for (const QString *field :
         {&c.customerName, &c.accountName, &c.customerId, &c.label, &c.accountManager}) {
        if (field->contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
