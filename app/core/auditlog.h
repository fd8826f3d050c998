#pragma once

#include "core/decimal.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The local audit log (SQLite in the app's data directory): who did what to whom, with amount,
// result, error code and request id. Money operations, unmasking and unmasked exports are
// written here. Entries are never updated or deleted by the app. Writes are single small
// inserts (WAL, synchronous=NORMAL), well under a millisecond.
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

private:
    QString m_file;
    QString m_connection;
    QSqlDatabase m_db;
    bool m_open = false;
    mutable QString m_error;
};
