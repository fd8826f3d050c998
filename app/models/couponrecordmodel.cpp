#include "models/couponrecordmodel.h"

#include "core/money.h"
#include "core/statuslabels.h"

void CouponRecordModel::setRecords(const QJsonArray &records)
{
    beginResetModel();
    m_rows.clear();
    for (const QJsonValue &v : records) {
        Record r;
        r.time = QDateTime::fromString(v[QLatin1String("operation_time")].toString(), Qt::ISODate);
        r.operation = v[QLatin1String("operation_type")].toString().toInt();
        r.quotaId = v[QLatin1String("quota_id")].toString();
        r.couponId = v[QLatin1String("coupon_id")].toString();
        r.customerId = v[QLatin1String("customer_id")].toString();
        r.amount = Decimal::fromJson(v[QLatin1String("operation_amount")]).value_or(Decimal());
        r.ok = v[QLatin1String("result")].toString() != u"-1";
        m_rows.append(r);
    }
    endResetModel();
}

Masking::Kind CouponRecordModel::maskKind(int column) const
{
    return column == CustomerName ? Masking::kindOfField(u"customer_name") : Masking::Kind::None;
}

QVariant CouponRecordModel::rawValue(int row, int column) const
{
    const Record &r = m_rows.at(row);
    switch (column) {
    case Time:
        return m_locale.toString(r.time.toLocalTime(), QLocale::ShortFormat);
    case Operation:
        return StatusLabels::couponOperation(r.operation);
    case QuotaId:
        return r.quotaId;
    case CouponId:
        return r.couponId;
    case CustomerName:
        return m_names ? m_names(r.customerId) : QString();
    case CustomerId:
        return r.customerId;
    case Amount:
        return Money(r.amount, m_currency).format(m_locale);
    case Result:
        return r.ok ? tr("Succeeded") : tr("Failed");
    default:
        return {};
    }
}

QVariant CouponRecordModel::sortValue(int row, int column) const
{
    const Record &r = m_rows.at(row);
    if (column == Time)
        return r.time;
    if (column == Amount)
        return qint64(r.amount.withScale(2).mantissa());
    return rawValue(row, column);
}

QVariant CouponRecordModel::exportValue(int row, int column) const
{
    const Record &r = m_rows.at(row);
    if (column == Time)
        return r.time;
    if (column == Amount)
        return r.amount.withScale(2).toString();
    return rawValue(row, column);
}

QString CouponRecordModel::columnTitle(int column) const
{
    switch (column) {
    case Time:
        return tr("Time");
    case Operation:
        return tr("Operation");
    case QuotaId:
        return tr("Quota ID");
    case CouponId:
        return tr("Coupon ID");
    case CustomerName:
        return tr("Customer name");
    case CustomerId:
        return tr("Customer ID");
    case Amount:
        return tr("Amount");
    case Result:
        return tr("Result");
    default:
        return {};
    }
}
