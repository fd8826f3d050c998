#include "models/resellerquotarunner.h"

#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/jsonbody.h"
#include "bss/operations.h"

#include <QJsonArray>

ResellerQuotaRunner::ResellerQuotaRunner(BssClient *client, Kind kind, const QString &target,
                                         const QString &parentQuotaId, const Decimal &amount,
                                         QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_kind(kind)
    , m_target(target)
    , m_parent(parentQuotaId)
    , m_amount(amount)
{}

void ResellerQuotaRunner::probe(std::function<void(int, const QString &, const BssError &)> done)
{
    QString problem;
    ApiRequest r;
    if (m_kind == Kind::Issue) {
        r = Operations::byName(QStringLiteral("ListCouponQuotasRecords"), &problem);
        r.addQuery("indirect_partner_id", m_target);
        r.addQuery("parent_quota_id", m_parent);
        r.addQuery("operation_type", QStringLiteral("10"));
    } else {
        r = Operations::byName(QStringLiteral("ListIssuedCouponQuotas"), &problem);
        r.addQuery("quota_id", m_target);
    }
    r.addQuery("limit", QStringLiteral("1"));
    const bool issue = m_kind == Kind::Issue;
    BssJob *job = m_client->call(r);
    connect(job, &BssJob::finished, this, [job, done, issue] {
        if (job->error().isError()) {
            done(-1, QString(), job->error());
            return;
        }
        const QJsonArray list =
            job->json().value(issue ? QLatin1String("records") : QLatin1String("quotas")).toArray();
        if (issue)
            done(job->json().value(QLatin1String("total_count")).toInt(),
                 list.isEmpty() ? QString() : list.first()[QLatin1String("quota_id")].toString(),
                 BssError());
        else
            done(list.isEmpty() ? -1 : list.first()[QLatin1String("quota_status")].toInt(),
                 QString(), BssError());
    });
}

void ResellerQuotaRunner::start()
{
    QString problem = Operations::checkId(
        m_kind == Kind::Issue ? QStringLiteral("indirect_partner_id") : QStringLiteral("quota_id"),
        m_target, 64, true);
    if (problem.isEmpty() && m_kind == Kind::Issue) {
        problem = Operations::checkId(QStringLiteral("quota_id"), m_parent, 64, true);
        if (problem.isEmpty())
            problem = Decimal::amountProblemMessage(m_amount.requestAmountProblem());
    }
    if (!problem.isEmpty()) {
        finish(Outcome::Failed, BssError::invalidRequest(problem));
        return;
    }
    probe([this](int before, const QString &, const BssError &error) {
        if (error.isError()) {
            finish(Outcome::Failed, error);
            return;
        }
        m_before = before;
        QString ignored;
        ApiRequest r;
        JsonBody b;
        if (m_kind == Kind::Issue) {
            r = Operations::byName(QStringLiteral("UpdateCouponQuotas"), &ignored);
            b.add("quota_id", m_parent)
                .add("indirect_partner_ids", QStringList{m_target})
                .add("quota_amount", m_amount.withScale(2));
        } else {
            r = Operations::byName(QStringLiteral("ReclaimCouponQuotas"), &ignored);
            b.add("quota_ids", QStringList{m_target});
        }
        r.body = b.bytes();
        BssJob *job = m_client->call(r);
        connect(job, &BssJob::finished, this, [this, job] {
            const BssError e = job->error();
            if (!e.isError()) {
                const QJsonArray infos =
                    job->json().value(QLatin1String("simple_quota_infos")).toArray();
                if (!infos.isEmpty()) {
                    if (m_kind == Kind::Issue)
                        m_result.quotaId = infos.first()[QLatin1String("quota_id")].toString();
                    finish(Outcome::Done);
                } else if (!job->partialFailures().isEmpty()) {
                    finish(Outcome::Failed, BssError::fromDetail(job->partialFailures().first()));
                } else {
                    finish(Outcome::Unknown, e);
                }
                return;
            }
            if (!e.outcomeUnknown()) {
                finish(Outcome::Failed, e);
                return;
            }
            probe([this, e](int after, const QString &quotaId, const BssError &readError) {
                if (readError.isError()) {
                    finish(Outcome::Unknown, e);
                    return;
                }
                m_result.confirmed = true;
                const bool applied = m_kind == Kind::Issue ? after == m_before + 1 : after == 6;
                const bool notApplied = m_kind == Kind::Issue ? after == m_before : after == 0;
                if (applied) {
                    if (m_kind == Kind::Issue)
                        m_result.quotaId = quotaId;
                    finish(Outcome::Done);
                } else {
                    m_result.confirmed = false;
                    finish(notApplied ? Outcome::Failed : Outcome::Unknown, e);
                }
            });
        });
    });
}

void ResellerQuotaRunner::finish(Outcome outcome, const BssError &error)
{
    m_result.outcome = outcome;
    m_result.error = error;
    emit finished(m_result);
}
