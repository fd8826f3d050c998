#include "core/auditlog.h"

#include "core/privatefiles.h"

#include <QAtomicInteger>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace {
QAtomicInteger<int> g_auditConnections;
}

AuditLog::AuditLog(const QString &file)
    : m_file(file)
    , m_connection(QStringLiteral("pc-audit-%1").arg(g_auditConnections.fetchAndAddRelaxed(1)))
{
    if (m_file.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        PrivateFiles::makeDirectory(dir);
        m_file = dir + QStringLiteral("/audit.sqlite");
    }
    PrivateFiles::touch(m_file);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_file);
    m_open = db.open();
    QSqlQuery q(db);
    m_open = m_open && q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) &&
             q.exec(QStringLiteral("PRAGMA synchronous=NORMAL")) &&
             q.exec(QStringLiteral("PRAGMA busy_timeout=5000")) &&
             q.exec(QStringLiteral(
                 "CREATE TABLE IF NOT EXISTS audit(seq INTEGER PRIMARY KEY, time TEXT NOT NULL,"
                 " profile TEXT, operator TEXT, action TEXT NOT NULL, target TEXT, amount TEXT,"
                 " currency TEXT, result TEXT, error_code TEXT, request_id TEXT, detail TEXT)")) &&
             q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS audit_time ON audit(time)"));
    // Columns added after the first release; an older file gets them here.
    if (m_open) {
        QStringList have;
        QSqlQuery info(db);
        if (info.exec(QStringLiteral("PRAGMA table_info(audit)")))
            while (info.next())
                have << info.value(1).toString();
        for (const char *column : {"site TEXT", "batch_id TEXT", "intent_id INTEGER"}) {
            const QString def = QString::fromLatin1(column);
            if (!have.contains(def.section(u' ', 0, 0)))
                m_open = m_open && q.exec(QStringLiteral("ALTER TABLE audit ADD COLUMN ") + def);
        }
    }
    if (!m_open)
        m_error = q.lastError().text().isEmpty() ? db.lastError().text() : q.lastError().text();
}

AuditLog::~AuditLog()
{
    database().close();
    QSqlDatabase::removeDatabase(m_connection); // no QSqlDatabase of it is left here
}

QSqlDatabase AuditLog::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool AuditLog::record(Entry e)
{
    if (!m_open)
        return false;
    if (!e.time.isValid())
        e.time = QDateTime::currentDateTimeUtc();
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO audit(time, profile, operator, action, target, amount,"
                             " currency, result, error_code, request_id, detail, site, batch_id,"
                             " intent_id) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v :
         {QVariant(e.time.toUTC().toString(Qt::ISODateWithMs)), QVariant(e.profile),
          QVariant(e.operatorLabel), QVariant(e.action), QVariant(e.target),
          QVariant(e.amount.isValid() ? e.amount.toString() : QString()), QVariant(e.currency),
          QVariant(e.result), QVariant(e.errorCode), QVariant(e.requestId), QVariant(e.detail),
          QVariant(e.site), QVariant(e.batchId),
          e.intentId > 0 ? QVariant(e.intentId) : QVariant()})
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

QList<AuditLog::Entry> AuditLog::entries(const Filter &f) const
{
    QList<Entry> out;
    QString sql = QStringLiteral(
        "SELECT time, profile, operator, action, target, amount, currency,"
        " result, error_code, request_id, detail, site, batch_id, intent_id FROM audit"
        " WHERE 1 = 1");
    QVariantList binds;
    if (!f.action.isEmpty()) {
        sql += QStringLiteral(" AND action = ?");
        binds << f.action;
    }
    if (!f.text.isEmpty()) {
        sql += QStringLiteral(" AND (instr(target, ?) > 0 OR instr(profile, ?) > 0 OR"
                              " instr(detail, ?) > 0)");
        binds << f.text << f.text << f.text;
    }
    if (f.from.isValid()) {
        sql += QStringLiteral(" AND time >= ?");
        binds << f.from.toUTC().toString(Qt::ISODateWithMs);
    }
    if (f.to.isValid()) {
        sql += QStringLiteral(" AND time <= ?");
        binds << f.to.toUTC().toString(Qt::ISODateWithMs);
    }
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    binds << f.limit;
    QSqlQuery q(database());
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        Entry e;
        e.time = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
        e.profile = q.value(1).toString();
        e.operatorLabel = q.value(2).toString();
        e.action = q.value(3).toString();
        e.target = q.value(4).toString();
        e.amount = Decimal::parse(q.value(5).toString()).value_or(Decimal::invalid());
        e.currency = q.value(6).toString();
        e.result = q.value(7).toString();
        e.errorCode = q.value(8).toString();
        e.requestId = q.value(9).toString();
        e.detail = q.value(10).toString();
        e.site = q.value(11).toString();
        e.batchId = q.value(12).toString();
        e.intentId = q.value(13).toLongLong();
        out.append(e);
    }
    return out;
}
