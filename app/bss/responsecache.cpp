#include "bss/responsecache.h"

#include "core/masking.h"
#include "core/privatefiles.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>

namespace {

QAtomicInteger<int> g_cacheConnections;
constexpr qint64 kKeepDays = 45; // answers older than this are dropped when the cache opens

QJsonValue maskValue(const QString &field, const QJsonValue &v);

QJsonArray maskArray(const QString &field, const QJsonArray &a)
{
    QJsonArray out;
    for (const QJsonValue &v : a)
        out.append(maskValue(field, v));
    return out;
}

QJsonValue maskValue(const QString &field, const QJsonValue &v)
{
    if (v.isObject())
        return ResponseCache::masked(v.toObject());
    if (v.isArray())
        return maskArray(field, v.toArray());
    if (v.isString()) {
        const Masking::Kind kind = Masking::kindOfField(field);
        if (kind != Masking::Kind::None)
            return Masking::mask(v.toString(), kind);
    }
    return v;
}

} // namespace

ResponseCache::ResponseCache(const QString &file, QObject *parent)
    : QObject(parent)
    , m_file(file)
    , m_connection(QStringLiteral("pc-cache-%1").arg(g_cacheConnections.fetchAndAddRelaxed(1)))
{
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("offline-cache"));
    m_thread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(m_worker, [file = m_file, name = m_connection] {
        PrivateFiles::makeDirectory(QFileInfo(file).absolutePath());
        PrivateFiles::touch(file); // masked, but the user's all the same: 0600 in 0700
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (!db.open())
            return;
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS answers(key BLOB PRIMARY KEY,"
                              " operation TEXT NOT NULL, body BLOB NOT NULL,"
                              " synced_at INTEGER NOT NULL)"));
        q.prepare(QStringLiteral("DELETE FROM answers WHERE synced_at < ?"));
        q.addBindValue(QDateTime::currentDateTimeUtc().addDays(-kKeepDays).toMSecsSinceEpoch());
        q.exec();
    });
}

ResponseCache::~ResponseCache()
{
    QMetaObject::invokeMethod(
        m_worker,
        [name = m_connection] {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString ResponseCache::defaultFile(const QString &name)
{
    QString safe;
    for (const QChar c : name)
        safe += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'-' ? c : QChar(u'_');
    const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/cache/") + safe.left(40) + u'-' +
           QString::fromLatin1(hash.toHex().left(8)) + QStringLiteral(".sqlite");
}

QByteArray ResponseCache::keyOf(const ApiRequest &request)
{
    QList<Canonical::QueryItem> query = request.query;
    std::sort(query.begin(), query.end(), [](const auto &a, const auto &b) {
        return a.name != b.name ? a.name < b.name : a.value < b.value;
    });
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(request.operation.toUtf8());
    h.addData(QByteArrayView("\n"));
    h.addData(request.method.toUpper());
    h.addData(QByteArrayView("\n"));
    h.addData(request.path);
    for (const auto &item : query) {
        h.addData(QByteArrayView("\n"));
        h.addData(item.name);
        h.addData(QByteArrayView("="));
        h.addData(item.value);
    }
    h.addData(QByteArrayView("\n\n"));
    h.addData(request.body);
    return h.result();
}

QJsonObject ResponseCache::masked(const QJsonObject &json)
{
    QJsonObject out;
    for (auto it = json.begin(); it != json.end(); ++it)
        out.insert(it.key(), maskValue(it.key(), it.value()));
    return out;
}

void ResponseCache::store(const ApiRequest &request, const QJsonObject &json,
                          const QDateTime &syncedAt)
{
    QMetaObject::invokeMethod(m_worker, [name = m_connection, key = keyOf(request),
                                         operation = request.operation, json,
                                         at = syncedAt.toMSecsSinceEpoch()] {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (!db.isOpen())
            return;
        const QByteArray body = QJsonDocument(masked(json)).toJson(QJsonDocument::Compact);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO answers(key, operation, body, synced_at)"
                                 " VALUES(?,?,?,?)"));
        q.addBindValue(key);
        q.addBindValue(operation);
        q.addBindValue(body);
        q.addBindValue(at);
        q.exec();
    });
}

void ResponseCache::lookup(const ApiRequest &request, QObject *context,
                           std::function<void(Entry)> done)
{
    // The answer is posted to the cache itself (alive until the worker has stopped), which then
    // checks on its own thread whether the context still exists.
    QMetaObject::invokeMethod(m_worker, [self = this, name = m_connection, key = keyOf(request),
                                         context = QPointer<QObject>(context),
                                         done = std::move(done)] {
        Entry entry;
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT body, synced_at FROM answers WHERE key = ?"));
            q.addBindValue(key);
            if (q.exec() && q.next()) {
                const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toByteArray());
                entry.found = doc.isObject();
                entry.json = doc.object();
                entry.syncedAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
            }
        }
        QMetaObject::invokeMethod(
            self,
            [context, done, entry] {
                if (context)
                    done(entry);
            },
            Qt::QueuedConnection);
    });
}

void ResponseCache::clear()
{
    QMetaObject::invokeMethod(m_worker, [name = m_connection] {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            QSqlQuery(db).exec(QStringLiteral("DELETE FROM answers"));
    });
}

void ResponseCache::flush()
{
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}
