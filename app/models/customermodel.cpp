#include "models/customermodel.h"

#include "core/money.h"
#include "core/statustones.h"

#include <QCollator>
#include <QPointer>
#include <QThreadPool>

#include <memory>

CustomerModel::CustomerModel(QObject *parent) : MaskedTableModel(parent) {}

void CustomerModel::clear()
{
    beginResetModel();
    m_columns.clear();
    m_pending.clear();
    m_seen.clear();
    m_syncing = false;
    endResetModel();
}

void CustomerModel::adopt(CustomerColumns columns)
{
    beginResetModel();
    m_columns = std::move(columns);
    m_pending.clear();
    m_seen.clear();
    m_syncing = false;
    endResetModel();
}

void CustomerModel::beginSync()
{
    m_syncing = true;
    m_seen = QList<bool>(m_columns.size(), false);
}

void CustomerModel::endSync(bool prune)
{
    if (!m_syncing) { // a first load: nothing to remove, only pack what was appended
        if (prune)
            packLater();
        return;
    }
    m_syncing = false;
    QList<bool> keep = std::move(m_seen);
    m_seen.clear();
    if (!prune) {
        packLater(); // the refreshed rows' old text goes; the arenas are packed
        return;
    }
    keep.resize(m_columns.size(), true); // rows appended during the sync were seen
    if (!keep.contains(false)) {
        packLater();
        return;
    }
    // Removed last to first so each signal's row numbers are still right.
    QList<QPair<int, int>> gone; // first, last
    for (int row = int(keep.size()) - 1; row >= 0; --row) {
        if (keep.at(row))
            continue;
        if (!gone.isEmpty() && gone.last().first == row + 1)
            gone.last().first = row;
        else
            gone.append({row, row});
    }
    if (gone.size() > 64) { // many scattered removals: one reset is cheaper for every view
        beginResetModel();
        m_columns.keepRows(keep);
        endResetModel();
        return;
    }
    for (const auto &[first, last] : std::as_const(gone)) {
        beginRemoveRows(QModelIndex(), first, last);
        m_columns.removeRows(first, last - first + 1);
        endRemoveRows();
    }
    packLater();
}

void CustomerModel::append(const QList<Customer> &customers)
{
    if (customers.isEmpty())
        return;
    QList<Customer> fresh;
    for (const Customer &c : customers) {
        const int at = m_columns.find(c.customerId);
        if (at >= 0) { // a page fetched again: update in place
            m_columns.replace(at, c);
            if (m_syncing && at < m_seen.size())
                m_seen[at] = true;
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
        const int row = m_columns.append(c);
        const auto pending = m_pending.constFind(c.customerId);
        if (pending != m_pending.cend()) {
            for (auto it = pending->cbegin(); it != pending->cend(); ++it)
                m_columns.setAmount(row, CustomerColumns::Amount(it.key()), it.value());
            m_pending.erase(pending);
        }
    }
    endInsertRows();
}

void CustomerModel::expectMore(int rows)
{
    if (m_syncing || rows <= 0) // a refresh mostly rewrites rows it has
        return;
    m_columns.expect(rowCount() + rows);
}

void CustomerModel::setAmount(const QString &customerId, CustomerColumns::Amount which,
                              const Decimal &value, int firstColumn, int lastColumn)
{
    const int row = rowOf(customerId);
    if (row < 0) {
        m_pending[customerId].insert(which, value);
        return;
    }
    m_columns.setAmount(row, which, value);
    emit dataChanged(index(row, firstColumn), index(row, lastColumn));
}

void CustomerModel::setBalance(const QString &customerId, const Decimal &balance,
                               const Decimal &debt)
{
    const int row = rowOf(customerId);
    if (row < 0) {
        auto &pending = m_pending[customerId];
        pending.insert(CustomerColumns::Balance, balance);
        pending.insert(CustomerColumns::Debt, debt);
        return;
    }
    m_columns.setAmount(row, CustomerColumns::Balance, balance);
    m_columns.setAmount(row, CustomerColumns::Debt, debt);
    emit dataChanged(index(row, Balance), index(row, Debt));
}

void CustomerModel::setMonthSpend(const QString &customerId, const Decimal &amount)
{
    setAmount(customerId, CustomerColumns::Spend, amount, MonthSpend, MonthSpend);
}

void CustomerModel::setCouponBalance(const QString &customerId, const Decimal &amount)
{
    setAmount(customerId, CustomerColumns::Coupons, amount, CouponBalance, CouponBalance);
}

Decimal CustomerModel::balance(int row) const
{
    return m_columns.amount(row, CustomerColumns::Balance);
}

QList<QPair<QString, Decimal>> CustomerModel::balancesBelow(const Decimal &limit) const
{
    QList<QPair<QString, Decimal>> out;
    for (int row = 0; row < m_columns.size(); ++row) {
        const Decimal b = m_columns.amount(row, CustomerColumns::Balance);
        if (b.isValid() && b < limit)
            out.append({m_columns.text(row, CustomerColumns::CustomerId), b});
    }
    return out;
}

Decimal CustomerModel::debt(int row) const
{
    return m_columns.amount(row, CustomerColumns::Debt);
}

void CustomerModel::packLater()
{
    if (!m_columns.needsCompact())
        return;
    // Copying a million rows' text takes a while: it happens on a worker, and the packed text
    // replaces the old only if no row changed meanwhile (the rows, and so the views, stay the
    // same either way; a later sync packs again).
    QPointer<CustomerModel> self(this);
    QThreadPool::globalInstance()->start([self, text = m_columns.text()]() mutable {
        auto packed = std::make_shared<CustomerColumns::Text>(std::move(text));
        packed->pack();
        QMetaObject::invokeMethod(
            qApp,
            [self, packed] {
                if (self)
                    self->m_columns.install(std::move(*packed));
            },
            Qt::QueuedConnection);
    });
}

void CustomerModel::precomputeSortKeys()
{
    const QCollator collator{QLocale()}; // what CustomerFilterProxy sorts with
    const QString collation = CustomerColumns::collationName(collator);
    if (m_columns.hasRanks(CustomerColumns::CustomerName, collation)) {
        emit sortKeysReady();
        return;
    }
    QPointer<CustomerModel> self(this);
    QThreadPool::globalInstance()->start([self, columns = m_columns, collator, collation] {
        const QList<std::uint32_t> ranks = columns.ranks(CustomerColumns::CustomerName, collator);
        QMetaObject::invokeMethod(
            qApp,
            [self, ranks, collation, version = columns.version()] {
                if (!self)
                    return;
                if (self->m_columns.version() == version)
                    self->m_columns.setRanks(CustomerColumns::CustomerName, collation, ranks);
                emit self->sortKeysReady();
            },
            Qt::QueuedConnection);
    });
}

CustomerColumns::Amount CustomerModel::amountOf(int column)
{
    switch (column) {
    case Balance:
        return CustomerColumns::Balance;
    case CouponBalance:
        return CustomerColumns::Coupons;
    case Debt:
        return CustomerColumns::Debt;
    default:
        return CustomerColumns::Spend;
    }
}

QString CustomerModel::associationLabel(const QString &type)
{
    if (type == u"2")
        return tr("Agency sale", "association type 2");
    if (type == u"1")
        return tr("Referral sale", "association type 1");
    if (type == u"3")
        return tr("Resale", "association type 3, International site");
    return type;
}

Masking::Kind CustomerModel::maskKind(int column) const
{
    // Each column by the API field it shows: Masking::kindOfField is the one source.
    switch (column) {
    case Name:
        return Masking::kindOfField(u"customer_name");
    case Account:
        return Masking::kindOfField(u"account_name");
    case AccountManager:
        return Masking::kindOfField(u"account_name"); // account_managers[0].account_name
    case Phone:
        return Masking::kindOfField(u"mobile_phone");
    case Email:
        return Masking::kindOfField(u"email");
    default:
        return Masking::Kind::None;
    }
}

void CustomerModel::setPendingUnbind(const QSet<QString> &customerIds)
{
    if (customerIds == m_pendingUnbind)
        return;
    m_pendingUnbind = customerIds;
    if (rowCount() > 0)
        emit dataChanged(index(0, AssociationType), index(rowCount() - 1, AssociationType));
}

int CustomerModel::tone(int row, int column) const
{
    return column == AssociationType && !m_pendingUnbind.isEmpty() &&
                   m_pendingUnbind.contains(m_columns.text(row, CustomerColumns::CustomerId))
               ? StatusTones::Attention
               : StatusTones::None;
}

QVariant CustomerModel::rawValue(int row, int column) const
{
    using C = CustomerColumns;
    switch (column) {
    case Name:
        return m_columns.text(row, C::CustomerName);
    case Account:
        return m_columns.text(row, C::AccountName);
    case CustomerId:
        return m_columns.text(row, C::CustomerId);
    case AssociationType: {
        const QString label = associationLabel(m_columns.text(row, C::AssociationType));
        if (!m_pendingUnbind.isEmpty() &&
            m_pendingUnbind.contains(m_columns.text(row, C::CustomerId)))
            return tr("%1 · unbind pending", "association type of a customer asked to unbind")
                .arg(label);
        return label;
    }
    case AssociatedOn: {
        const std::int64_t ms = m_columns.associatedMsecs(row);
        return ms == C::NoTime
                   ? QString()
                   : m_locale.toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
    }
    case AccountManager:
        return m_columns.text(row, C::AccountManager);
    case Label:
        return m_columns.text(row, C::Label);
    case Phone:
        return m_columns.text(row, C::Telephone);
    case Email:
        return m_columns.text(row, C::Email);
    case Balance:
    case CouponBalance:
    case Debt:
    case MonthSpend: {
        const Decimal value = m_columns.amount(row, amountOf(column));
        return value.isValid() ? Money(value, m_currency).format(m_locale) : QString();
    }
    default:
        return {};
    }
}

std::int64_t CustomerModel::centsKey(const Decimal &value)
{
    // Exact order without doubles; unknown amounts first.
    return value.isValid() ? value.withScale(2).mantissa() : std::numeric_limits<qint64>::min();
}

QVariant CustomerModel::sortValue(int row, int column) const
{
    switch (column) {
    case AssociatedOn: {
        const std::int64_t ms = m_columns.associatedMsecs(row);
        return ms == CustomerColumns::NoTime ? QDateTime()
                                             : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }
    case Balance:
    case CouponBalance:
    case Debt:
    case MonthSpend:
        return qint64(centsKey(m_columns.amount(row, amountOf(column))));
    default:
        return rawValue(row, column);
    }
}

QVariant CustomerModel::exportValue(int row, int column) const
{
    switch (column) {
    case AssociatedOn:
        return sortValue(row, column);
    case Balance:
    case CouponBalance:
    case Debt:
    case MonthSpend: {
        const Decimal value = m_columns.amount(row, amountOf(column));
        // exact text, no grouping or symbol
        return value.isValid() ? value.withScale(2).toString() : QString();
    }
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
