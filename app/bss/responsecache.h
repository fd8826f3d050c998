#pragma once

#include "bss/apirequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QThread>

#include <functional>

// The offline cache of one profile: the last successful answer of every read call, kept in a
// SQLite file in the app data dir so that pages stay browsable while the server can't be reached.
// Personal data is stored masked (Masking::kindOfField decides which fields), never in clear:
// the cache has no key to protect, so a copied file reveals nothing the masked table would not.
// All file work runs on the cache's own thread; store() and lookup() never block the caller.
class ResponseCache : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        bool found = false;
        QJsonObject json;
        QDateTime syncedAt; // UTC
    };

    explicit ResponseCache(const QString &file, QObject *parent = nullptr);
    ~ResponseCache() override;

    // <AppDataLocation>/cache/<name, made file-safe>-<hash>.sqlite
    static QString defaultFile(const QString &name);
    // The identity of a request: operation, method, path, sorted query and body.
    static QByteArray keyOf(const ApiRequest &request);
    // A copy of the answer with every personal field masked (recursively).
    static QJsonObject masked(const QJsonObject &json);

    QString file() const { return m_file; }
    void store(const ApiRequest &request, const QJsonObject &json,
               const QDateTime &syncedAt = QDateTime::currentDateTimeUtc());
    // Calls done(entry) on context's thread, unless context is gone by then.
    void lookup(const ApiRequest &request, QObject *context, std::function<void(Entry)> done);
    // Removes everything (Tools > Clear offline data).
    void clear();
    // Waits for the queued work to be written; for tests and shutdown only.
    void flush();

private:
    QString m_file;
    QString m_connection;
    QThread m_thread;
    QObject *m_worker = nullptr;
};
