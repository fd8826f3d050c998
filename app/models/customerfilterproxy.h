#pragma once

#include "core/decimal.h"

#include <QDateTime>
#include <QSortFilterProxyModel>

// Sorting and filtering of the customer table on raw values (MaskedTableModel::SortRole), so a
// search for a masked name still finds it while every visible cell stays masked.
class CustomerFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CustomerFilterProxy(QObject *parent = nullptr);

    void setSearch(const QString &text);       // name, account, id, tag or account manager
    void setAssociationType(const QString &t); // "", "1" or "2"
    void setAccountManager(const QString &name);
    void setLabel(const QString &label);
    // Association time range, inclusive; an invalid end is open.
    void setAssociatedRange(const QDateTime &from, const QDateTime &to);
    // Only customers whose known balance is below `limit` (an invalid Decimal: no limit).
    // Customers without a balance (referral sales) are left out while the limit is on.
    void setBalanceBelow(const Decimal &limit);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QString m_type;
    QString m_manager;
    QString m_label;
    QDateTime m_from;
    QDateTime m_to;
    Decimal m_below = Decimal::invalid();
};
