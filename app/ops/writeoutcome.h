#pragma once

#include "bss/bsserror.h"
#include "core/decimal.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

// What one verified write did, with the evidence (VerifiedWrite).
struct WriteOutcome
{
    enum class Kind {
        Done,        // the server said so, or a record proven ours shows it
        NotApplied,  // the server refused it, or a late enough probe shows nothing: safe to retry
        Unknown,     // no proof either way (see candidates, nextCheck)
        Interrupted, // found unresolved after a restart and not settled yet
        Skipped,     // the precheck said it cannot apply now; nothing was sent
    };
    Kind kind = Kind::Unknown;
    bool fromRecords = false;    // settled by reading the server's records (the answer was lost)
    bool wasInterrupted = false; // settled after a restart
    bool sent = false;           // the write went out at least once
    QString recordKey;           // the server record proven ours
    QString reference;           // transaction, coupon, quota, request or agreement id
    QString requestId;           // X-Request-Id of the write's answer
    QDateTime probedAt;
    QDateTime sentAt;
    QDateTime settledAt;
    QDateTime nextCheck;    // Unknown: when it reads the records again; invalid: it stopped
    QStringList candidates; // Unknown: the records that may be this write's
    QStringList history;    // what happened on the way ("429 before processing: sent again …")
    Decimal amount = Decimal::invalid(); // what moves (asked, or a coupon's balance)
    QString skipReason;
    BssError error; // why not done
    qint64 intentId = 0;

    // The audit result word: done, not-applied, unknown, interrupted, skipped.
    static QString resultName(Kind kind);
};
Q_DECLARE_METATYPE(WriteOutcome)
