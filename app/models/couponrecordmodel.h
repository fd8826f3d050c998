#pragma once

#include "core/decimal.h"
#include "models/maskedtablemodel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

#include <functional>

// 操作记录: the coupon issue/reclaim log (ListPartnerCouponsRecord), newest first, with the
// customer's name (masked) from the page's lookup.
class CouponRecordModel : public MaskedTableModel
{
    Q_OBJECT
public:
    enum Column {
        Time,
        Operation,
        QuotaId,
        CouponId,
        CustomerName,
        CustomerId,
        Amount,
        Result,
        ColumnCount
    };
    using NameLookup = std::function<QString(const QString &customerId)>;

    explicit CouponRecordModel(QObject *parent = nullptr) : MaskedTableModel(parent) {}
    void setNameLookup(NameLookup lookup) { m_names = std::move(lookup); }
    void setRecords(const QJsonArray &records);

protected:
    int countRows() const override { return int(m_rows.size()); }
    int countColumns() const override { return ColumnCount; }
    Masking::Kind maskKind(int column) const override;
    QVariant rawValue(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    QVariant exportValue(int row, int column) const override;
    QString columnTitle(int column) const override;
    bool isNumeric(int column) const override { return column == Amount; }

private:
    struct Record
    {
        QDateTime time;
        int operation = 0;
        QString quotaId, couponId, customerId;
        Decimal amount;
        bool ok = true;
    };
    QList<Record> m_rows;
    NameLookup m_names;
};
