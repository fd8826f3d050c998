#pragma once

#include "core/writejournal.h"
#include "ops/writeoutcome.h"
#include "ops/writer.h"
#include "ops/writespec.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

class BssJob;

// The one engine every write goes through (money, coupons, quotas, unbind, payment agreements,
// MDF claims), in the GUI and the CLI alike:
//
//   probe   read the evidence list (records of the target from 20 minutes ago on) and note
//           every record key it holds;
//   intent  commit the intent and its audit entry (no journal, no write);
//   send    once. Only a 429 the gateway answered before processing is sent again, after
//           Retry-After;
//   settle  a definite answer settles it (done with the answer's record claimed, or not
//           applied). A lost or unreadable answer is settled from the records: done only with
//           a record new since the probe (by key and time, never by list order), of the same
//           target, type and amount, claimed exclusively for this write (WriteJournal); more
//           unclaimed matches than unresolved writes of the same kind: unknown, with the
//           candidates; none: unknown, checking again, until a probe `lateMs` after the send
//           still shows nothing (not applied, safe to retry).
//
// The rules and their limits: docs/reliability.md.
class VerifiedWrite : public QObject
{
    Q_OBJECT
public:
    VerifiedWrite(const Writer &writer, WriteSpec spec, QObject *parent = nullptr);
    // An interrupted intent (found after a restart): settled from the records like a lost
    // answer. The spec is rebuilt from the intent's params.
    static VerifiedWrite *resume(const Writer &writer, const WriteJournal::Intent &intent,
                                 QObject *parent = nullptr);

    void start();
    const WriteOutcome &outcome() const { return m_outcome; }
    const WriteSpec &spec() const { return m_spec; }

signals:
    void sending();
    // Unknown for now: checking the records again at outcome.nextCheck.
    void checking(const WriteOutcome &outcome);
    void finished(const WriteOutcome &outcome);

private:
    using Records = QList<EvidenceRecord>;
    void precheck();
    void probe();
    void begin();
    void send();
    void answered(BssJob *job);
    void settle();
    void readEvidence(int offset, Records partial,
                      std::function<void(const Records &, const BssError &)> done);
    void waitAndSettle(const QString &why);
    void finish(WriteOutcome::Kind kind, const BssError &error = BssError());
    AuditLog::Entry auditEntry(const QString &result) const;
    // A record or match key in the profile's namespace: two accounts (or two sandboxes) may
    // hold records of the same ids.
    QString scoped(const QString &key) const;

    Writer m_writer;
    WriteSpec m_spec;
    WriteJournal::Intent m_intent;
    QSet<QString> m_probeKeys;
    QDateTime m_windowStart;
    BssError m_sendError; // why the answer was lost
    int m_resends = 0;
    bool m_resumed = false;
    bool m_resolved = false; // the journal resolved it with its claim
    bool m_started = false;
    QTimer m_timer;
    WriteOutcome m_outcome;
};
