#pragma once

#include "bss/types.h"
#include "models/maskedtablemodel.h"

#include <QLocale>

#include <functional>

// 已发放代金券: the issued coupons. The customer's name (masked column) comes from a lookup the
// page provides (the customer list it already has); the id is always shown.
class CouponModel : public MaskedTableModel
{
    Q_OBJECT
public:
    enum Column {
        CouponId,
        CustomerName,
        CustomerId,
        Type,
        FaceValue,
        Balance,
        Status,
        Issued,
        Expires,
        ColumnCount
    };
    using NameLookup = std::function<QString(const QString &customerId)>;

    explicit CouponModel(QObject *parent = nullptr) : MaskedTableModel(parent) {}

    void setNameLookup(NameLookup lookup) { m_names = std::move(lookup); }
    void clear();
    void append(const QList<IssuedCoupon> &coupons);
    // After a reclaim: status 5, balance 0.
    void markReclaimed(const QString &couponId);
    const IssuedCoupon &coupon(int row) const { return m_rows.at(row); }

protected:
    int countRows() const override { return int(m_rows.size()); }
    int countColumns() const override { return ColumnCount; }
    Masking::Kind maskKind(int column) const override;
    QVariant rawValue(int row, int column) const override;
    int tone(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    QVariant exportValue(int row, int column) const override;
    QString columnTitle(int column) const override;
    bool isNumeric(int column) const override;

private:
    QList<IssuedCoupon> m_rows;
    QHash<QString, int> m_index;
    NameLookup m_names;
};
