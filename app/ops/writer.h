#pragma once

#include "core/auditlog.h"

#include <QString>

#include <functional>

class BssClient;
class WriteJournal;

// Who writes, and how patiently (the engine's settings; see docs/reliability.md).
struct WriteTiming
{
    // A write whose answer was lost counts as not applied only when a probe this long after
    // its send still shows nothing. PARTNERDESK_LATE_PROBE_MS overrides it (tests).
    int lateMs = 60000;
    int recheckMs = 10000;  // between reads of the records while waiting
    int leaseMs = 180000;   // a peer's write older than this no longer holds a settlement back
    int windowMs = 1200000; // the probe reads records from 20 min before (covers ±15 min skew)
    int max429Resends = 5;  // 429s answered before processing, each re-sent after Retry-After
    static WriteTiming fromEnvironment();
};

// The context of every write: the profile's client, the journal (audit database), and the
// audit fields. Plain data: GUI (Session::writer()) and CLI make one each.
struct Writer
{
    BssClient *client = nullptr;
    WriteJournal *journal = nullptr;
    QString profile;
    QString site;
    QString operatorLabel;
    QString currency;
    QString batchId;
    WriteTiming timing = WriteTiming::fromEnvironment();
    // Told after a write that was done, or may have been (outcome unknown after sending): the
    // session turns it into a reload of what the write changed (WriteEffects).
    std::function<void(const QString &operation, const QString &target)> changed;

    // An audit entry with who and where filled in (profile, site, operator, batch).
    AuditLog::Entry entry(const QString &action, const QString &target) const
    {
        AuditLog::Entry e;
        e.profile = profile;
        e.site = site;
        e.operatorLabel = operatorLabel;
        e.batchId = batchId;
        e.action = action;
        e.target = target;
        return e;
    }

    Writer forBatch(const QString &id) const
    {
        Writer w = *this;
        w.batchId = id;
        return w;
    }
};
