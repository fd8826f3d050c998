#pragma once

#include "core/auditlog.h"
#include "core/decimal.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The write-ahead journal of every write the app sends, kept in the audit database (the same
// SQLite file, the same connection) so that an intent and its audit entry commit together:
//
//  - an *intent* is committed before a write is sent (operation, target, amount, the ids the
//    probe saw, the process that owns it); its audit entry says "intent";
//  - a *claim* ties one server record (an adjust record's trans_id, a coupon record, …) to one
//    intent. Claims are exclusive across every process on this machine: a record key can be
//    claimed once (PRIMARY KEY), inside an IMMEDIATE transaction that also reads the peers;
//  - the *outcome* resolves the intent and writes its audit entry, in the same transaction as
//    its claim.
//
// Intents left unresolved by a process that died (or that outlived the lease) are interrupted;
// the next start (GUI or CLI) settles them with the same rules.
class WriteJournal
{
public:
    enum class State { Sending, Settling, Resolved };
    struct Intent
    {
        qint64 id = -1;
        QDateTime created; // UTC
        QString profile;
        QString site;
        QString operatorLabel;
        QString batchId;
        QString operation; // the write's operation name
        QString action;    // the audit action ("allocate", "coupon-issue", …)
        QString target;
        Decimal amount = Decimal::invalid();
        QString currency;
        QString matchKey;      // writes with the same key are interchangeable on the server
        QJsonObject params;    // enough to rebuild the write's evidence check after a restart
        QStringList probeIds;  // record keys the probe saw before sending
        QDateTime windowStart; // evidence is read from this time on (server records' time)
        qint64 ownerPid = 0;
        State state = State::Sending;
        QDateTime sentAt;
    };
    // What settle() found in one transaction.
    struct Decision
    {
        enum class Kind {
            Claimed, // the first unclaimed candidate is now ours (and the intent resolved)
            Wait,    // candidates exist, but a peer's answer is still on the wire
            TooMany, // more unclaimed candidates than unresolved writes: another client wrote
            None,    // no unclaimed candidate
            Failed,  // the journal could not be written
        };
        Kind kind = Kind::None;
        QString recordKey;     // Claimed
        QStringList unclaimed; // the candidates nobody has claimed
        QString error;         // Failed
    };

    explicit WriteJournal(AuditLog *log);

    // Usable when the audit database is open and its tables exist; otherwise *why says so.
    bool isUsable(QString *why = nullptr) const;
    // Commits the intent and its audit entry (result "intent"); sets intent.id and takes who,
    // what, to whom and how much from `audit`. On failure nothing may be sent.
    bool begin(Intent &intent, const AuditLog::Entry &audit, QString *error);
    bool markSettling(qint64 id);
    // Resolves without a claim (not applied, unknown, or done with a claim made by claim()).
    bool resolve(qint64 id, const AuditLog::Entry &outcome);
    // Claims `recordKey` for `id` and resolves it with `outcome` (detail gets the key), in one
    // transaction. False when someone else holds the key or the journal failed (lastError()).
    bool claimAndResolve(qint64 id, const QString &recordKey, AuditLog::Entry outcome);
    // The settlement decision for intent `id` over `candidates` (record keys new since its probe
    // and matching it, ordered by the caller by time then key). Claims the first unclaimed one
    // only when no peer with the same match key is still waiting for its answer and the
    // unclaimed candidates do not outnumber the unresolved intents of that key (this one
    // included). `done` is written as the outcome's audit entry when a claim is made.
    Decision settle(qint64 id, const QString &matchKey, const QStringList &candidates,
                    const AuditLog::Entry &done, qint64 leaseMs);
    // Intents of `profile` not resolved whose owner is gone (or older than `staleMs`).
    QList<Intent> interrupted(const QString &profile, qint64 staleMs) const;
    // Takes an interrupted intent over (this process becomes its owner).
    bool adopt(const Intent &intent);
    QString lastError() const { return m_error; }

    static bool processAlive(qint64 pid);

private:
    bool ensureTables();
    // Inside a transaction: false when the key is held already or the insert failed (m_error).
    bool insertClaim(const QString &recordKey, qint64 id);
    bool writeOutcome(qint64 id, AuditLog::Entry outcome, const QString &recordKey);

    AuditLog *m_log;
    bool m_ready = false;
    mutable QString m_error;
};
