#include "sandbox/settlementservice.h"

#include "core/settlementflow.h"
#include "sandbox/sandboxstore.h"
#include "sandbox/sqlfilter.h"

#include <QJsonArray>

namespace {

const char kColumns[] = "settlement_id, product_kind, product_name, bill_cycle, status, amount,"
                        " settle_amount, create_time, update_time, pay_request_no";

QJsonObject settlementJson(const QSqlQuery &q, const QString &currency)
{
    return QJsonObject{
        {QStringLiteral("settlement_id"), q.value(0).toString()},
        {QStringLiteral("product_kind"), q.value(1).toString()},
        {QStringLiteral("product_name"), q.value(2).toString()},
        {QStringLiteral("bill_cycle"), q.value(3).toString()},
        {QStringLiteral("status"), q.value(4).toString()},
        {QStringLiteral("phase"), SettlementFlow::phaseOf(q.value(4).toString())},
        {QStringLiteral("amount"), SqlFilter::amountJson(q.value(5).toString())},
        {QStringLiteral("settle_amount"), SqlFilter::amountJson(q.value(6).toString())},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("create_time"), q.value(7).toString()},
        {QStringLiteral("update_time"), q.value(8).toString()},
        {QStringLiteral("pay_request_no"), q.value(9).toString()}};
}

} // namespace

SandboxAnswer SettlementService::list(SandboxParams p)
{
    int offset, limit;
    p.paging(&offset, &limit);
    SqlFilter filter = SqlFilter::unscoped();
    filter.addIf(
        p.oneOf("product_kind", {QStringLiteral("general"), QStringLiteral("non_general")}),
        "product_kind = :kind", ":kind");
    const QString status = p.string("status", 32);
    if (!status.isEmpty() && !SettlementFlow::isKnown(status))
        p.fail(QStringLiteral("unknown status %1").arg(status));
    filter.addIf(status, "status = :status", ":status");
    filter.addIf(p.cycle("bill_cycle"), "bill_cycle = :cycle", ":cycle");
    if (!p.ok())
        return p.error();
    return filter.page(m_store->database(),
                       {QStringLiteral("settlements"), QLatin1String(kColumns),
                        QStringLiteral("bill_cycle DESC, settlement_id")},
                       offset, limit, "total_count", "settlements",
                       [&](const QSqlQuery &rows) -> std::optional<QJsonObject> {
                           return settlementJson(rows, m_store->currency());
                       });
}

SandboxAnswer SettlementService::detail(SandboxParams p)
{
    const QString id = p.string("settlement_id", 64, true);
    if (!p.ok())
        return p.error();
    QSqlQuery q = m_store->query();
    if (!m_store->exec(&q,
                       QStringLiteral("SELECT %1 FROM settlements WHERE settlement_id = ?")
                           .arg(QLatin1String(kColumns)),
                       {id}) ||
        !q.next())
        return SandboxAnswer::error(404, QStringLiteral("SBX.4004"),
                                    QStringLiteral("No settlement bill %1.").arg(id));
    const QJsonObject bill = settlementJson(q, m_store->currency());
    QJsonArray items, history;
    if (!m_store->exec(&q,
                       QStringLiteral("SELECT order_id, customer_id, customer_name, charge_mode,"
                                      " amount, settle_ratio, settle_amount, trade_time FROM"
                                      " settlement_items WHERE settlement_id = ? ORDER BY seq"),
                       {id}))
        return SandboxAnswer::internalError();
    while (q.next()) {
        items.append(QJsonObject{
            {QStringLiteral("order_id"), q.value(0).toString()},
            {QStringLiteral("customer_id"), q.value(1).toString()},
            {QStringLiteral("customer_name"), q.value(2).toString()},
            {QStringLiteral("charge_mode"), q.value(3).toString()},
            {QStringLiteral("amount"), SqlFilter::amountJson(q.value(4).toString())},
            {QStringLiteral("settle_ratio"), q.value(5).toString()},
            {QStringLiteral("settle_amount"), SqlFilter::amountJson(q.value(6).toString())},
            {QStringLiteral("trade_time"), q.value(7).toString()}});
    }
    if (!m_store->exec(&q,
                       QStringLiteral("SELECT status, time FROM settlement_history WHERE"
                                      " settlement_id = ? ORDER BY seq"),
                       {id}))
        return SandboxAnswer::internalError();
    while (q.next()) {
        history.append(
            QJsonObject{{QStringLiteral("status"), q.value(0).toString()},
                        {QStringLiteral("phase"), SettlementFlow::phaseOf(q.value(0).toString())},
                        {QStringLiteral("time"), q.value(1).toString()}});
    }
    return SandboxAnswer::ok({{QStringLiteral("settlement"), bill},
                              {QStringLiteral("items"), items},
                              {QStringLiteral("history"), history}});
}

int SettlementService::advanceAll()
{
    SandboxStore::Transaction tx(m_store);
    QSqlQuery q = m_store->query();
    QSqlQuery w = m_store->query();
    if (!m_store->exec(&q, QStringLiteral("SELECT settlement_id, status, settle_amount FROM"
                                          " settlements WHERE status <> 'PAID'")))
        return 0;
    const QString now = SandboxStore::nowUtc();
    int moved = 0;
    while (q.next()) {
        const QString id = q.value(0).toString();
        const QString next = SettlementFlow::next(q.value(1).toString());
        if (next.isEmpty())
            continue;
        const QString payRequest =
            SettlementFlow::hasPayRequest(next) ? QStringLiteral("PR") + id.mid(2) : QString();
        if (!m_store->exec(&w,
                           QStringLiteral("UPDATE settlements SET status = ?, update_time = ?,"
                                          " pay_request_no = ? WHERE settlement_id = ?"),
                           {next, now, payRequest, id}) ||
            !m_store->exec(&w,
                           QStringLiteral("INSERT INTO settlement_history(settlement_id, status,"
                                          " time) VALUES(?,?,?)"),
                           {id, next, now}))
            return 0;
        ++moved;
    }
    return tx.commit() ? moved : 0;
}
