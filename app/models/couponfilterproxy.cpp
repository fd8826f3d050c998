#include "models/couponfilterproxy.h"

#include "models/couponmodel.h"

CouponFilterProxy::CouponFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(MaskedTableModel::SortRole);
}

void CouponFilterProxy::setStatus(int status)
{
    m_status = status;
    invalidateFilter();
}

void CouponFilterProxy::setCustomer(const QString &text)
{
    m_customer = text.trimmed();
    invalidateFilter();
}

void CouponFilterProxy::setExpiryWindow(const QDateTime &from, const QDateTime &to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

bool CouponFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const CouponModel *>(sourceModel());
    if (!model)
        return true;
    const IssuedCoupon &c = model->coupon(sourceRow);
    if (m_status && c.status != m_status)
        return false;
    if ((m_from.isValid() && c.expireTime < m_from) || (m_to.isValid() && c.expireTime > m_to))
        return false;
    if (m_customer.isEmpty())
        return true;
    const QString name = model->index(sourceRow, CouponModel::CustomerName)
                             .data(MaskedTableModel::SortRole)
                             .toString();
    return c.customerId.contains(m_customer, Qt::CaseInsensitive) ||
           name.contains(m_customer, Qt::CaseInsensitive) ||
           c.couponId.contains(m_customer, Qt::CaseInsensitive);
}
