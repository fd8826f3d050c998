#include "models/transferrunner.h"

#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/operations.h"
#include "bss/responses.h"

TransferRunner::TransferRunner(BssClient *client, Kind kind, const QString &customerId,
                               const Decimal &amount, const QString &indirectPartnerId,
                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_kind(kind)
    , m_customerId(customerId)
    , m_amount(amount)
    , m_indirectPartnerId(indirectPartnerId)
{}

TransferRunner *TransferRunner::forReseller(BssClient *client, Kind kind, const QString &resellerId,
                                            const Decimal &amount, QObject *parent)
{
    // The distributor's adjust records name the reseller as the "customer".
    auto *r = new TransferRunner(client, kind, resellerId, amount, QString(), parent);
    r->m_target = Target::Reseller;
    return r;
}

ApiRequest TransferRunner::request(QString *problem) const
{
    if (m_target == Target::Reseller)
        return m_kind == Kind::Allocate
                   ? Operations::allocateToReseller(m_customerId, m_amount, problem)
                   : Operations::reclaimFromReseller(m_customerId, m_amount, problem);
    return m_kind == Kind::Allocate ? Operations::allocateToCustomer(m_customerId, m_amount,
                                                                     m_indirectPartnerId, problem)
                                    : Operations::reclaimFromCustomer(m_customerId, m_amount,
                                                                      m_indirectPartnerId, problem);
}

QString TransferRunner::operationType(Kind kind)
{
    return kind == Kind::Allocate ? QStringLiteral("SOURCE_OPERATION_BEADJUST")
                                  : QStringLiteral("SOURCE_OPERATION_BERETRIEVE");
}

void TransferRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    QString problem;
    request(&problem); // refuse bad input before anything else goes out
    if (!problem.isEmpty()) {
        finish(Outcome::Failed, BssError::invalidRequest(problem));
        return;
    }
    countRecords([this](int count, const QString &, const QString &, const BssError &error) {
        if (error.isError()) { // without the baseline a lost answer could not be checked
            finish(Outcome::Failed, error);
            return;
        }
        m_before = count;
        send();
    });
}

void TransferRunner::countRecords(
    std::function<void(int, const QString &, const QString &, const BssError &)> done)
{
    Operations::AdjustRecordFilter f;
    f.customerId = m_customerId;
    f.operationType = operationType(m_kind);
    f.indirectPartnerId = m_indirectPartnerId;
    QString problem;
    BssJob *job = m_client->call(Operations::listPartnerAdjustRecords(f, 0, 1, &problem));
    connect(job, &BssJob::finished, this, [job, done] {
        if (job->error().isError()) {
            done(-1, QString(), QString(), job->error());
            return;
        }
        QString problem;
        const auto page = Responses::adjustRecords(job->json(), &problem);
        if (!page) {
            done(-1, QString(), QString(),
                 BssError(BssError::Kind::MalformedResponse, QString(), problem));
            return;
        }
        const bool any = !page->items.isEmpty();
        done(page->total, any ? page->items.first().amount.toString() : QString(),
             any ? page->items.first().transId : QString(), BssError());
    });
}

void TransferRunner::send()
{
    QString problem;
    BssJob *job = m_client->call(request(&problem));
    connect(job, &BssJob::finished, this, [this, job] {
        const BssError error = job->error();
        if (!error.isError()) {
            QString problem;
            if (const auto id = Responses::transactionId(job->json(), &problem))
                m_result.transactionId = *id;
            finish(Outcome::Done);
            return;
        }
        if (!error.outcomeUnknown()) {
            finish(Outcome::Failed, error);
            return;
        }
        // The write may or may not have happened: the records tell.
        emit checking();
        countRecords([this, error](int count, const QString &amount, const QString &transId,
                                   const BssError &readError) {
            if (readError.isError()) {
                finish(Outcome::Unknown, error);
                return;
            }
            if (count == m_before + 1 && Decimal::parse(amount).value_or(Decimal()) == m_amount) {
                m_result.transactionId = transId;
                m_result.confirmedByRecords = true;
                finish(Outcome::Done);
            } else if (count == m_before) {
                finish(Outcome::Failed, error); // not applied: safe to try again
            } else {
                finish(Outcome::Unknown, error); // someone else moved money meanwhile
            }
        });
    });
}

void TransferRunner::finish(Outcome outcome, const BssError &error)
{
    m_running = false;
    m_result.amount = m_amount;
    m_result.outcome = outcome;
    m_result.error = error;
    emit finished(m_result);
}

AuditLog::Entry TransferRunner::auditEntry(Kind kind, const QString &target, const Result &r)
{
    AuditLog::Entry e;
    e.action = kind == Kind::Allocate ? QStringLiteral("allocate") : QStringLiteral("reclaim");
    e.target = target;
    e.amount = r.amount;
    e.result = r.outcome == Outcome::Done     ? QStringLiteral("done")
               : r.outcome == Outcome::Failed ? QStringLiteral("failed")
                                              : QStringLiteral("unknown");
    e.errorCode = r.error.code();
    e.requestId = r.error.requestId();
    e.detail = r.transactionId;
    return e;
}
