#include "models/couponissuerunner.h"

#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/jsonbody.h"
#include "bss/operations.h"

#include <QJsonArray>

#include <functional>

CouponIssueRunner::CouponIssueRunner(BssClient *client, const Options &options,
                                     const QString &customerId, QObject *parent)
    : QObject(parent), m_client(client), m_options(options), m_customerId(customerId)
{}

void CouponIssueRunner::count(std::function<void(int, const QString &, const BssError &)> done)
{
    QString problem;
    ApiRequest r = Operations::byName(QStringLiteral("ListPartnerCouponsRecord"), &problem);
    r.addQuery("quota_id", m_options.quotaId);
    r.addQuery("customer_id", m_customerId);
    r.addQuery("operation_types", QStringLiteral("1"));
    r.addQuery("limit", QStringLiteral("1"));
    if (!m_options.indirectPartnerId.isEmpty())
        r.addQuery("indirect_partner_id", m_options.indirectPartnerId);
    BssJob *job = m_client->call(r);
    connect(job, &BssJob::finished, this, [job, done] {
        if (job->error().isError()) {
            done(-1, QString(), job->error());
            return;
        }
        const QJsonArray records = job->json().value(QLatin1String("records")).toArray();
        done(job->json().value(QLatin1String("total_count")).toInt(),
             records.isEmpty() ? QString() : records.first()[QLatin1String("coupon_id")].toString(),
             BssError());
    });
}

void CouponIssueRunner::start()
{
    QString problem = Operations::checkId(QStringLiteral("quota_id"), m_options.quotaId, 64, true);
    if (problem.isEmpty())
        problem = Operations::checkId(QStringLiteral("customer_id"), m_customerId, 64, true);
    if (problem.isEmpty())
        problem = Decimal::amountProblemMessage(m_options.faceValue.requestAmountProblem());
    if (problem.isEmpty() && m_options.validFrom.isValid() && m_options.validTo.isValid() &&
        m_options.validTo <= m_options.validFrom)
        problem = tr("The coupon's validity must end after it starts.");
    if (!problem.isEmpty()) {
        finish(Outcome::Failed, BssError::invalidRequest(problem));
        return;
    }
    count([this](int before, const QString &, const BssError &error) {
        if (error.isError()) {
            finish(Outcome::Failed, error);
            return;
        }
        m_before = before;
        QString ignored;
        ApiRequest r = Operations::byName(QStringLiteral("CreatePartnerCoupons"), &ignored);
        JsonBody b;
        b.add("quota_id", m_options.quotaId)
            .add("customer_ids", QStringList{m_customerId})
            .add("face_value", m_options.faceValue.withScale(2));
        if (m_options.validFrom.isValid())
            b.add("valid_time", Operations::utcTimestamp(m_options.validFrom));
        if (m_options.validTo.isValid())
            b.add("expire_time", Operations::utcTimestamp(m_options.validTo));
        b.addIfSet("indirect_partner_id", m_options.indirectPartnerId);
        r.body = b.bytes();
        BssJob *job = m_client->call(r);
        connect(job, &BssJob::finished, this, [this, job] {
            const BssError e = job->error();
            if (!e.isError()) {
                const QJsonArray infos = job->json().value(QLatin1String("coupon_infos")).toArray();
                if (!infos.isEmpty()) {
                    m_result.couponId = infos.first()[QLatin1String("coupon_id")].toString();
                    finish(Outcome::Issued);
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
            count([this, e](int after, const QString &couponId, const BssError &readError) {
                if (readError.isError()) {
                    finish(Outcome::Unknown, e);
                } else if (after == m_before + 1) {
                    m_result.couponId = couponId;
                    m_result.confirmedByRecords = true;
                    finish(Outcome::Issued);
                } else if (after == m_before) {
                    finish(Outcome::Failed, e); // not issued: safe to try again
                } else {
                    finish(Outcome::Unknown, e);
                }
            });
        });
    });
}

void CouponIssueRunner::finish(Outcome outcome, const BssError &error)
{
    m_result.outcome = outcome;
    m_result.error = error;
    emit finished(m_result);
}
