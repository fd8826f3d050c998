#pragma once

#include "bss/types.h"
#include "core/decimal.h"
#include "models/maskedtablemodel.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

// 代金券额度: the partner's coupon quotas (ListQuotaCoupons), or the quotas issued to resellers
// (ListIssuedCouponQuotas, with the reseller's masked name).
class QuotaModel : public MaskedTableModel
{
    Q_OBJECT
public:
    using Quota = CouponQuota; // decoded by Responses::couponQuota
    enum Column {
        QuotaId,
        Type,
        Value,
        Balance,
        Status,
        Effective,
        Expires,
        Limits,
        Reseller,
        ColumnCount
    };

    explicit QuotaModel(QObject *parent = nullptr) : MaskedTableModel(parent) {}
    void setQuotas(const QList<Quota> &quotas);
    const Quota &quota(int row) const { return m_rows.at(row); }

protected:
    int countRows() const override { return int(m_rows.size()); }
    int countColumns() const override { return ColumnCount; }
    Masking::Kind maskKind(int column) const override;
    QVariant rawValue(int row, int column) const override;
    int tone(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    QVariant exportValue(int row, int column) const override;
    QString columnTitle(int column) const override;
    bool isNumeric(int column) const override { return column == Value || column == Balance; }

private:
    QList<Quota> m_rows;
};
