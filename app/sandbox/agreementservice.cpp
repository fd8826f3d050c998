#include "sandbox/agreementservice.h"

#include "sandbox/sandboxstore.h"
#include "sandbox/sqlfilter.h"

#include <QJsonArray>

SandboxAnswer AgreementService::list(SandboxParams p)
{
    int offset, limit;
    p.paging(&offset, &limit);
    SqlFilter filter = SqlFilter::unscoped();
    filter.addIf(p.oneOf("status", {QStringLiteral("EFFECTIVE"), QStringLiteral("VOIDED"),
                                    QStringLiteral("EXPIRED")}),
                 "status = :status", ":status");
    if (!p.ok())
        return p.error();
    // An agreement past its expiry time reads as expired.
    QSqlQuery expire = m_store->query();
    m_store->exec(&expire,
                  QStringLiteral("UPDATE agreements SET status = 'EXPIRED' WHERE status ="
                                 " 'EFFECTIVE' AND expire_time < ?"),
                  {SandboxStore::nowUtc()});
    static const char *const names[] = {
        "agreement_id", "agreement_type", "status",      "principal",   "agent",
        "agent_type",   "effective_time", "expire_time", "create_time", "void_time"};
    return filter.page(m_store->database(),
                       {QStringLiteral("agreements"),
                        QStringLiteral("agreement_id, agreement_type, status, principal, agent,"
                                       " agent_type, effective_time, expire_time, create_time,"
                                       " void_time"),
                        QStringLiteral("seq DESC")},
                       offset, limit, "total_count", "agreements",
                       [&](const QSqlQuery &rows) -> std::optional<QJsonObject> {
                           QJsonObject o;
                           for (int i = 0; i < 10; ++i)
                               o.insert(QLatin1String(names[i]), rows.value(i).toString());
                           return o;
                       });
}

SandboxAnswer AgreementService::create(SandboxParams p)
{
    const QString remitter = p.string("remitter_name", 100, true).trimmed();
    const QString type = p.oneOf(
        "remitter_type", {QStringLiteral("ENTERPRISE"), QStringLiteral("INDIVIDUAL")}, true);
    if (!p.ok())
        return p.error();
    if (remitter.isEmpty())
        return SandboxAnswer::paramError(QStringLiteral("remitter_name is required"));
    QSqlQuery q = m_store->query();
    if (!m_store->exec(&q,
                       QStringLiteral("SELECT 1 FROM agreements WHERE agent = ? AND status ="
                                      " 'EFFECTIVE'"),
                       {remitter}))
        return SandboxAnswer::internalError();
    if (q.next())
        return SandboxAnswer::error(400, QStringLiteral("SBX.3001"),
                                    QStringLiteral("An agreement for this remitter is already in"
                                                   " effect."));
    QString principal;
    if (m_store->exec(&q, QStringLiteral("SELECT principal FROM agreements LIMIT 1")) && q.next())
        principal = q.value(0).toString();
    const QString id = m_store->nextId("AG");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_store->exec(&q,
                       QStringLiteral("INSERT INTO agreements(agreement_id, agreement_type,"
                                      " status, principal, agent, agent_type, effective_time,"
                                      " expire_time, create_time, void_time)"
                                      " VALUES(?, 'REMITTANCE', 'EFFECTIVE', ?, ?, ?, ?, ?, ?,"
                                      " '')"),
                       {id, principal, remitter, type, SandboxStore::utc(now),
                        SandboxStore::utc(now.addYears(3)), SandboxStore::utc(now)}))
        return SandboxAnswer::internalError();
    return SandboxAnswer::ok({{QStringLiteral("agreement_id"), id},
                              {QStringLiteral("status"), QStringLiteral("EFFECTIVE")}});
}

SandboxAnswer AgreementService::voidAgreement(SandboxParams p)
{
    const QString id = p.string("agreement_id", 64, true);
    if (!p.ok())
        return p.error();
    QSqlQuery q = m_store->query();
    if (!m_store->exec(&q,
                       QStringLiteral("UPDATE agreements SET status = 'VOIDED', void_time = ?"
                                      " WHERE agreement_id = ? AND status = 'EFFECTIVE'"),
                       {SandboxStore::nowUtc(), id}))
        return SandboxAnswer::internalError();
    if (q.numRowsAffected() != 1)
        return SandboxAnswer::error(400, QStringLiteral("SBX.3002"),
                                    QStringLiteral("Only an agreement in effect can be voided."));
    return SandboxAnswer::ok({{QStringLiteral("agreement_id"), id},
                              {QStringLiteral("status"), QStringLiteral("VOIDED")}});
}
