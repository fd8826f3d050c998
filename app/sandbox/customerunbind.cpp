// CustomerService: the sandbox-only unbind (解除关联) flow (split from customerservice.cpp).
// Check → request with a reason → the customer approves or rejects. On approval the customer's
// balance returns to the partner (BEUNBIND), its usable coupons are reclaimed (record type 3)
// and the association ends.
#include "sandbox/customerservice.h"
#include "sandbox/sandboxstore.h"
#include "sandbox/sqlfilter.h"

#include <QJsonArray>

namespace {

QJsonArray toJson(const QStringList &items)
{
    QJsonArray a;
    for (const QString &s : items)
        a.append(s);
    return a;
}

} // namespace

QStringList CustomerService::failedUnbindChecks(const QString &customerId, const QString &scope)
{
    QStringList failed;
    QSqlQuery q = m_store->query();
    if (m_store->exec(&q,
                      QStringLiteral("SELECT debt, is_frozen FROM customers WHERE customer_id = ?"
                                     " AND indirect_partner_id = ?"),
                      {customerId, SqlFilter::scope(scope)}) &&
        q.next()) {
        if (Decimal::parse(q.value(0).toString()).value_or(Decimal()).signum() > 0)
            failed << QStringLiteral("IS_DEBT");
        if (q.value(1).toInt() != 0)
            failed << QStringLiteral("IS_FROZEN");
    }
    if (m_store->exec(&q,
                      QStringLiteral("SELECT status, update_time FROM unbind_requests"
                                     " WHERE customer_id = ? ORDER BY seq DESC LIMIT 1"),
                      {customerId}) &&
        q.next()) {
        const QDateTime last = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        if (q.value(0).toString() == u"SUBMITTED")
            failed << QStringLiteral("PENDING_REQUEST");
        else if (last.daysTo(QDateTime::currentDateTimeUtc()) < 90)
            failed << QStringLiteral("RECENT_REQUEST"); // one request per three months
    }
    return failed;
}

SandboxAnswer CustomerService::unbindCheck(SandboxParams p)
{
    const QString id = p.string("customer_id", 64, true);
    const QString ip = p.indirectPartnerId();
    if (!p.ok())
        return p.error();
    if (!m_store->customerBalance(id).isValid())
        return SandboxAnswer::notYourCustomer();
    const QStringList failed = failedUnbindChecks(id, ip);
    return SandboxAnswer::ok({{QStringLiteral("customer_id"), id},
                              {QStringLiteral("passed"), failed.isEmpty()},
                              {QStringLiteral("failed_items"), toJson(failed)}});
}

SandboxAnswer CustomerService::unbind(SandboxParams p)
{
    const QString id = p.string("customer_id", 64, true);
    const QString reason = p.string("reason", 200, true);
    const QString ip = p.indirectPartnerId();
    if (!p.ok())
        return p.error();
    QSqlQuery q = m_store->query();
    if (!m_store->exec(&q,
                       QStringLiteral("SELECT customer FROM customers WHERE customer_id = ? AND"
                                      " indirect_partner_id = ?"),
                       {id, SqlFilter::scope(ip)}) ||
        !q.next())
        return SandboxAnswer::notYourCustomer();
    const QString name = q.value(0).toString();
    const QStringList failed = failedUnbindChecks(id, ip);
    if (!failed.isEmpty()) {
        SandboxAnswer a = SandboxAnswer::error(
            400, QStringLiteral("SBX.1001"),
            QStringLiteral("The account check failed: %1.").arg(failed.join(QStringLiteral(", "))));
        a.body.insert(QLatin1String("failed_items"), toJson(failed));
        return a;
    }
    const QString requestId = m_store->nextId("UB");
    const QString now = SandboxStore::nowUtc();
    if (!m_store->exec(&q,
                       QStringLiteral("INSERT INTO unbind_requests(request_id, customer_id,"
                                      " customer_name, reason, status, create_time, update_time,"
                                      " reclaimed_amount, reclaimed_coupons, indirect_partner_id)"
                                      " VALUES(?,?,?,?,'SUBMITTED',?,?,'0.00',0,?)"),
                       {requestId, id, name, reason, now, now, SqlFilter::scope(ip)}))
        return SandboxAnswer::internalError();
    return SandboxAnswer::ok({{QStringLiteral("request_id"), requestId},
                              {QStringLiteral("status"), QStringLiteral("SUBMITTED")}});
}

SandboxAnswer CustomerService::unbindRequests(SandboxParams p)
{
    int offset, limit;
    p.paging(&offset, &limit);
    SqlFilter filter(p.indirectPartnerId());
    filter.addIf(p.string("customer_id", 64), "customer_id = :cid", ":cid");
    filter.addIf(p.oneOf("status", {QStringLiteral("SUBMITTED"), QStringLiteral("APPROVED"),
                                    QStringLiteral("REJECTED")}),
                 "status = :status", ":status");
    if (!p.ok())
        return p.error();
    return filter.page(m_store->database(),
                       {QStringLiteral("unbind_requests"),
                        QStringLiteral("request_id, customer_id, customer_name, reason, status,"
                                       " create_time, update_time, reclaimed_amount,"
                                       " reclaimed_coupons"),
                        QStringLiteral("seq DESC")},
                       offset, limit, "total_count", "requests",
                       [&](const QSqlQuery &rows) -> std::optional<QJsonObject> {
                           return QJsonObject{
                               {QStringLiteral("request_id"), rows.value(0).toString()},
                               {QStringLiteral("customer_id"), rows.value(1).toString()},
                               {QStringLiteral("customer_name"), rows.value(2).toString()},
                               {QStringLiteral("reason"), rows.value(3).toString()},
                               {QStringLiteral("status"), rows.value(4).toString()},
                               {QStringLiteral("create_time"), rows.value(5).toString()},
                               {QStringLiteral("update_time"), rows.value(6).toString()},
                               {QStringLiteral("reclaimed_amount"),
                                SqlFilter::amountJson(rows.value(7).toString())},
                               {QStringLiteral("reclaimed_coupons"), rows.value(8).toInt()}};
                       });
}

SandboxAnswer CustomerService::respondToUnbind(SandboxParams p)
{
    const QString requestId = p.string("request_id", 64, true);
    const QString decision =
        p.oneOf("decision", {QStringLiteral("approve"), QStringLiteral("reject")}, true);
    if (!p.ok())
        return p.error();
    QSqlQuery q = m_store->query();
    if (!m_store->exec(&q,
                       QStringLiteral("SELECT status FROM unbind_requests WHERE request_id = ?"),
                       {requestId}) ||
        !q.next() || q.value(0).toString() != u"SUBMITTED")
        return SandboxAnswer::paramError(QStringLiteral("no submitted request %1").arg(requestId));
    if (decision == u"approve")
        return completeUnbind(requestId);
    if (!m_store->exec(&q,
                       QStringLiteral("UPDATE unbind_requests SET status = 'REJECTED',"
                                      " update_time = ? WHERE request_id = ?"),
                       {SandboxStore::nowUtc(), requestId}))
        return SandboxAnswer::internalError();
    return SandboxAnswer::ok({{QStringLiteral("request_id"), requestId},
                              {QStringLiteral("status"), QStringLiteral("REJECTED")}});
}

SandboxAnswer CustomerService::completeUnbind(const QString &requestId)
{
    SandboxStore::Transaction tx(m_store);
    QSqlQuery q = m_store->query();
    if (!m_store->exec(&q,
                       QStringLiteral("SELECT r.customer_id, r.indirect_partner_id, c.balance,"
                                      " c.customer, c.account_name FROM unbind_requests r JOIN"
                                      " customers c ON c.customer_id = r.customer_id"
                                      " WHERE r.request_id = ?"),
                       {requestId}) ||
        !q.next())
        return SandboxAnswer::notYourCustomer();
    const QString id = q.value(0).toString();
    const QString scope = q.value(1).toString();
    const Decimal balance = SandboxStore::storedAmount(q.value(2));
    if (!balance.isValid())
        return SandboxAnswer::internalError();
    const QString name = q.value(3).toString();
    const QString account = q.value(4).toString();
    const QString now = SandboxStore::nowUtc();
    bool ok = true;
    if (balance.signum() > 0) {
        const auto acc = m_store->account(scope);
        const Decimal cash = acc ? acc->cash + balance : Decimal::invalid();
        const QString txId = m_store->nextId("U");
        ok = acc && m_store->setCash(scope, cash) &&
             m_store->addAccountChange({scope, txId, QStringLiteral("BEUNBIND"),
                                        QStringLiteral("SOURCE_OPERATION_BEUNBIND"), balance, cash,
                                        1, id, account, now}) &&
             m_store->addAdjustRecord(scope, txId, id, name,
                                      QStringLiteral("SOURCE_OPERATION_BEUNBIND"), balance, now);
    }
    int reclaimed = 0;
    QSqlQuery c = m_store->query();
    ok = ok && m_store->exec(&c,
                             QStringLiteral("SELECT coupon_id, quota_id, coupon_type, balance FROM"
                                            " coupons WHERE customer_id = ? AND status IN (1, 2)"),
                             {id});
    while (ok && c.next()) {
        ++reclaimed;
        ok = SandboxStore::storedAmount(c.value(3)).isValid() &&
             m_store->addCouponRecord(scope, 3, c.value(1).toString(),
                                      c.value(2).toInt() == 4 ? 1 : 0, c.value(0).toString(), id,
                                      SandboxStore::storedAmount(c.value(3)), 0,
                                      QStringLiteral("unbind"), now);
    }
    ok = ok &&
         m_store->exec(&q,
                       QStringLiteral("UPDATE coupons SET status = 5, balance = '0.00' WHERE"
                                      " customer_id = ? AND status IN (1, 2)"),
                       {id}) &&
         m_store->exec(&q, QStringLiteral("DELETE FROM customers WHERE customer_id = ?"), {id}) &&
         m_store->exec(&q,
                       QStringLiteral("UPDATE unbind_requests SET status = 'APPROVED',"
                                      " update_time = ?, reclaimed_amount = ?,"
                                      " reclaimed_coupons = ? WHERE request_id = ?"),
                       {now, balance.withScale(2).toString(), reclaimed, requestId});
    if (!ok || !tx.commit())
        return SandboxAnswer::internalError();
    return SandboxAnswer::ok({{QStringLiteral("request_id"), requestId},
                              {QStringLiteral("status"), QStringLiteral("APPROVED")},
                              {QStringLiteral("reclaimed_amount"),
                               SqlFilter::amountJson(balance.withScale(2).toString())},
                              {QStringLiteral("reclaimed_coupons"), reclaimed}});
}
