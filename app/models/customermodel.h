#pragma once

#include "bss/types.h"
#include "models/maskedtablemodel.h"

#include <QHash>
#include <QLocale>

// The Customers table (客户管理): the sub-customers of one profile with the console's columns.
// Balances and this month's spend arrive separately (they come from other operations) and are
// merged by customer id.
class CustomerModel : public MaskedTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,            // 客户名称 (sensitive)
        Account,         // 账号名 (sensitive)
        CustomerId,      // 客户ID
        AssociationType, // 关联类型
        AssociatedOn,    // 关联时间
        AccountManager,  // 客户经理 (sensitive)
        Label,           // 标签
        Phone,           // 手机号码 (sensitive)
        Email,           // Email (sensitive)
        Balance,         // 账户余额 (cash)
        CouponBalance,   // 代金券余额 (usable coupons)
        Debt,            // 欠费金额
        MonthSpend,      // 本月消费
        ColumnCount
    };

    explicit CustomerModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;

    void setCurrency(const QString &currency);
    void setLocale(const QLocale &locale);
    void clear();
    void append(const QList<Customer> &customers);
    void setBalance(const QString &customerId, const Decimal &balance, const Decimal &debt);
    void setMonthSpend(const QString &customerId, const Decimal &amount);
    void setCouponBalance(const QString &customerId, const Decimal &amount);

    const Customer &customer(int row) const { return m_rows.at(row); }
    int rowOf(const QString &customerId) const { return m_index.value(customerId, -1); }
    Decimal balance(int row) const;
    // Every loaded customer whose known balance is below `limit`, as (customer id, balance), in
    // no particular order; one pass over the amounts, no lookup per row (the overview's alert).
    QList<QPair<QString, Decimal>> balancesBelow(const Decimal &limit) const;
    Decimal debt(int row) const;
    // "代售" / "顾问销售" in the UI language.
    static QString associationLabel(const QString &type);

protected:
    Masking::Kind maskKind(int column) const override;
    QVariant rawValue(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    QVariant exportValue(int row, int column) const override;
    QString columnTitle(int column) const override;
    bool isNumeric(int column) const override;

private:
    struct Amounts
    {
        Decimal balance = Decimal::invalid(); // unknown until loaded (referral: never)
        Decimal debt = Decimal::invalid();
        Decimal spend = Decimal::invalid();
        Decimal coupons = Decimal::invalid();
    };
    QList<Customer> m_rows;
    QHash<QString, int> m_index;
    QHash<QString, Amounts> m_money;
    QString m_currency = QStringLiteral("CNY");
    QLocale m_locale;
};
