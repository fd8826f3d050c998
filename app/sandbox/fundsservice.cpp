#include "sandbox/fundsservice.h"

#include "sandbox/sandboxstore.h"
#include "sandbox/sqlfilter.h"

#include <QJsonArray>
#include <QTimeZone>

namespace {

const QTimeZone kBeijing(8 * 3600);

} // namespace

SandboxAnswer FundsService::partnerBalances(SandboxParams p)
{
    const QString ip = p.indirectPartnerId();
    if (!p.ok())
        return p.error();
    const auto acc = m_store->account(ip);
    if (!acc)
        return SandboxAnswer::noSuchReseller();
    auto entry = [&](int type, const Decimal &amount, const QString &suffix) {
        return QJsonObject{{QStringLiteral("account_id"), acc->accountId + suffix},
                           {QStringLiteral("account_type"), type},
                           {QStringLiteral("amount"), SqlFilter::amountJson(amount.toString())},
                           {QStringLiteral("currency"), m_store->currency()},
                           {QStringLiteral("designated_amount"),
                            SqlFilter::amountJson(acc->designated.toString())},
                           {QStringLiteral("measure_id"), 1}};
    };
    QJsonObject credit = entry(2, acc->credit, QStringLiteral("-credit"));
    credit.insert(QLatin1String("credit_amount"), SqlFilter::amountJson(acc->credit.toString()));
    return SandboxAnswer::ok({{QStringLiteral("account_balances"),
                               QJsonArray{entry(1, acc->cash, QStringLiteral("-cash")), credit}}});
}

SandboxAnswer FundsService::customerTransfer(bool allocate, SandboxParams p)
{
    const QString customerId = p.string("customer_id", 64, true);
    const Decimal amount = p.amount("amount");
    const QString ip = p.indirectPartnerId();
    if (!p.ok())
        return p.error();
    SandboxStore::Transaction tx(m_store);
    const auto acc = m_store->account(ip);
    if (!acc)
        return SandboxAnswer::noSuchReseller();
    QSqlQuery cust = m_store->query();
    if (!m_store->exec(&cust,
                       QStringLiteral("SELECT balance, association_type, customer, account_name"
                                      " FROM customers WHERE customer_id = ? AND"
                                      " indirect_partner_id = ?"),
                       {customerId, SqlFilter::scope(ip)}) ||
        !cust.next())
        return SandboxAnswer::notYourCustomer();
    if (cust.value(1).toString() != u"2")
        return SandboxAnswer::referralCustomer();
    const Decimal balance = SandboxStore::storedAmount(cust.value(0));
    if (!balance.isValid())
        return SandboxAnswer::internalError();
    // Allocate: at most the partner's cash minus the earmarked part. Reclaim: at most the
    // customer's balance.
    if (amount > (allocate ? acc->cash - acc->designated : balance))
        return SandboxAnswer::insufficientBalance();
    const Decimal newCash = allocate ? acc->cash - amount : acc->cash + amount;
    const Decimal newBalance = allocate ? balance + amount : balance - amount;
    const QString txId = m_store->nextId(allocate ? "T" : "R");
    const QString op = allocate ? QStringLiteral("SOURCE_OPERATION_BEADJUST")
                                : QStringLiteral("SOURCE_OPERATION_BERETRIEVE");
    const QString now = SandboxStore::nowUtc();
    QSqlQuery u = m_store->query();
    const bool ok =
        m_store->setCash(ip, newCash) &&
        m_store->exec(&u, QStringLiteral("UPDATE customers SET balance = ? WHERE customer_id = ?"),
                      {newBalance.withScale(2).toString(), customerId}) &&
        m_store->addAdjustRecord(ip, txId, customerId, cust.value(2).toString(), op, amount, now) &&
        m_store->addAccountChange(
            {ip, txId, allocate ? QStringLiteral("BEADJUST") : QStringLiteral("BERETRIEVE"), op,
             amount, newCash, allocate ? 2 : 1, customerId, cust.value(3).toString(), now});
    if (!ok || !tx.commit())
        return SandboxAnswer::internalError();
    return SandboxAnswer::ok(
        {{allocate ? QStringLiteral("transfer_id") : QStringLiteral("trans_id"), txId}});
}

SandboxAnswer FundsService::resellerTransfer(bool allocate, SandboxParams p)
{
    const QString ip = p.string("indirect_partner_id", 64, true);
    const Decimal amount = p.amount("amount");
    if (!p.ok())
        return p.error();
    SandboxStore::Transaction tx(m_store);
    const auto own = m_store->account(QString());
    const auto theirs = m_store->account(ip);
    QSqlQuery r = m_store->query();
    if (!own || !theirs || !m_store->resellerExists(ip) ||
        !m_store->exec(&r,
                       QStringLiteral("SELECT name, account_name FROM resellers WHERE"
                                      " indirect_partner_id = ?"),
                       {ip}) ||
        !r.next())
        return SandboxAnswer::noSuchReseller();
    // Allocate from the distributor's allocatable cash; reclaim at most the reseller's balance.
    if (amount > (allocate ? own->cash - own->designated : theirs->cash))
        return SandboxAnswer::insufficientBalance();
    const Decimal ownCash = allocate ? own->cash - amount : own->cash + amount;
    const Decimal theirCash = allocate ? theirs->cash + amount : theirs->cash - amount;
    const QString txId = m_store->nextId(allocate ? "T" : "R");
    const QString type = allocate ? QStringLiteral("BEADJUST") : QStringLiteral("BERETRIEVE");
    const QString op = QStringLiteral("SOURCE_OPERATION_") + type;
    const QString now = SandboxStore::nowUtc();
    const bool ok =
        m_store->setCash(QString(), ownCash) && m_store->setCash(ip, theirCash) &&
        m_store->addAdjustRecord(QString(), txId, ip, r.value(0).toString(), op, amount, now) &&
        m_store->addAccountChange({QString(), txId, type, op, amount, ownCash, allocate ? 2 : 1, ip,
                                   r.value(1).toString(), now}) &&
        m_store->addAccountChange(
            {ip, txId, type, op, amount, theirCash, allocate ? 1 : 2, QString(), QString(), now});
    if (!ok || !tx.commit())
        return SandboxAnswer::internalError();
    return SandboxAnswer::ok(
        {{allocate ? QStringLiteral("transfer_id") : QStringLiteral("trans_id"), txId}});
}

SandboxAnswer FundsService::accountChanges(SandboxParams p)
{
    int offset, limit;
    p.paging(&offset, &limit);
    const QString balanceType = p.oneOf(
        "balance_type",
        {QStringLiteral("BALANCE_TYPE_DEBIT"), QStringLiteral("BALANCE_TYPE_CREDIT")}, true);
    const QString tradeType = p.string("trade_type", 64);
    const QString begin = p.date("trade_time_begin");
    const QString end = p.date("trade_time_end");
    SqlFilter filter(p.indirectPartnerId());
    if (!p.ok())
        return p.error();
    // Dates are Beijing days; the default range is one year back to today.
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(kBeijing).date();
    const QDate from = begin.isEmpty() ? today.addYears(-1) : QDate::fromString(begin, Qt::ISODate);
    const QDate to = end.isEmpty() ? today : QDate::fromString(end, Qt::ISODate);
    if (from > to || from.daysTo(to) > 366)
        return SandboxAnswer::paramError(
            QStringLiteral("trade_time_begin/end must be a range of at most one year"));
    filter.addIf(balanceType, "balance_type = :bt", ":bt");
    filter.addIf(tradeType, "trade_type = :tt", ":tt");
    filter.add(QStringLiteral("trade_time >= :tb"), QStringLiteral(":tb"),
               SandboxStore::utc(QDateTime(from, QTime(0, 0), kBeijing)));
    filter.add(QStringLiteral("trade_time <= :te"), QStringLiteral(":te"),
               SandboxStore::utc(QDateTime(to, QTime(23, 59, 59), kBeijing)));
    return filter.page(
        m_store->database(),
        {QStringLiteral("account_changes"),
         QStringLiteral("account_change_id, trade_detail_type, trade_time, trade_id,"
                        " change_amount, balance_after, type, customer_id,"
                        " account_name"),
         QStringLiteral("seq DESC")},
        offset, limit, "total_count", "records",
        [&](const QSqlQuery &rows) -> std::optional<QJsonObject> {
            QJsonObject o{{QStringLiteral("account_change_id"), rows.value(0).toString()},
                          {QStringLiteral("trade_detail_type"), rows.value(1).toString()},
                          {QStringLiteral("trade_time"), rows.value(2).toString()},
                          {QStringLiteral("trade_id"), rows.value(3).toString()},
                          {QStringLiteral("change_amount"), rows.value(4).toString()}, // num-string
                          {QStringLiteral("balance_after_change"), rows.value(5).toString()},
                          {QStringLiteral("type"), rows.value(6).toString()}};
            if (!rows.value(7).toString().isEmpty()) {
                o.insert(QLatin1String("customer_id"), rows.value(7).toString());
                o.insert(QLatin1String("account_name"), rows.value(8).toString());
            }
            return o;
        },
        QJsonObject{{QStringLiteral("currency"), m_store->currency()}});
}

SandboxAnswer FundsService::adjustRecords(SandboxParams p)
{
    int offset, limit;
    p.paging(&offset, &limit);
    SqlFilter filter(p.indirectPartnerId());
    filter.addIf(p.string("customer_id", 64), "customer_id = :cid", ":cid");
    filter.addIf(p.oneOf("operation_type", {QStringLiteral("SOURCE_OPERATION_BEADJUST"),
                                            QStringLiteral("SOURCE_OPERATION_BERETRIEVE"),
                                            QStringLiteral("SOURCE_OPERATION_BEUNBIND")}),
                 "operation_type = :op", ":op");
    filter.addIf(p.string("trans_id", 128), "trans_id = :tid", ":tid");
    filter.addTimeRange(p, "operation_time");
    if (!p.ok())
        return p.error();
    return filter.page(
        m_store->database(),
        {QStringLiteral("adjust_records"),
         QStringLiteral("customer_id, customer_name, operation_type, amount, currency,"
                        " operation_time, trans_id"),
         QStringLiteral("seq DESC")},
        offset, limit, "total_count", "records",
        [&](const QSqlQuery &rows) -> std::optional<QJsonObject> {
            return QJsonObject{{QStringLiteral("customer_id"), rows.value(0).toString()},
                               {QStringLiteral("customer_name"), rows.value(1).toString()},
                               {QStringLiteral("operation_type"), rows.value(2).toString()},
                               {QStringLiteral("amount"), rows.value(3).toString()}, // num-string
                               {QStringLiteral("currency"), rows.value(4).toString()},
                               {QStringLiteral("apply_scene"), QString()},
                               {QStringLiteral("operation_time"), rows.value(5).toString()},
                               {QStringLiteral("measure_id"), 1},
                               {QStringLiteral("trans_id"), rows.value(6).toString()}};
        });
}

SandboxAnswer FundsService::resellers(SandboxParams p)
{
    int offset, limit;
    p.paging(&offset, &limit);
    SqlFilter filter = SqlFilter::unscoped();
    const QString account = p.string("account_name", 64);
    if (!account.isEmpty())
        filter.add(QStringLiteral("instr(account_name, :an) > 0"), QStringLiteral(":an"), account);
    filter.addIf(p.indirectPartnerId(), "indirect_partner_id = :ip", ":ip");
    filter.addTimeRange(p, "associated_on");
    if (!p.ok())
        return p.error();
    static const char *const names[] = {"indirect_partner_id",
                                        "name",
                                        "account_name",
                                        "mobile_phone",
                                        "email",
                                        "associated_on",
                                        "account_manager_id",
                                        "account_manager_name"};
    return filter.page(
        m_store->database(),
        {QStringLiteral("resellers"),
         QStringLiteral("indirect_partner_id, name, account_name, mobile_phone, email,"
                        " associated_on, account_manager_id, account_manager_name"),
         QStringLiteral("indirect_partner_id")},
        offset, limit, "count", "indirect_partners",
        [&](const QSqlQuery &rows) -> std::optional<QJsonObject> {
            QJsonObject o;
            for (int i = 0; i < 8; ++i)
                o.insert(QLatin1String(names[i]), rows.value(i).toString());
            return o;
        });
}
