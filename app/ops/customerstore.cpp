#include "ops/customerstore.h"

#include "core/privatefiles.h"

#include <QAtomicInteger>
#include <QCollator>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

namespace {

constexpr int kFormat = 1;

// One connection per call, so the store can be used from any thread at the same time.
class Connection
{
public:
    Connection(const QString &file, bool readOnly)
    {
        static QAtomicInteger<quint64> counter;
        m_name = QStringLiteral("customerstore-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(file);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_ok = db.open();
        if (!m_ok)
            m_error = db.lastError().text();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }

private:
    QString m_name;
    bool m_ok = false;
    QString m_error;
};

bool fail(QString *problem, const QString &why)
{
    if (problem)
        *problem = why;
    return false;
}

QString baseOf(const QString &offlineCacheFile)
{
    QString base = offlineCacheFile;
    if (base.endsWith(QLatin1String(".sqlite")))
        base.chop(7);
    return base + QStringLiteral("-customers-");
}

// Removes the saved lists that start with `prefix` (a baseOf()), except `keep`.
void removeLists(const QString &prefix, const QString &keep)
{
    const QFileInfo base(prefix);
    const QDir dir = base.absoluteDir();
    const QStringList names =
        dir.entryList({base.fileName() + QStringLiteral("*.sqlite*")}, QDir::Files);
    for (const QString &name : names) {
        const QString path = dir.absoluteFilePath(name);
        if (keep.isEmpty() || path != QFileInfo(keep).absoluteFilePath())
            QFile::remove(path);
    }
}

} // namespace

QString CustomerStore::fileFor(const QString &offlineCacheFile, const QByteArray &owner)
{
    const QByteArray hash = QCryptographicHash::hash(owner, QCryptographicHash::Sha256).toHex();
    return baseOf(offlineCacheFile) + QString::fromLatin1(hash.left(16)) +
           QStringLiteral(".sqlite");
}

void CustomerStore::removeAll(const QString &offlineCacheFile)
{
    removeLists(baseOf(offlineCacheFile), QString());
}

bool CustomerStore::save(const QString &file, const CustomerColumns &columns,
                         const QByteArray &owner, QString *problem)
{
    CustomerColumns masked = CustomerColumns::masked(columns);
    const QCollator collator{QLocale()}; // what the table sorts with (CustomerFilterProxy)
    masked.ranks(CustomerColumns::CustomerName, collator);
    const QString collation = CustomerColumns::collationName(collator);

    PrivateFiles::makeDirectory(QFileInfo(file).absolutePath());
    const QString part = file + QStringLiteral(".part");
    QFile::remove(part);
    PrivateFiles::touch(part); // renamed over the store: 0600 like it
    {
        Connection c(part, false);
        if (!c.ok())
            return fail(problem, c.error());
        QSqlQuery q(c.db());
        const char *setup[] = {
            "PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF", "PRAGMA page_size=65536",
            "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE chunk(seq INTEGER PRIMARY KEY, rows INTEGER NOT NULL, data BLOB NOT "
            "NULL)"};
        for (const char *sql : setup) {
            if (!q.exec(QString::fromLatin1(sql)))
                return fail(problem, q.lastError().text());
        }
        c.db().transaction();
        q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?)"));
        const QList<QPair<QString, QString>> meta = {
            {QStringLiteral("format"), QString::number(kFormat)},
            {QStringLiteral("owner"), QString::fromLatin1(owner)},
            {QStringLiteral("rows"), QString::number(masked.size())},
            {QStringLiteral("arena_bytes"), QString::number(masked.arenaSize())},
            {QStringLiteral("search_bytes"), QString::number(masked.searchSize())},
            {QStringLiteral("saved_at"),
             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
        for (const auto &[key, value] : meta) {
            q.addBindValue(key);
            q.addBindValue(value);
            if (!q.exec())
                return fail(problem, q.lastError().text());
        }
        q.prepare(QStringLiteral("INSERT INTO chunk(seq, rows, data) VALUES(?, ?, ?)"));
        for (int first = 0, seq = 0; first < masked.size(); first += ChunkRows, ++seq) {
            const int count = qMin(ChunkRows, masked.size() - first);
            q.addBindValue(seq);
            q.addBindValue(count);
            q.addBindValue(
                masked.encodeChunk(first, count, CustomerColumns::CustomerName, collation));
            if (!q.exec())
                return fail(problem, q.lastError().text());
        }
        if (!c.db().commit())
            return fail(problem, c.db().lastError().text());
    }
#ifdef Q_OS_WIN
    QFile::remove(file);
#endif
    // POSIX rename() replaces the old file in one step.
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(file).constData()) != 0)
        return fail(problem, QStringLiteral("cannot replace %1").arg(file));
    const qsizetype cut = file.lastIndexOf(QLatin1String("-customers-"));
    if (cut > 0)
        removeLists(file.left(cut) + QStringLiteral("-customers-"), file);
    return true;
}

CustomerStore::Snapshot CustomerStore::load(const QString &file, const QByteArray &owner)
{
    Snapshot s;
    if (!QFileInfo::exists(file)) {
        s.problem = QStringLiteral("no saved list");
        return s;
    }
    Connection c(file, true);
    if (!c.ok()) {
        s.problem = c.error();
        return s;
    }
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    QHash<QString, QString> meta;
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta"))) {
        s.problem = q.lastError().text();
        return s;
    }
    while (q.next())
        meta.insert(q.value(0).toString(), q.value(1).toString());
    if (meta.value(QStringLiteral("format")) != QString::number(kFormat)) {
        s.problem = QStringLiteral("unknown format");
        return s;
    }
    if (meta.value(QStringLiteral("owner")).toLatin1() != owner) {
        s.problem = QStringLiteral("another account's list");
        return s;
    }
    bool rowsOk = false;
    const int rows = meta.value(QStringLiteral("rows")).toInt(&rowsOk);
    // Sizes from the file are only hints to reserve memory; a damaged one must not make us
    // reserve more than the file could hold.
    const qint64 fileSize = QFileInfo(file).size();
    if (!rowsOk || rows < 0 || qint64(rows) > fileSize) {
        s.problem = QStringLiteral("damaged header");
        return s;
    }
    s.columns.reserve(rows);
    const qint64 arenaBytes = meta.value(QStringLiteral("arena_bytes")).toLongLong();
    const qint64 searchBytes = meta.value(QStringLiteral("search_bytes")).toLongLong();
    if (arenaBytes > 0 && searchBytes > 0 && arenaBytes + searchBytes <= fileSize)
        s.columns.reserveText(arenaBytes, searchBytes);
    if (!q.exec(QStringLiteral("SELECT data FROM chunk ORDER BY seq"))) {
        s.problem = q.lastError().text();
        return s;
    }
    while (q.next()) {
        if (!s.columns.appendChunk(q.value(0).toByteArray(), &s.problem)) {
            s.columns = CustomerColumns();
            return s;
        }
    }
    if (s.columns.size() != rows) {
        s.problem = QStringLiteral("rows missing");
        s.columns = CustomerColumns();
        return s;
    }
    s.columns.finishLoading();
    s.savedAt = QDateTime::fromString(meta.value(QStringLiteral("saved_at")), Qt::ISODateWithMs);
    s.savedAt.setTimeSpec(Qt::UTC);
    s.ok = true;
    return s;
}
