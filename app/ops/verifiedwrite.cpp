#include "ops/verifiedwrite.h"

#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "core/logging.h"
#include "ops/writeoutcometext.h"
#include "ops/writespecs.h"

#include <QJsonDocument>

#include <algorithm>

namespace {

constexpr int PageSize = 100;
constexpr int MaxPages = 20; // 2,000 records of one target in 20 minutes: far beyond any use

} // namespace

QString WriteOutcome::resultName(Kind kind)
{
    switch (kind) {
    case Kind::Done:
        return QStringLiteral("done");
    case Kind::NotApplied:
        return QStringLiteral("not-applied");
    case Kind::Unknown:
        return QStringLiteral("unknown");
    case Kind::Interrupted:
        return QStringLiteral("interrupted");
    case Kind::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

WriteTiming WriteTiming::fromEnvironment()
{
    WriteTiming t;
    bool ok = false;
    const int late = qEnvironmentVariableIntValue("PARTNERDESK_LATE_PROBE_MS", &ok);
    if (ok && late >= 0) {
        t.lateMs = late;
        t.recheckMs = std::clamp(late / 4, 50, t.recheckMs);
    }
    return t;
}

VerifiedWrite::VerifiedWrite(const Writer &writer, WriteSpec spec, QObject *parent)
    : QObject(parent), m_writer(writer), m_spec(std::move(spec))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &VerifiedWrite::settle);
    m_outcome.amount = m_spec.amount;
}

VerifiedWrite *VerifiedWrite::resume(const Writer &writer, const WriteJournal::Intent &intent,
                                     QObject *parent)
{
    auto *w = new VerifiedWrite(writer, WriteSpecs::rebuild(intent.params), parent);
    w->m_resumed = true;
    w->m_intent = intent;
    w->m_windowStart = intent.windowStart;
    for (const QString &k : intent.probeIds)
        w->m_probeKeys.insert(k);
    w->m_outcome.wasInterrupted = true;
    w->m_writer.batchId = intent.batchId;
    w->m_outcome.sent = true; // it may have been
    w->m_outcome.intentId = intent.id;
    w->m_outcome.sentAt = intent.sentAt;
    w->m_sendError = BssError(BssError::Kind::Cancelled, QString(),
                              tr("The program stopped before this write's answer arrived."));
    w->m_sendError.setOutcomeUnknown(true);
    return w;
}

void VerifiedWrite::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_resumed) {
        if (!m_spec.invalid.isEmpty()) { // a write this version cannot check
            m_outcome.history << m_spec.invalid;
            finish(WriteOutcome::Kind::Interrupted);
            return;
        }
        if (!m_writer.journal->adopt(m_intent)) { // another process settles it
            finish(WriteOutcome::Kind::Interrupted);
            return;
        }
        settle();
        return;
    }
    if (!m_spec.invalid.isEmpty()) { // bad input: nothing is sent
        finish(WriteOutcome::Kind::NotApplied, BssError::invalidRequest(m_spec.invalid));
        return;
    }
    QString why;
    if (!m_writer.journal || !m_writer.journal->isUsable(&why)) {
        finish(WriteOutcome::Kind::NotApplied,
               BssError::invalidRequest(WriteOutcomeText::auditLogUnavailable(why)));
        return;
    }
    if (m_spec.precheck)
        precheck();
    else
        probe();
}

void VerifiedWrite::precheck()
{
    BssJob *job = m_writer.client->call(*m_spec.precheck);
    connect(job, &BssJob::finished, this, [this, job] {
        if (job->error().isError()) {
            finish(WriteOutcome::Kind::NotApplied, job->error());
            return;
        }
        Decimal amount = m_spec.amount;
        const QString reason = m_spec.skip(job->json(), &amount);
        m_spec.amount = amount;
        m_outcome.amount = amount;
        if (!reason.isEmpty()) {
            m_outcome.skipReason = reason;
            finish(WriteOutcome::Kind::Skipped);
            return;
        }
        probe();
    });
}

void VerifiedWrite::probe()
{
    m_outcome.probedAt = QDateTime::currentDateTimeUtc();
    m_windowStart = m_outcome.probedAt.addMSecs(-m_writer.timing.windowMs);
    readEvidence(0, Records(), [this](const Records &records, const BssError &error) {
        if (error.isError()) { // without the probe a lost answer could not be settled
            finish(WriteOutcome::Kind::NotApplied, error);
            return;
        }
        for (const EvidenceRecord &r : records)
            m_probeKeys.insert(scoped(r.key));
        begin();
    });
}

QString VerifiedWrite::scoped(const QString &key) const
{
    return m_writer.profile + u'|' + key;
}

AuditLog::Entry VerifiedWrite::auditEntry(const QString &result) const
{
    AuditLog::Entry e = m_writer.entry(m_spec.action, m_spec.target);
    e.amount = m_spec.amount;
    e.currency = m_spec.amount.isValid() ? m_writer.currency : QString();
    e.result = result;
    e.errorCode = m_outcome.error.code();
    e.requestId = m_outcome.requestId;
    e.detail = m_outcome.recordKey;
    return e;
}

void VerifiedWrite::begin()
{
    // Who, what, to whom and how much come from the audit entry (WriteJournal::begin).
    m_intent.operation = m_spec.operation;
    m_intent.matchKey = scoped(m_spec.matchKey);
    m_intent.params = m_spec.params;
    m_intent.probeIds = QStringList(m_probeKeys.cbegin(), m_probeKeys.cend());
    m_intent.windowStart = m_windowStart;
    QString error;
    if (!m_writer.journal->begin(m_intent, auditEntry(QString()), &error)) {
        finish(WriteOutcome::Kind::NotApplied,
               BssError::invalidRequest(WriteOutcomeText::auditLogUnavailable(error)));
        return;
    }
    m_outcome.intentId = m_intent.id;
    send();
}

void VerifiedWrite::send()
{
    m_outcome.sent = true;
    m_outcome.sentAt = QDateTime::currentDateTimeUtc();
    qCDebug(lcOps).noquote() << "send" << m_spec.operation << m_spec.target << "intent"
                             << m_intent.id;
    emit sending();
    BssJob *job = m_writer.client->call(m_spec.write);
    connect(job, &BssJob::finished, this, [this, job] { answered(job); });
}

void VerifiedWrite::answered(BssJob *job)
{
    const BssError error = job->error();
    m_outcome.requestId = job->requestId();
    if (!error.isError()) {
        if (!job->partialFailures().isEmpty()) { // the item was refused inside a 200
            m_outcome.error = BssError::fromDetail(job->partialFailures().first());
            finish(WriteOutcome::Kind::NotApplied, m_outcome.error);
            return;
        }
        const EvidenceRecord made = m_spec.fromAnswer(job->json());
        m_outcome.reference = made.reference;
        if (made.key.isEmpty()) {
            // A 2xx that names no record is not proof enough: settled from the records.
            m_sendError = BssError(BssError::Kind::MalformedResponse, QString(),
                                   tr("The answer does not name the record the write made."));
            m_sendError.setOutcomeUnknown(true);
            m_sendError.setRequestId(job->requestId());
            m_writer.journal->markSettling(m_intent.id);
            settle();
            return;
        }
        m_outcome.recordKey = made.key;
        AuditLog::Entry e = auditEntry(WriteOutcome::resultName(WriteOutcome::Kind::Done));
        if (!m_writer.journal->claimAndResolve(m_intent.id, scoped(made.key), e)) {
            // Already claimed: a settlement took this write's record for another one. The
            // server's answer stands; the conflict is kept in the history and the audit log.
            m_outcome.history
                << tr("Record %1 was already claimed by another write.").arg(made.key);
            e.result = QStringLiteral("done-claim-conflict");
            m_writer.journal->resolve(m_intent.id, e);
        }
        m_resolved = true;
        finish(WriteOutcome::Kind::Done);
        return;
    }
    const bool throttled = error.kind() == BssError::Kind::RateLimited && !error.outcomeUnknown();
    if (throttled && m_resends < m_writer.timing.max429Resends) {
        // The gateway answered before processing: proven not applied, so it may go again.
        const int wait = std::max(1, error.retryAfterSeconds());
        ++m_resends;
        m_outcome.history << tr("Answered 429 (too many requests) before processing; sent again "
                                "after %n second(s).",
                                nullptr, wait);
        QTimer::singleShot(wait * 1000, this, &VerifiedWrite::send);
        return;
    }
    if (!error.outcomeUnknown()) {
        finish(WriteOutcome::Kind::NotApplied, error);
        return;
    }
    m_sendError = error;
    m_writer.journal->markSettling(m_intent.id);
    settle();
}

void VerifiedWrite::readEvidence(int offset, Records partial,
                                 std::function<void(const Records &, const BssError &)> done)
{
    BssJob *job = m_writer.client->call(m_spec.evidence(m_windowStart, offset, PageSize));
    connect(job, &BssJob::finished, this, [this, job, offset, partial, done]() mutable {
        if (job->error().isError()) {
            done(Records(), job->error());
            return;
        }
        int pageSize = 0;
        int total = 0;
        QString problem;
        const auto records = m_spec.records(job->json(), &pageSize, &total, &problem);
        if (!records) {
            done(Records(), BssError(BssError::Kind::MalformedResponse, QString(), problem));
            return;
        }
        partial += *records;
        const int next = offset + pageSize;
        if (pageSize == 0 || next >= total)
            done(partial, BssError());
        else if (next >= PageSize * MaxPages)
            done(Records(), BssError(BssError::Kind::MalformedResponse, QString(),
                                     tr("Too many records to tell which one is this write's.")));
        else
            readEvidence(next, partial, done);
    });
}

void VerifiedWrite::settle()
{
    readEvidence(0, Records(), [this](const Records &records, const BssError &readError) {
        if (readError.isError()) {
            waitAndSettle(tr("The records could not be read: %1").arg(readError.userMessage()));
            return;
        }
        // New since the probe: a key the probe did not see, and a time inside the window.
        Records fresh;
        for (EvidenceRecord r : records) {
            r.key = scoped(r.key);
            if (!m_probeKeys.contains(r.key) && (!r.time.isValid() || r.time >= m_windowStart))
                fresh.append(r);
        }
        std::sort(fresh.begin(), fresh.end(), [](const EvidenceRecord &a, const EvidenceRecord &b) {
            return a.time != b.time ? a.time < b.time : a.key < b.key;
        });
        QStringList keys;
        for (const EvidenceRecord &r : fresh)
            keys << r.key;
        m_outcome.fromRecords = true;
        m_outcome.recordKey.clear();
        const auto d = m_writer.journal->settle(
            m_intent.id, m_intent.matchKey, keys,
            [this] {
                AuditLog::Entry e = auditEntry(WriteOutcome::resultName(WriteOutcome::Kind::Done));
                e.errorCode = m_sendError.code();
                return e;
            }(),
            m_writer.timing.leaseMs);
        using K = WriteJournal::Decision::Kind;
        switch (d.kind) {
        case K::Claimed:
            for (const EvidenceRecord &r : fresh) {
                if (r.key == d.recordKey)
                    m_outcome.reference = r.reference;
            }
            m_outcome.recordKey = d.recordKey.mid(m_writer.profile.size() + 1);
            m_resolved = true; // with its claim, in the journal's transaction
            finish(WriteOutcome::Kind::Done);
            return;
        case K::Wait:
            waitAndSettle(tr("Another write of the same kind is still waiting for its answer."));
            return;
        case K::TooMany:
            // More new matching records than our writes of that kind: someone else wrote too.
            for (const EvidenceRecord &r : std::as_const(fresh)) {
                if (d.unclaimed.contains(r.key))
                    m_outcome.candidates << r.reference;
            }
            finish(WriteOutcome::Kind::Unknown, m_sendError);
            return;
        case K::Failed:
            m_outcome.history << tr("The local audit log could not be written: %1").arg(d.error);
            finish(WriteOutcome::Kind::Unknown, m_sendError);
            return;
        case K::None:
            break;
        }
        const QDateTime late = m_outcome.sentAt.addMSecs(m_writer.timing.lateMs);
        if (QDateTime::currentDateTimeUtc() >= late) {
            finish(WriteOutcome::Kind::NotApplied, m_sendError); // nothing, late enough
            return;
        }
        waitAndSettle(QString());
    });
}

void VerifiedWrite::waitAndSettle(const QString &why)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime late = m_outcome.sentAt.addMSecs(m_writer.timing.lateMs);
    // Reading keeps going until the late probe; past it only a waiting peer or a read that
    // failed holds the settlement back, up to the lease.
    const QDateTime giveUp = m_outcome.sentAt.addMSecs(
        std::max<qint64>(m_writer.timing.lateMs, m_writer.timing.leaseMs));
    if (now >= giveUp) {
        if (!why.isEmpty())
            m_outcome.history << why;
        finish(WriteOutcome::Kind::Unknown, m_sendError);
        return;
    }
    QDateTime next = now.addMSecs(m_writer.timing.recheckMs);
    if (now < late && next > late)
        next = late;
    m_outcome.kind = WriteOutcome::Kind::Unknown;
    m_outcome.error = m_sendError;
    m_outcome.nextCheck = next;
    emit checking(m_outcome);
    m_timer.start(int(std::max<qint64>(1, now.msecsTo(next))));
}

void VerifiedWrite::finish(WriteOutcome::Kind kind, const BssError &error)
{
    m_outcome.kind = kind;
    m_outcome.error = error;
    m_outcome.nextCheck = QDateTime();
    m_outcome.settledAt = QDateTime::currentDateTimeUtc();
    qCDebug(lcOps).noquote() << "settled" << m_spec.operation << m_spec.target
                             << WriteOutcome::resultName(kind) << m_outcome.reference;
    if (m_intent.id > 0 && !m_resolved && kind != WriteOutcome::Kind::Interrupted)
        m_writer.journal->resolve(m_intent.id, auditEntry(WriteOutcome::resultName(kind)));
    const bool mayHaveChanged =
        kind == WriteOutcome::Kind::Done || (kind == WriteOutcome::Kind::Unknown && m_outcome.sent);
    if (mayHaveChanged && m_writer.changed)
        m_writer.changed(m_spec.operation, m_spec.target);
    emit finished(m_outcome);
}
