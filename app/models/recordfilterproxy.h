#pragma once

#include "core/decimal.h"

#include <QSortFilterProxyModel>
#include <QStringList>

// Filtering and sorting of a RecordTableModel on raw values (so a search finds a masked name
// while every visible cell stays masked), with an optional "amount field below a limit" filter
// for the low-balance views the overview links to.
class RecordFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RecordFilterProxy(QObject *parent = nullptr);

    void setSearch(const QString &text);
    // Record fields that are not columns but are searched too (a bill's customers, say).
    void setSearchFields(const QStringList &fields) { m_searchFields = fields; }
    // Only records whose `field` is one of `values`; an empty list turns it off.
    void setFieldIn(const QString &field, const QStringList &values);
    // Only records whose decimal `field` is below `limit`; an invalid limit turns it off. Records
    // without a readable amount in that field are left out while the limit is on.
    void setBelow(const QString &field, const Decimal &limit);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QStringList m_searchFields;
    QString m_inField;
    QStringList m_inValues;
    QString m_field;
    Decimal m_limit = Decimal::invalid();
};
