#include "models/couponreclaimrunner.h"

#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/operations.h"
#include "bss/responses.h"

#include <functional>

CouponReclaimRunner::CouponReclaimRunner(BssClient *client, const QString &couponId,
                                         const QString &indirectPartnerId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_couponId(couponId)
    , m_indirectPartnerId(indirectPartnerId)
{}

void CouponReclaimRunner::read(
    std::function<void(bool, int, const Decimal &, const BssError &)> done)
{
    Operations::CouponFilter f;
    f.couponId = m_couponId;
    f.indirectPartnerId = m_indirectPartnerId;
    QString problem;
    BssJob *job = m_client->call(Operations::listIssuedPartnerCoupons(f, 0, 1, &problem));
    connect(job, &BssJob::finished, this, [job, done] {
        if (job->error().isError()) {
            done(false, 0, Decimal::invalid(), job->error());
            return;
        }
        QString problem;
        const auto page = Responses::issuedCoupons(job->json(), &problem);
        if (!page) {
            done(false, 0, Decimal::invalid(),
                 BssError(BssError::Kind::MalformedResponse, QString(), problem));
            return;
        }
        if (page->items.isEmpty()) {
            done(false, 0, Decimal::invalid(), BssError());
            return;
        }
        done(true, page->items.first().status, page->items.first().balance, BssError());
    });
}

void CouponReclaimRunner::start()
{
    QString problem;
    const ApiRequest request =
        Operations::reclaimPartnerCoupon(m_couponId, m_indirectPartnerId, &problem);
    if (!problem.isEmpty()) {
        finish(Outcome::Failed, BssError::invalidRequest(problem));
        return;
    }
    read([this, request](bool found, int status, const Decimal &balance, const BssError &error) {
        if (error.isError()) {
            finish(Outcome::Failed, error);
            return;
        }
        m_result.status = status;
        if (!found || status != 2) { // only a usable coupon can be reclaimed
            finish(Outcome::Skipped);
            return;
        }
        m_result.amount = balance;
        BssJob *job = m_client->call(request);
        connect(job, &BssJob::finished, this, [this, job] {
            const BssError e = job->error();
            if (!e.isError()) {
                finish(Outcome::Reclaimed);
                return;
            }
            if (!e.outcomeUnknown()) {
                finish(Outcome::Failed, e);
                return;
            }
            // The answer was lost: the coupon's status now tells.
            read([this, e](bool found, int status, const Decimal &, const BssError &readError) {
                if (readError.isError() || !found) {
                    finish(Outcome::Unknown, e);
                    return;
                }
                m_result.status = status;
                m_result.confirmedByStatus = true;
                if (status == 5)
                    finish(Outcome::Reclaimed);
                else if (status == 2)
                    finish(Outcome::Failed, e); // still usable: it was not reclaimed
                else
                    finish(Outcome::Unknown, e);
            });
        });
    });
}

void CouponReclaimRunner::finish(Outcome outcome, const BssError &error)
{
    m_result.outcome = outcome;
    m_result.error = error;
    emit finished(m_result);
}
