#pragma once

#include "bss/types.h"
#include "models/customercolumns.h"
#include "models/maskedtablemodel.h"

#include <QHash>
#include <QLocale>
#include <QSet>

// The Customers table (客户管理): the sub-customers of one profile with the console's columns.
// Balances and this month's spend arrive separately (they come from other operations) and are
// merged by customer id. The rows live in a CustomerColumns store, so a million customers cost
// about a hundred bytes each beyond their text.
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

    void clear();
    // Replaces every row with `columns` (the local cache's snapshot).
    void adopt(CustomerColumns columns);
    // A refresh that keeps the rows on screen: append() updates the rows it sees, and
    // endSync(true) then removes the rows the refresh did not see (customers unbound since);
    // endSync(false) ends an incomplete refresh without removing anything.
    void beginSync();
    void endSync(bool prune);
    void append(const QList<Customer> &customers);
    void setBalance(const QString &customerId, const Decimal &balance, const Decimal &debt);
    void setMonthSpend(const QString &customerId, const Decimal &amount);
    void setCouponBalance(const QString &customerId, const Decimal &amount);

    Customer customer(int row) const { return m_columns.customer(row); }
    int rowOf(const QString &customerId) const { return m_columns.find(customerId); }
    const CustomerColumns &columns() const { return m_columns; }
    Decimal balance(int row) const;
    // Every loaded customer whose known balance is below `limit`, as (customer id, balance), in
    // no particular order; one pass over the amounts, no lookup per row (the overview's alert).
    QList<QPair<QString, Decimal>> balancesBelow(const Decimal &limit) const;
    Decimal debt(int row) const;
    // "代售" / "顾问销售" in the UI language.
    static QString associationLabel(const QString &type);
    // Computes the name column's collation ranks on a worker thread (a sort by name then needs
    // no keys); they are installed if the rows have not changed meanwhile. sortKeysReady()
    // follows either way.
    void precomputeSortKeys();
    // A load is about to append this many rows: room for them all at once, so appending a page
    // never copies the whole list to grow it (see CustomerColumns::expect()).
    void expectMore(int rows);
    // The store's amount behind an amount column (Balance, CouponBalance, Debt, MonthSpend).
    static CustomerColumns::Amount amountOf(int column);
    // The sort key of an amount column: cents, exact; unknown amounts sort first.
    static std::int64_t centsKey(const Decimal &value);

    // Customers with an unbind request awaiting their answer: their association type says so
    // ("代售 · 解除关联待确认"), toned as needing attention.
    void setPendingUnbind(const QSet<QString> &customerIds);

signals:
    void sortKeysReady();

protected:
    int countRows() const override { return m_columns.size(); }
    int countColumns() const override { return ColumnCount; }
    Masking::Kind maskKind(int column) const override;
    QVariant rawValue(int row, int column) const override;
    int tone(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    QVariant exportValue(int row, int column) const override;
    QString columnTitle(int column) const override;
    bool isNumeric(int column) const override;

private:
    // Packs the store's text on a worker (CustomerColumns::compact() in three steps).
    void packLater();
    // Sets an amount of a loaded customer, or keeps it until the customer arrives.
    void setAmount(const QString &customerId, CustomerColumns::Amount which, const Decimal &value,
                   int firstColumn, int lastColumn);

    CustomerColumns m_columns;
    // Amounts that arrived before their customer: id -> (amount kind -> value).
    QHash<QString, QHash<int, Decimal>> m_pending;
    QList<bool> m_seen; // during a sync: rows the refresh has delivered
    bool m_syncing = false;
    QSet<QString> m_pendingUnbind;
};
