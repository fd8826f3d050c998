#pragma once

#include "core/decimal.h"

#include <QDateTime>
#include <QList>
#include <QString>

class QSqlDatabase;

// The local audit log (SQLite in the app's data directory): who did what to whom, with amount,
// result, error code and request id. Every write (its intent before it is sent, its outcome
// after; see WriteJournal), unmasking and unmasked exports are written here. Entries are never
// updated or deleted by the app. Writes are single small inserts (WAL, synchronous=NORMAL:
// durable across a crash of the app), well under a millisecond. Several processes share the
// file (busy timeout 5 s). The file is created 0600 in a 0700 folder.
class AuditLog
{
public:
    struct Entry
    {
        QDateTime time; // UTC; set on record() when empty
        QString profile;
        QString operatorLabel;
        QString action; // "allocate", "reclaim", "unbind", "reveal", "export", …
        QString target; // customer id, column, file name
        Decimal amount = Decimal::invalid();
        QString currency;
        QString result; // "done", "failed", "unknown", "submitted", …
        QString errorCode;
        QString requestId;
        QString detail;
        QString site;        // the profile's site ("china", "intl", "sandbox-china", …)
        QString batchId;     // the batch the write belongs to (empty: a single write)
        qint64 intentId = 0; // the write journal's intent this entry is about (0: none)
    };
    struct Filter
    {
        QString action;
        QString text; // in target, profile or detail
        QDateTime from;
        QDateTime to;
        int limit = 1000;
    };

    explicit AuditLog(const QString &file = QString()); // empty: <AppDataLocation>/audit.sqlite
    ~AuditLog();
    AuditLog(const AuditLog &) = delete;
    AuditLog &operator=(const AuditLog &) = delete;

    bool isOpen() const { return m_open; }
    QString lastError() const { return m_error; }
    QString fileName() const { return m_file; }
    bool record(Entry entry);
    QList<Entry> entries(const Filter &filter) const; // newest first
    // The connection (for the write journal, whose intents commit with their entries).
    QSqlDatabase database() const; // Qt Sql stays inside core: only this .cpp and the journal's

private:
    QString m_file;
    QString m_connection;
    bool m_open = false;
    mutable QString m_error;
};
