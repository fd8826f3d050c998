#include "sandbox/mdfservice.h"

#include "core/billperiod.h"
#include "core/mdfrules.h"
#include "sandbox/sandboxstore.h"
#include "sandbox/sqlfilter.h"

#include <QDate>
#include <QJsonArray>

QStringList MdfService::statuses()
{
    return {QStringLiteral("APPLICATION_REVIEW"), QStringLiteral("CLAIM_PENDING"),
            QStringLiteral("CLAIM_REVIEW"),       QStringLiteral("CLAIM_APPROVED"),
            QStringLiteral("CLAIM_REJECTED"),     QStringLiteral("EXPIRED")};
}

SandboxAnswer MdfService::list(SandboxParams p)
{
    int offset, limit;
    p.paging(&offset, &limit);
    SqlFilter filter = SqlFilter::unscoped();
    filter.addIf(p.oneOf("status", statuses()), "status = :status", ":status");
    if (!p.ok())
        return p.error();
    QSqlQuery lines = m_store->query();
    return filter.page(
        m_store->database(),
        {QStringLiteral("mdf_claims"),
         QStringLiteral("claim_id, activity_name, status, approved_amount,"
                        " claimed_amount, apply_time, claim_deadline, submit_time,"
                        " review_comment"),
         QStringLiteral("claim_deadline, claim_id")},
        offset, limit, "total_count", "claims",
        [&](const QSqlQuery &rows) -> std::optional<QJsonObject> {
            const QString id = rows.value(0).toString();
            QJsonArray expense;
            if (!m_store->exec(&lines,
                               QStringLiteral("SELECT category, description, amount FROM"
                                              " mdf_claim_lines WHERE claim_id = ? ORDER BY seq"),
                               {id}))
                return std::nullopt;
            while (lines.next()) {
                expense.append(QJsonObject{
                    {QStringLiteral("category"), lines.value(0).toString()},
                    {QStringLiteral("description"), lines.value(1).toString()},
                    {QStringLiteral("amount"), SqlFilter::amountJson(lines.value(2).toString())}});
            }
            const QString claimed = rows.value(4).toString();
            return QJsonObject{{QStringLiteral("claim_id"), id},
                               {QStringLiteral("activity_name"), rows.value(1).toString()},
                               {QStringLiteral("status"), rows.value(2).toString()},
                               {QStringLiteral("approved_amount"),
                                SqlFilter::amountJson(rows.value(3).toString())},
                               {QStringLiteral("claimed_amount"),
                                claimed.isEmpty() ? QJsonValue() : SqlFilter::amountJson(claimed)},
                               {QStringLiteral("currency"), m_store->currency()},
                               {QStringLiteral("apply_time"), rows.value(5).toString()},
                               {QStringLiteral("claim_deadline"), rows.value(6).toString()},
                               {QStringLiteral("submit_time"), rows.value(7).toString()},
                               {QStringLiteral("review_comment"), rows.value(8).toString()},
                               {QStringLiteral("expense_lines"), expense}};
        });
}

SandboxAnswer MdfService::submit(SandboxParams p)
{
    const QString id = p.string("claim_id", 64, true);
    const QJsonArray lines = p.array("expense_lines", 1, 50);
    if (!p.ok())
        return p.error();
    Decimal total = Decimal::fromInt(0);
    QJsonArray refused;
    for (int i = 0; i < lines.size(); ++i) {
        SandboxParams line = SandboxParams::fromBody(lines.at(i).toObject());
        const QString category = line.oneOf("category", MdfRules::categories(), true);
        line.string("description", 200, true);
        const Decimal amount = line.amount("amount");
        if (!line.ok())
            return SandboxAnswer::paramError(
                QStringLiteral("expense_lines[%1]: %2")
                    .arg(i)
                    .arg(line.error().body.value(QLatin1String("error_msg")).toString()));
        if (!MdfRules::isEligibleCategory(category))
            refused.append(SandboxAnswer::error(400, QStringLiteral("SBX.5001"),
                                                QStringLiteral("Category %1 is not covered by"
                                                               " MDF.")
                                                    .arg(category))
                               .asDetail(QString::number(i)));
        total = total + amount;
    }
    QSqlQuery q = m_store->query();
    if (!m_store->exec(&q,
                       QStringLiteral("SELECT status, approved_amount, claim_deadline FROM"
                                      " mdf_claims WHERE claim_id = ?"),
                       {id}))
        return SandboxAnswer::internalError();
    if (!q.next())
        return SandboxAnswer::error(404, QStringLiteral("SBX.4004"),
                                    QStringLiteral("No MDF application %1.").arg(id));
    const QString status = q.value(0).toString();
    const bool open = status == u"CLAIM_PENDING" || status == u"CLAIM_REJECTED";
    if (status == u"EXPIRED" ||
        (open && QDate::fromString(q.value(2).toString(), Qt::ISODate) < BillPeriod::today()))
        return SandboxAnswer::error(
            400, QStringLiteral("SBX.5004"),
            QStringLiteral("The claim deadline %1 has passed.").arg(q.value(2).toString()));
    if (!open)
        return SandboxAnswer::error(400, QStringLiteral("SBX.5003"),
                                    QStringLiteral("The application is not waiting for a claim"
                                                   " (status %1).")
                                        .arg(status));
    if (!refused.isEmpty()) {
        SandboxAnswer a = SandboxAnswer::error(400, QStringLiteral("SBX.5001"),
                                               QStringLiteral("Some expense lines are in"
                                                              " categories MDF does not cover."));
        a.body.insert(QLatin1String("error_details"), refused);
        return a;
    }
    const Decimal approved = SandboxStore::storedAmount(q.value(1));
    if (!approved.isValid())
        return SandboxAnswer::internalError();
    if (total > approved)
        return SandboxAnswer::error(400, QStringLiteral("SBX.5002"),
                                    QStringLiteral("The claim (%1) is above the approved amount"
                                                   " (%2).")
                                        .arg(total.toString(), approved.toString()));
    SandboxStore::Transaction tx(m_store);
    const QString now = SandboxStore::nowUtc();
    if (!m_store->exec(&q, QStringLiteral("DELETE FROM mdf_claim_lines WHERE claim_id = ?"), {id}))
        return SandboxAnswer::internalError();
    for (const QJsonValue &v : lines) {
        const QJsonObject o = v.toObject();
        if (!m_store->exec(
                &q,
                QStringLiteral("INSERT INTO mdf_claim_lines(claim_id, category,"
                               " description, amount) VALUES(?,?,?,?)"),
                {id, o.value(QLatin1String("category")).toString(),
                 o.value(QLatin1String("description")).toString(),
                 Decimal::fromJson(o.value(QLatin1String("amount")))->withScale(2).toString()}))
            return SandboxAnswer::internalError();
    }
    if (!m_store->exec(&q,
                       QStringLiteral("UPDATE mdf_claims SET status = 'CLAIM_REVIEW',"
                                      " claimed_amount = ?, submit_time = ?, review_comment = ''"
                                      " WHERE claim_id = ?"),
                       {total.withScale(2).toString(), now, id}) ||
        !tx.commit())
        return SandboxAnswer::internalError();
    return SandboxAnswer::ok({{QStringLiteral("claim_id"), id},
                              {QStringLiteral("status"), QStringLiteral("CLAIM_REVIEW")},
                              {QStringLiteral("claimed_amount"), total.withScale(2).toString()},
                              {QStringLiteral("submit_time"), now}});
}

int MdfService::advanceAll()
{
    QSqlQuery q = m_store->query();
    int moved = 0;
    if (m_store->exec(&q, QStringLiteral("UPDATE mdf_claims SET status = 'CLAIM_PENDING' WHERE"
                                         " status = 'APPLICATION_REVIEW'")))
        moved += q.numRowsAffected();
    const QString today = BillPeriod::today().toString(Qt::ISODate);
    if (m_store->exec(&q,
                      QStringLiteral("UPDATE mdf_claims SET status = 'EXPIRED' WHERE status IN"
                                     " ('CLAIM_PENDING', 'CLAIM_REJECTED') AND claim_deadline < ?"),
                      {today}))
        moved += q.numRowsAffected();
    if (m_store->exec(&q, QStringLiteral("UPDATE mdf_claims SET status = 'CLAIM_APPROVED',"
                                         " review_comment = '' WHERE status = 'CLAIM_REVIEW'")))
        moved += q.numRowsAffected();
    return moved;
}
