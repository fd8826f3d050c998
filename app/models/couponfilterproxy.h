#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>

// Filters of the issued-coupon table, on raw values: status, a customer (id or name), and an
// expiry window.
class CouponFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CouponFilterProxy(QObject *parent = nullptr);
    void setStatus(int status); // 0: any
    void setCustomer(const QString &text);
    void setExpiryWindow(const QDateTime &from, const QDateTime &to); // invalid: open

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_status = 0;
    QString m_customer;
    QDateTime m_from;
    QDateTime m_to;
};
