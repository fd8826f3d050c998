#include "models/customermodel.h"

#include "core/money.h"

CustomerModel::CustomerModel(QObject *parent) : MaskedTableModel(parent) {}

int CustomerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void CustomerModel::setCurrency(const QString &currency)
{
    m_currency = currency;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Balance), index(rowCount() - 1, MonthSpend));
}

void CustomerModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CustomerModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    m_money.clear();
    endResetModel();
}

void CustomerModel::append(const QList<Customer> &customers)
{
    if (customers.isEmpty())
        return;
    QList<Customer> fresh;
    for (const Customer &c : customers) {
        const int at = m_index.value(c.customerId, -1);
        if (at >= 0) { // a page fetched again: update in place
            m_rows[at] = c;
            emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
        } else {
            fresh.append(c);
        }
    }
    if (fresh.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
    for (const Customer &c : std::as_const(fresh)) {
        m_index.insert(c.customerId, int(m_rows.size()));
        m_rows.append(c);
    }
    endInsertRows();
}

void CustomerModel::setBalance(const QString &customerId, const Decimal &balance,
                               const Decimal &debt)
{
    Amounts &m = m_money[customerId];
    m.balance = balance;
    m.debt = debt;
    const int row = rowOf(customerId);
    if (row >= 0)
        emit dataChanged(index(row, Balance), index(row, Debt));
}

void CustomerModel::setMonthSpend(const QString &customerId, const Decimal &amount)
{
    m_money[customerId].spend = amount;
    const int row = rowOf(customerId);
    if (row >= 0)
        emit dataChanged(index(row, MonthSpend), index(row, MonthSpend));
}

void CustomerModel::setCouponBalance(const QString &customerId, const Decimal &amount)
{
    m_money[customerId].coupons = amount;
    const int row = rowOf(customerId);
    if (row >= 0)
        emit dataChanged(index(row, CouponBalance), index(row, CouponBalance));
}

Decimal CustomerModel::balance(int row) const
{
    const auto it = m_money.constFind(m_rows.at(row).customerId);
    return it == m_money.cend() ? Decimal::invalid() : it->balance;
}

QList<QPair<QString, Decimal>> CustomerModel::balancesBelow(const Decimal &limit) const
{
    QList<QPair<QString, Decimal>> out;
    for (auto it = m_money.cbegin(); it != m_money.cend(); ++it) {
        if (it->balance.isValid() && it->balance < limit && m_index.contains(it.key()))
            out.append({it.key(), it->balance});
    }
    return out;
}

Decimal CustomerModel::debt(int row) const
{
    const auto it = m_money.constFind(m_rows.at(row).customerId);
    return it == m_money.cend() ? Decimal::invalid() : it->debt;
}

QString CustomerModel::associationLabel(const QString &type)
{
    if (type == u"2")
        return tr("Agency sale (代售)", "association type 2");
    if (type == u"1")
        return tr("Referral sale (顾问销售)", "association type 1");
    return type;
}

Masking::Kind CustomerModel::maskKind(int column) const
{
    switch (column) {
    case Name:
        return Masking::Kind::Name;
    case Account:
    case AccountManager:
        return Masking::Kind::Account;
    case Phone:
        return Masking::Kind::Phone;
    case Email:
        return Masking::Kind::Email;
    default:
        return Masking::Kind::None;
    }
}

QVariant CustomerModel::rawValue(int row, int column) const
{
    const Customer &c = m_rows.at(row);
    const auto money = m_money.constFind(c.customerId);
    auto amount = [&](Decimal Amounts::*field) {
        return money == m_money.cend() || !((*money).*field).isValid()
                   ? QString()
                   : Money((*money).*field, m_currency).format(m_locale);
    };
    switch (column) {
    case Name:
        return c.customerName;
    case Account:
        return c.accountName;
    case CustomerId:
        return c.customerId;
    case AssociationType:
        return associationLabel(c.associationType);
    case AssociatedOn:
        return m_locale.toString(c.associatedOn.toLocalTime(), QLocale::ShortFormat);
    case AccountManager:
        return c.accountManager;
    case Label:
        return c.label;
    case Phone:
        return c.telephone;
    case Email:
        return c.email;
    case Balance:
        return amount(&Amounts::balance);
    case CouponBalance:
        return amount(&Amounts::coupons);
    case Debt:
        return amount(&Amounts::debt);
    case MonthSpend:
        return amount(&Amounts::spend);
    default:
        return {};
    }
}

QVariant CustomerModel::sortValue(int row, int column) const
{
    const Customer &c = m_rows.at(row);
    const auto money = m_money.constFind(c.customerId);
    auto cents = [&](Decimal Amounts::*field) -> QVariant {
        if (money == m_money.cend() || !((*money).*field).isValid())
            return qint64(std::numeric_limits<qint64>::min());
        return qint64(((*money).*field).withScale(2).mantissa()); // exact order, no doubles
    };
    switch (column) {
    case AssociatedOn:
        return c.associatedOn;
    case Balance:
        return cents(&Amounts::balance);
    case CouponBalance:
        return cents(&Amounts::coupons);
    case Debt:
        return cents(&Amounts::debt);
    case MonthSpend:
        return cents(&Amounts::spend);
    default:
        return rawValue(row, column);
    }
}

QVariant CustomerModel::exportValue(int row, int column) const
{
    const Customer &c = m_rows.at(row);
    const auto money = m_money.constFind(c.customerId);
    auto plain = [&](Decimal Amounts::*field) -> QVariant {
        if (money == m_money.cend() || !((*money).*field).isValid())
            return QString();
        return ((*money).*field).withScale(2).toString(); // exact text, no grouping or symbol
    };
    switch (column) {
    case AssociatedOn:
        return c.associatedOn;
    case Balance:
        return plain(&Amounts::balance);
    case CouponBalance:
        return plain(&Amounts::coupons);
    case Debt:
        return plain(&Amounts::debt);
    case MonthSpend:
        return plain(&Amounts::spend);
    default:
        return rawValue(row, column);
    }
}

QString CustomerModel::columnTitle(int column) const
{
    switch (column) {
    case Name:
        return tr("Customer name");
    case Account:
        return tr("Account name");
    case CustomerId:
        return tr("Customer ID");
    case AssociationType:
        return tr("Association type");
    case AssociatedOn:
        return tr("Associated on");
    case AccountManager:
        return tr("Account manager");
    case Label:
        return tr("Tag");
    case Phone:
        return tr("Mobile number");
    case Email:
        return tr("Email");
    case Balance:
        return tr("Balance");
    case CouponBalance:
        return tr("Coupon balance");
    case Debt:
        return tr("Arrears");
    case MonthSpend:
        return tr("Spend this month");
    default:
        return {};
    }
}

bool CustomerModel::isNumeric(int column) const
{
    return column == Balance || column == CouponBalance || column == Debt || column == MonthSpend;
}
