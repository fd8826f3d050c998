#include "sandbox/incentiveservice.h"

#include "sandbox/sandboxstore.h"
#include "sandbox/sqlfilter.h"

#include <QJsonArray>

namespace {

const QStringList kStatuses = {QStringLiteral("NOT_REQUESTED"),    QStringLiteral("PROCESSING"),
                               QStringLiteral("AWAITING_INVOICE"), QStringLiteral("INVOICE_REVIEW"),
                               QStringLiteral("COMPLETED"),        QStringLiteral("FAILED")};

} // namespace

QStringList IncentiveService::allowedMethods(const QString &associationType)
{
    if (associationType == u"2")
        return {QStringLiteral("ACCOUNT_TOPUP"), QStringLiteral("COUPON_QUOTA")};
    return {QStringLiteral("BANK_TRANSFER"), QStringLiteral("ACCOUNT_TOPUP"),
            QStringLiteral("COUPON_QUOTA")};
}

SandboxAnswer IncentiveService::list(SandboxParams p)
{
    int offset, limit;
    p.paging(&offset, &limit);
    SqlFilter filter = SqlFilter::unscoped();
    filter.addIf(p.oneOf("status", kStatuses), "status = :status", ":status");
    filter.addIf(p.cycle("period"), "period = :period", ":period");
    if (!p.ok())
        return p.error();
    return filter.page(
        m_store->database(),
        {QStringLiteral("incentives"),
         QStringLiteral("incentive_id, period, incentive_name, association_type,"
                        " amount, payout_method, status, request_no, update_time,"
                        " frozen"),
         QStringLiteral("period DESC, incentive_id")},
        offset, limit, "total_count", "payouts",
        [&](const QSqlQuery &rows) -> std::optional<QJsonObject> {
            return QJsonObject{
                {QStringLiteral("incentive_id"), rows.value(0).toString()},
                {QStringLiteral("period"), rows.value(1).toString()},
                {QStringLiteral("incentive_name"), rows.value(2).toString()},
                {QStringLiteral("association_type"), rows.value(3).toString()},
                {QStringLiteral("amount"), SqlFilter::amountJson(rows.value(4).toString())},
                {QStringLiteral("currency"), m_store->currency()},
                {QStringLiteral("payout_method"), rows.value(5).toString()},
                {QStringLiteral("status"), rows.value(6).toString()},
                {QStringLiteral("request_no"), rows.value(7).toString()},
                {QStringLiteral("update_time"), rows.value(8).toString()},
                {QStringLiteral("frozen"), rows.value(9).toInt() == 1}};
        });
}

SandboxAnswer IncentiveService::request(SandboxParams p)
{
    const QStringList ids = p.strings("incentive_ids", 50, 64, true);
    const QString method = p.oneOf("payout_method", allowedMethods(QStringLiteral("1")), true);
    if (!p.ok())
        return p.error();
    SandboxStore::Transaction tx(m_store);
    QSqlQuery q = m_store->query();
    QJsonArray done, errors;
    for (const QString &id : ids) {
        if (!m_store->exec(&q,
                           QStringLiteral("SELECT status, association_type, frozen FROM"
                                          " incentives WHERE incentive_id = ?"),
                           {id}))
            return SandboxAnswer::internalError();
        if (!q.next() || q.value(0).toString() != u"NOT_REQUESTED") {
            errors.append(SandboxAnswer::error(400, QStringLiteral("SBX.2003"),
                                               QStringLiteral("The incentive is not waiting for a"
                                                              " payout request."))
                              .asDetail(id));
            continue;
        }
        if (q.value(2).toInt() == 1) {
            errors.append(SandboxAnswer::error(400, QStringLiteral("SBX.2001"),
                                               QStringLiteral("The incentive is frozen: the"
                                                              " period's spend is unpaid."))
                              .asDetail(id));
            continue;
        }
        if (!allowedMethods(q.value(1).toString()).contains(method)) {
            errors.append(SandboxAnswer::error(400, QStringLiteral("SBX.2002"),
                                               QStringLiteral("Resale (代售) incentives are paid as"
                                                              " a top-up or voucher quota."))
                              .asDetail(id));
            continue;
        }
        const QString requestNo = m_store->nextId("RQ");
        QSqlQuery w = m_store->query();
        if (!m_store->exec(&w,
                           QStringLiteral("UPDATE incentives SET status = 'PROCESSING',"
                                          " payout_method = ?, request_no = ?, update_time = ?"
                                          " WHERE incentive_id = ?"),
                           {method, requestNo, SandboxStore::nowUtc(), id}))
            return SandboxAnswer::internalError();
        done.append(QJsonObject{{QStringLiteral("incentive_id"), id},
                                {QStringLiteral("request_no"), requestNo}});
    }
    if (!tx.commit())
        return SandboxAnswer::internalError();
    QJsonObject body{{QStringLiteral("requested"), done}};
    if (!errors.isEmpty())
        body.insert(QLatin1String("error_details"), errors);
    return SandboxAnswer::ok(body);
}

bool IncentiveService::complete(const QString &id, const QString &method, const QString &amount)
{
    const Decimal value = SandboxStore::storedAmount(amount);
    if (!value.isValid())
        return false;
    const QString now = SandboxStore::nowUtc();
    if (method == u"ACCOUNT_TOPUP") {
        const auto acc = m_store->account(QString());
        const Decimal cash = acc ? acc->cash + value : Decimal::invalid();
        return acc && m_store->setCash(QString(), cash) &&
               m_store->addAccountChange({QString(), id, QStringLiteral("RECHARGE"),
                                          QStringLiteral("SOURCE_OPERAIION_RECHARGE_REBATE"), value,
                                          cash, 1, QString(), QString(), now});
    }
    if (method == u"COUPON_QUOTA") { // a voucher quota valid for one year
        QSqlQuery w = m_store->query();
        const QString expire = SandboxStore::utc(QDateTime::currentDateTimeUtc().addYears(1));
        return m_store->exec(
            &w,
            QStringLiteral("INSERT INTO quotas(quota_id, quota_type,"
                           " create_time, last_update_time, quota_value,"
                           " quota_status, balance, effective_time,"
                           " expire_time) VALUES(?,0,?,?,?,0,?,?,?)"),
            {m_store->nextId("QT"), now, now, value.toString(), value.toString(), now, expire});
    }
    return true; // the bank transfer happens outside the account
}

int IncentiveService::advanceAll()
{
    SandboxStore::Transaction tx(m_store);
    QSqlQuery q = m_store->query();
    if (!m_store->exec(&q, QStringLiteral("SELECT incentive_id, status, payout_method, amount,"
                                          " association_type FROM incentives WHERE status IN"
                                          " ('PROCESSING', 'AWAITING_INVOICE',"
                                          " 'INVOICE_REVIEW')")))
        return 0;
    int moved = 0;
    QSqlQuery w = m_store->query();
    while (q.next()) {
        const QString status = q.value(1).toString();
        const QString method = q.value(2).toString();
        // Voucher payouts and 代售 top-ups need no invoice; the others wait for one.
        const bool invoice = method == u"BANK_TRANSFER" ||
                             (method == u"ACCOUNT_TOPUP" && q.value(4).toString() == u"1");
        QString next = QStringLiteral("COMPLETED");
        if (invoice && status == u"PROCESSING")
            next = QStringLiteral("AWAITING_INVOICE");
        else if (status == u"AWAITING_INVOICE")
            next = QStringLiteral("INVOICE_REVIEW");
        if (next == u"COMPLETED" && !complete(q.value(0).toString(), method, q.value(3).toString()))
            return 0;
        if (!m_store->exec(&w,
                           QStringLiteral("UPDATE incentives SET status = ?, update_time = ?"
                                          " WHERE incentive_id = ?"),
                           {next, SandboxStore::nowUtc(), q.value(0).toString()}))
            return 0;
        ++moved;
    }
    return tx.commit() ? moved : 0;
}
