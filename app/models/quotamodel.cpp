#include "models/quotamodel.h"

#include "core/money.h"
#include "core/statuslabels.h"
#include "core/statustones.h"

#include <QJsonArray>

void QuotaModel::setQuotas(const QList<Quota> &quotas)
{
    beginResetModel();
    m_rows = quotas;
    endResetModel();
}

Masking::Kind QuotaModel::maskKind(int column) const
{
    return column == Reseller ? Masking::kindOfField(u"indirect_partner_name")
                              : Masking::Kind::None;
}

int QuotaModel::tone(int row, int column) const
{
    return column == Status ? StatusTones::quotaStatus(m_rows.at(row).status) : StatusTones::None;
}

QVariant QuotaModel::rawValue(int row, int column) const
{
    const Quota &q = m_rows.at(row);
    switch (column) {
    case QuotaId:
        return q.quotaId;
    case Type:
        return q.type == 1 ? tr("Cash coupon") : tr("Voucher");
    case Value:
        return Money(q.value, m_currency).format(m_locale);
    case Balance:
        return Money(q.balance, m_currency).format(m_locale);
    case Status:
        return StatusLabels::quotaStatus(q.status);
    case Effective:
        return m_locale.toString(q.effective.toLocalTime(), QLocale::ShortFormat);
    case Expires:
        return m_locale.toString(q.expires.toLocalTime(), QLocale::ShortFormat);
    case Limits:
        return q.services.isEmpty() ? tr("Any product") : q.services.join(QStringLiteral(", "));
    case Reseller:
        return q.resellerName;
    default:
        return {};
    }
}

QVariant QuotaModel::sortValue(int row, int column) const
{
    // Amounts sort as exact cents; everything else as the file gets it.
    const Quota &q = m_rows.at(row);
    if (column == Value || column == Balance)
        return qint64((column == Value ? q.value : q.balance).withScale(2).mantissa());
    return exportValue(row, column);
}

QVariant QuotaModel::exportValue(int row, int column) const
{
    const Quota &q = m_rows.at(row);
    switch (column) {
    case Value:
        return q.value.withScale(2).toString();
    case Balance:
        return q.balance.withScale(2).toString();
    case Effective:
        return q.effective;
    case Expires:
        return q.expires;
    default:
        return rawValue(row, column);
    }
}

QString QuotaModel::columnTitle(int column) const
{
    switch (column) {
    case QuotaId:
        return tr("Quota ID");
    case Type:
        return tr("Type");
    case Value:
        return tr("Quota");
    case Balance:
        return tr("Remaining");
    case Status:
        return tr("Status");
    case Effective:
        return tr("Effective");
    case Expires:
        return tr("Expires");
    case Limits:
        return tr("Products");
    case Reseller:
        return tr("Reseller");
    default:
        return {};
    }
}
