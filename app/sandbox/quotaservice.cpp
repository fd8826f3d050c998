#include "sandbox/quotaservice.h"

#include "sandbox/couponservice.h"
#include "sandbox/sandboxstore.h"
#include "sandbox/sqlfilter.h"

#include <QJsonArray>

namespace {

SandboxAnswer quotaProblem()
{
    return SandboxAnswer::error(400, QStringLiteral("CBC.99000012"),
                                QStringLiteral("The quota does not exist or its status does not"
                                               " allow this operation."));
}

} // namespace

SandboxAnswer QuotaService::issue(SandboxParams p)
{
    const QString quotaId = p.string("quota_id", 64, true);
    const QStringList resellers = p.strings("indirect_partner_ids", 50, 64, true);
    const Decimal amount = p.amount("quota_amount");
    if (!p.ok())
        return p.error();
    SandboxStore::Transaction tx(m_store);
    QSqlQuery q = m_store->query();
    if (!m_store->exec(&q,
                       QStringLiteral("SELECT balance, quota_status, quota_type, effective_time,"
                                      " expire_time, services FROM quotas WHERE quota_id = ? AND"
                                      " indirect_partner_id = '' AND parent_quota_id = ''"),
                       {quotaId}) ||
        !q.next() || q.value(1).toInt() != 0)
        return quotaProblem();
    Decimal balance = SandboxStore::storedAmount(q.value(0));
    if (!balance.isValid())
        return SandboxAnswer::internalError();
    const QVariant type = q.value(2), from = q.value(3), to = q.value(4), services = q.value(5);
    const QString now = SandboxStore::nowUtc();
    QJsonArray infos, errors;
    QSqlQuery w = m_store->query();
    for (const QString &reseller : resellers) {
        if (!m_store->resellerExists(reseller)) {
            errors.append(SandboxAnswer::noSuchReseller().asDetail(reseller));
            continue;
        }
        if (amount > balance) {
            errors.append(SandboxAnswer::insufficientBalance().asDetail(reseller));
            continue;
        }
        balance -= amount;
        const QString child = m_store->nextId("QT");
        if (!m_store->exec(&w,
                           QStringLiteral("INSERT INTO quotas(quota_id, quota_type, create_time,"
                                          " last_update_time, quota_value, quota_status, balance,"
                                          " effective_time, expire_time, services,"
                                          " indirect_partner_id, parent_quota_id)"
                                          " VALUES(?,?,?,?,?,0,?,?,?,?,?,?)"),
                           {child, type, now, now, amount.toString(), amount.toString(), from, to,
                            services, reseller, quotaId}) ||
            !m_store->addQuotaRecord(reseller, 10, child, quotaId, amount, 0, QString(), now))
            return SandboxAnswer::internalError();
        infos.append(
            QJsonObject{{QStringLiteral("id"), reseller}, {QStringLiteral("quota_id"), child}});
    }
    if (!m_store->exec(&q,
                       QStringLiteral("UPDATE quotas SET balance = ?, last_update_time = ?"
                                      " WHERE quota_id = ?"),
                       {balance.withScale(2).toString(), now, quotaId}) ||
        !tx.commit())
        return SandboxAnswer::internalError();
    QJsonObject body{{QStringLiteral("simple_quota_infos"), infos}};
    if (!errors.isEmpty())
        body.insert(QLatin1String("error_details"), errors);
    return SandboxAnswer::ok(body);
}

SandboxAnswer QuotaService::reclaim(SandboxParams p)
{
    const QStringList ids = p.strings("quota_ids", 10, 64, true);
    const QString remark = p.has("remark") ? p.string("remark", 200) : QString();
    if (!p.ok())
        return p.error();
    SandboxStore::Transaction tx(m_store);
    const QString now = SandboxStore::nowUtc();
    QJsonArray infos, errors;
    QSqlQuery q = m_store->query();
    QSqlQuery w = m_store->query();
    for (const QString &id : ids) {
        if (!m_store->exec(&q,
                           QStringLiteral("SELECT balance, quota_status, parent_quota_id,"
                                          " indirect_partner_id FROM quotas WHERE quota_id = ?"),
                           {id}))
            return SandboxAnswer::internalError();
        if (!q.next() || q.value(2).toString().isEmpty() || q.value(1).toInt() != 0) {
            errors.append(quotaProblem().asDetail(id));
            continue;
        }
        const Decimal left = SandboxStore::storedAmount(q.value(0));
        if (!left.isValid())
            return SandboxAnswer::internalError();
        const QString parent = q.value(2).toString();
        const Decimal parentBalance = m_store->quotaBalance(parent);
        // The unused balance goes back to the distributor's quota it came from.
        if (!m_store->exec(&w,
                           QStringLiteral("UPDATE quotas SET quota_status = 6, balance = '0.00',"
                                          " last_update_time = ? WHERE quota_id = ?"),
                           {now, id}) ||
            (parentBalance.isValid() &&
             !m_store->exec(&w,
                            QStringLiteral("UPDATE quotas SET balance = ?, last_update_time = ?"
                                           " WHERE quota_id = ?"),
                            {(parentBalance + left).withScale(2).toString(), now, parent})) ||
            !m_store->addQuotaRecord(q.value(3).toString(), 11, id, parent, left, 0, remark, now))
            return SandboxAnswer::internalError();
        infos.append(
            QJsonObject{{QStringLiteral("quota_id"), id}, {QStringLiteral("quota_balance"), 0}});
    }
    if (!tx.commit())
        return SandboxAnswer::internalError();
    QJsonObject body{{QStringLiteral("simple_quota_infos"), infos}};
    if (!errors.isEmpty())
        body.insert(QLatin1String("error_details"), errors);
    return SandboxAnswer::ok(body);
}

SandboxAnswer QuotaService::issued(SandboxParams p)
{
    int offset, limit;
    p.paging(&offset, &limit);
    SqlFilter filter = SqlFilter::unscoped();
    filter.where(QStringLiteral("parent_quota_id <> ''"));
    filter.addIf(p.string("quota_id", 64), "quota_id = :qid", ":qid");
    filter.addIf(p.indirectPartnerId(), "quotas.indirect_partner_id = :rid", ":rid");
    filter.addIf(p.string("parent_quota_id", 64), "parent_quota_id = :pid", ":pid");
    if (!p.ok())
        return p.error();
    return filter.page(
        m_store->database(),
        {QStringLiteral("quotas LEFT JOIN resellers r USING(indirect_partner_id)"),
         CouponService::quotaColumns() +
             QStringLiteral(", indirect_partner_id, r.account_name, r.name,"
                            " parent_quota_id"),
         QStringLiteral("seq")},
        offset, limit, "total_count", "quotas",
        [&](const QSqlQuery &rows) -> std::optional<QJsonObject> {
            QJsonObject o = CouponService::quotaJson(rows, m_store->currency());
            o.insert(QLatin1String("indirect_partner_id"), rows.value(10).toString());
            o.insert(QLatin1String("indirect_partner_account_name"), rows.value(11).toString());
            o.insert(QLatin1String("indirect_partner_name"), rows.value(12).toString());
            o.insert(QLatin1String("parent_quota_id"), rows.value(13).toString());
            return o;
        });
}

SandboxAnswer QuotaService::records(SandboxParams p)
{
    int offset, limit;
    p.paging(&offset, &limit);
    SqlFilter filter = SqlFilter::unscoped();
    filter.addIf(p.indirectPartnerId(), "quota_records.indirect_partner_id = :rid", ":rid");
    filter.addIf(p.string("quota_id", 64), "quota_id = :qid", ":qid");
    filter.addIf(p.string("parent_quota_id", 64), "parent_quota_id = :pid", ":pid");
    filter.addIf(p.oneOf("operation_type", {QStringLiteral("10"), QStringLiteral("11")}),
                 "operation_type = :ot", ":ot");
    filter.addTimeRange(p, "operation_time");
    if (!p.ok())
        return p.error();
    return filter.page(
        m_store->database(),
        {QStringLiteral("quota_records LEFT JOIN resellers r USING(indirect_partner_id)"),
         QStringLiteral("record_id, operator, operation_type, quota_id,"
                        " parent_quota_id, amount, operation_time, result,"
                        " r.account_name, indirect_partner_id, r.name, remark"),
         QStringLiteral("seq DESC")},
        offset, limit, "total_count", "records",
        [&](const QSqlQuery &rows) -> std::optional<QJsonObject> {
            return QJsonObject{
                {QStringLiteral("id"), rows.value(0).toString()},
                {QStringLiteral("operator"), rows.value(1).toString()},
                {QStringLiteral("operation_type"), rows.value(2).toString()},
                {QStringLiteral("quota_id"), rows.value(3).toString()},
                {QStringLiteral("parent_quota_id"), rows.value(4).toString()},
                {QStringLiteral("amount"), SqlFilter::amountJson(rows.value(5).toString())},
                {QStringLiteral("operation_time"), rows.value(6).toString()},
                {QStringLiteral("result"), rows.value(7).toString()},
                {QStringLiteral("indirect_partner_account_name"), rows.value(8).toString()},
                {QStringLiteral("indirect_partner_id"), rows.value(9).toString()},
                {QStringLiteral("indirect_partner_name"), rows.value(10).toString()},
                {QStringLiteral("remark"), rows.value(11).toString()}};
        });
}
