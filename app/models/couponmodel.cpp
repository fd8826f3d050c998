#include "models/couponmodel.h"

#include "core/money.h"
#include "core/statuslabels.h"
#include "core/statustones.h"

void CouponModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    endResetModel();
}

void CouponModel::append(const QList<IssuedCoupon> &coupons)
{
    if (coupons.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows(QModelIndex(), first, first + int(coupons.size()) - 1);
    for (const IssuedCoupon &c : coupons) {
        m_index.insert(c.couponId, int(m_rows.size()));
        m_rows.append(c);
    }
    endInsertRows();
}

void CouponModel::markReclaimed(const QString &couponId)
{
    const int row = m_index.value(couponId, -1);
    if (row < 0)
        return;
    m_rows[row].status = 5;
    m_rows[row].balance = Decimal::fromMantissa(0, 2);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

Masking::Kind CouponModel::maskKind(int column) const
{
    return column == CustomerName ? Masking::kindOfField(u"customer_name") : Masking::Kind::None;
}

int CouponModel::tone(int row, int column) const
{
    return column == Status ? StatusTones::couponStatus(m_rows.at(row).status) : StatusTones::None;
}

QVariant CouponModel::rawValue(int row, int column) const
{
    const IssuedCoupon &c = m_rows.at(row);
    switch (column) {
    case CouponId:
        return c.couponId;
    case CustomerName:
        return m_names ? m_names(c.customerId) : QString();
    case CustomerId:
        return c.customerId;
    case Type:
        return c.couponType == 4 ? tr("Cash coupon") : tr("Voucher");
    case FaceValue:
        return Money(c.faceValue, m_currency).format(m_locale);
    case Balance:
        return Money(c.balance, m_currency).format(m_locale);
    case Status:
        return StatusLabels::couponStatus(c.status);
    case Issued:
        return m_locale.toString(c.createTime.toLocalTime(), QLocale::ShortFormat);
    case Expires:
        return m_locale.toString(c.expireTime.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant CouponModel::sortValue(int row, int column) const
{
    // Amounts sort as exact cents, the status by its code; the rest as the file gets it.
    const IssuedCoupon &c = m_rows.at(row);
    if (column == FaceValue || column == Balance)
        return qint64((column == FaceValue ? c.faceValue : c.balance).withScale(2).mantissa());
    if (column == Status)
        return c.status;
    return exportValue(row, column);
}

QVariant CouponModel::exportValue(int row, int column) const
{
    const IssuedCoupon &c = m_rows.at(row);
    switch (column) {
    case FaceValue:
        return c.faceValue.withScale(2).toString();
    case Balance:
        return c.balance.withScale(2).toString();
    case Issued:
        return c.createTime;
    case Expires:
        return c.expireTime;
    default:
        return rawValue(row, column);
    }
}

QString CouponModel::columnTitle(int column) const
{
    switch (column) {
    case CouponId:
        return tr("Coupon ID");
    case CustomerName:
        return tr("Customer name");
    case CustomerId:
        return tr("Customer ID");
    case Type:
        return tr("Type");
    case FaceValue:
        return tr("Face value");
    case Balance:
        return tr("Balance");
    case Status:
        return tr("Status");
    case Issued:
        return tr("Issued");
    case Expires:
        return tr("Expires");
    default:
        return {};
    }
}

bool CouponModel::isNumeric(int column) const
{
    return column == FaceValue || column == Balance;
}
