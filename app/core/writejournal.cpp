#include "core/writejournal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace {

QString stateName(WriteJournal::State s)
{
    switch (s) {
    case WriteJournal::State::Sending:
        return QStringLiteral("sending");
    case WriteJournal::State::Settling:
        return QStringLiteral("settling");
    case WriteJournal::State::Resolved:
        return QStringLiteral("resolved");
    }
    return {};
}

WriteJournal::State stateOf(const QString &s)
{
    return s == u"settling"   ? WriteJournal::State::Settling
           : s == u"resolved" ? WriteJournal::State::Resolved
                              : WriteJournal::State::Sending;
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// BEGIN IMMEDIATE … COMMIT, rolled back unless committed.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(db)
    {
        QSqlQuery q(m_db);
        m_ok = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_ok)
            m_error = q.lastError().text();
    }
    ~Transaction()
    {
        if (m_ok && !m_done)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    bool commit()
    {
        QSqlQuery q(m_db);
        m_done = q.exec(QStringLiteral("COMMIT"));
        if (!m_done)
            m_error = q.lastError().text();
        return m_done;
    }

private:
    QSqlDatabase m_db;
    bool m_ok = false;
    bool m_done = false;
    QString m_error;
};

} // namespace

WriteJournal::WriteJournal(AuditLog *log) : m_log(log)
{
    m_ready = m_log && m_log->isOpen() && ensureTables();
}

bool WriteJournal::processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (pid == QCoreApplication::applicationPid())
        return true;
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#elif defined(Q_OS_WIN)
    HANDLE h = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!h)
        return false;
    DWORD code = 0;
    const bool alive = GetExitCodeProcess(h, &code) && code == STILL_ACTIVE;
    CloseHandle(h);
    return alive;
#else
    return true; // unknown: the stale age decides
#endif
}

bool WriteJournal::ensureTables()
{
    QSqlQuery q(m_log->database());
    const bool ok =
        q.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS write_intents(id INTEGER PRIMARY KEY,"
            " created TEXT NOT NULL, profile TEXT, site TEXT, operator TEXT, batch_id TEXT,"
            " operation TEXT NOT NULL, action TEXT, target TEXT, amount TEXT, currency TEXT,"
            " match_key TEXT NOT NULL, params TEXT NOT NULL, probe TEXT NOT NULL,"
            " window_start TEXT, owner_pid INTEGER, state TEXT NOT NULL, sent_at TEXT,"
            " outcome TEXT, record_key TEXT, resolved_at TEXT)")) &&
        q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS write_intents_key ON"
                              " write_intents(match_key, state)")) &&
        q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS write_intents_open ON"
                              " write_intents(state, profile)")) &&
        q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS write_claims(record_key TEXT PRIMARY"
                              " KEY, intent_id INTEGER NOT NULL, time TEXT NOT NULL)"));
    if (!ok)
        m_error = q.lastError().text();
    return ok;
}

bool WriteJournal::isUsable(QString *why) const
{
    if (m_ready)
        return true;
    if (why)
        *why = !m_log             ? QStringLiteral("no audit log")
               : !m_log->isOpen() ? m_log->lastError()
                                  : m_error;
    return false;
}

bool WriteJournal::begin(Intent &intent, const AuditLog::Entry &audit, QString *error)
{
    auto fail = [&](const QString &why) {
        m_error = why;
        if (error)
            *error = why;
        return false;
    };
    if (!m_ready)
        return fail(m_error.isEmpty() ? m_log->lastError() : m_error);
    Transaction t(m_log->database());
    if (!t.ok())
        return fail(t.error());
    intent.profile = audit.profile;
    intent.site = audit.site;
    intent.operatorLabel = audit.operatorLabel;
    intent.batchId = audit.batchId;
    intent.action = audit.action;
    intent.target = audit.target;
    intent.amount = audit.amount;
    intent.currency = audit.currency;
    intent.created = QDateTime::currentDateTimeUtc();
    if (!intent.sentAt.isValid())
        intent.sentAt = intent.created;
    intent.ownerPid = QCoreApplication::applicationPid();
    intent.state = State::Sending;
    QSqlQuery q(m_log->database());
    q.prepare(QStringLiteral(
        "INSERT INTO write_intents(created, profile, site, operator, batch_id, operation, action,"
        " target, amount, currency, match_key, params, probe, window_start, owner_pid, state,"
        " sent_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v :
         {QVariant(iso(intent.created)), QVariant(intent.profile), QVariant(intent.site),
          QVariant(intent.operatorLabel), QVariant(intent.batchId), QVariant(intent.operation),
          QVariant(intent.action), QVariant(intent.target),
          QVariant(intent.amount.isValid() ? intent.amount.toString() : QString()),
          QVariant(intent.currency), QVariant(intent.matchKey),
          QVariant(QString::fromUtf8(QJsonDocument(intent.params).toJson(QJsonDocument::Compact))),
          QVariant(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(intent.probeIds))
                                         .toJson(QJsonDocument::Compact))),
          QVariant(iso(intent.windowStart)), QVariant(intent.ownerPid),
          QVariant(stateName(State::Sending)), QVariant(iso(intent.sentAt))})
        q.addBindValue(v);
    if (!q.exec())
        return fail(q.lastError().text());
    intent.id = q.lastInsertId().toLongLong();
    AuditLog::Entry e = audit;
    e.intentId = intent.id;
    e.result = QStringLiteral("intent");
    if (!m_log->record(e))
        return fail(m_log->lastError());
    if (!t.commit())
        return fail(t.error());
    return true;
}

bool WriteJournal::markSettling(qint64 id)
{
    QSqlQuery q(m_log->database());
    q.prepare(QStringLiteral("UPDATE write_intents SET state = ? WHERE id = ? AND state <> ?"));
    q.addBindValue(stateName(State::Settling));
    q.addBindValue(id);
    q.addBindValue(stateName(State::Resolved));
    return q.exec();
}

bool WriteJournal::writeOutcome(qint64 id, AuditLog::Entry outcome, const QString &recordKey)
{
    QSqlQuery q(m_log->database());
    q.prepare(QStringLiteral("UPDATE write_intents SET state = ?, outcome = ?, record_key = ?,"
                             " resolved_at = ? WHERE id = ?"));
    q.addBindValue(stateName(State::Resolved));
    q.addBindValue(outcome.result);
    q.addBindValue(recordKey);
    q.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    outcome.intentId = id;
    // The audit names the server's record; the claim's namespace (the profile) is in the entry.
    if (!recordKey.isEmpty())
        outcome.detail = recordKey.section(u'|', -1);
    if (!m_log->record(outcome)) {
        m_error = m_log->lastError();
        return false;
    }
    return true;
}

bool WriteJournal::resolve(qint64 id, const AuditLog::Entry &outcome)
{
    if (!m_ready)
        return false;
    Transaction t(m_log->database());
    return t.ok() && writeOutcome(id, outcome, QString()) && t.commit();
}

bool WriteJournal::insertClaim(const QString &recordKey, qint64 id)
{
    QSqlQuery q(m_log->database());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO write_claims(record_key, intent_id, time)"
                             " VALUES(?,?,?)"));
    q.addBindValue(recordKey);
    q.addBindValue(id);
    q.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() != 1) {
        m_error = QStringLiteral("%1 is claimed by another write").arg(recordKey);
        return false;
    }
    return true;
}

bool WriteJournal::claimAndResolve(qint64 id, const QString &recordKey, AuditLog::Entry outcome)
{
    if (!m_ready)
        return false;
    Transaction t(m_log->database());
    return t.ok() && insertClaim(recordKey, id) && writeOutcome(id, outcome, recordKey) &&
           t.commit();
}

WriteJournal::Decision WriteJournal::settle(qint64 id, const QString &matchKey,
                                            const QStringList &candidates,
                                            const AuditLog::Entry &done, qint64 leaseMs)
{
    Decision d;
    auto failed = [&](const QString &why) {
        d.kind = Decision::Kind::Failed;
        d.error = why;
        return d;
    };
    if (!m_ready)
        return failed(m_error);
    Transaction t(m_log->database());
    if (!t.ok())
        return failed(t.error());
    QSet<QString> claimed;
    if (!candidates.isEmpty()) {
        QSqlQuery q(m_log->database());
        QStringList marks;
        for (int i = 0; i < candidates.size(); ++i)
            marks << QStringLiteral("?");
        q.prepare(QStringLiteral("SELECT record_key FROM write_claims WHERE record_key IN (%1)")
                      .arg(marks.join(u',')));
        for (const QString &c : candidates)
            q.addBindValue(c);
        if (!q.exec())
            return failed(q.lastError().text());
        while (q.next())
            claimed.insert(q.value(0).toString());
    }
    for (const QString &c : candidates)
        if (!claimed.contains(c))
            d.unclaimed << c;
    if (d.unclaimed.isEmpty()) {
        d.kind = Decision::Kind::None;
        return d;
    }
    // The peers: unresolved intents with the same key, and those still waiting for an answer.
    QSqlQuery p(m_log->database());
    p.prepare(QStringLiteral("SELECT id, state, sent_at, owner_pid FROM write_intents WHERE"
                             " match_key = ? AND state <> ?"));
    p.addBindValue(matchKey);
    p.addBindValue(stateName(State::Resolved));
    if (!p.exec())
        return failed(p.lastError().text());
    int unresolved = 0;
    int inFlight = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    while (p.next()) {
        ++unresolved;
        const qint64 peer = p.value(0).toLongLong();
        const QDateTime sent = QDateTime::fromString(p.value(2).toString(), Qt::ISODateWithMs);
        if (peer != id && stateOf(p.value(1).toString()) == State::Sending &&
            sent.msecsTo(now) < leaseMs && processAlive(p.value(3).toLongLong()))
            ++inFlight;
    }
    if (inFlight > 0) {
        d.kind = Decision::Kind::Wait;
        return d;
    }
    if (d.unclaimed.size() > std::max(1, unresolved)) {
        d.kind = Decision::Kind::TooMany;
        return d;
    }
    if (!insertClaim(d.unclaimed.first(), id) || !writeOutcome(id, done, d.unclaimed.first()) ||
        !t.commit())
        return failed(m_error);
    d.kind = Decision::Kind::Claimed;
    d.recordKey = d.unclaimed.first();
    return d;
}

namespace {

WriteJournal::Intent intentFrom(const QSqlQuery &q)
{
    WriteJournal::Intent i;
    i.id = q.value(0).toLongLong();
    i.created = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    i.profile = q.value(2).toString();
    i.site = q.value(3).toString();
    i.operatorLabel = q.value(4).toString();
    i.batchId = q.value(5).toString();
    i.operation = q.value(6).toString();
    i.action = q.value(7).toString();
    i.target = q.value(8).toString();
    i.amount = Decimal::parse(q.value(9).toString()).value_or(Decimal::invalid());
    i.currency = q.value(10).toString();
    i.matchKey = q.value(11).toString();
    i.params = QJsonDocument::fromJson(q.value(12).toString().toUtf8()).object();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(13).toString().toUtf8()).array())
        i.probeIds << v.toString();
    i.windowStart = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs);
    i.ownerPid = q.value(15).toLongLong();
    i.state = stateOf(q.value(16).toString());
    i.sentAt = QDateTime::fromString(q.value(17).toString(), Qt::ISODateWithMs);
    return i;
}

const char IntentColumns[] =
    "id, created, profile, site, operator, batch_id, operation, action, target, amount,"
    " currency, match_key, params, probe, window_start, owner_pid, state, sent_at";

} // namespace

QList<WriteJournal::Intent> WriteJournal::interrupted(const QString &profile, qint64 staleMs) const
{
    QList<Intent> out;
    if (!m_ready)
        return out;
    QSqlQuery q(m_log->database());
    q.prepare(QStringLiteral("SELECT %1 FROM write_intents WHERE state <> ? AND profile = ?"
                             " ORDER BY id")
                  .arg(QLatin1String(IntentColumns)));
    q.addBindValue(stateName(State::Resolved));
    q.addBindValue(profile);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    while (q.next()) {
        Intent i = intentFrom(q);
        const bool mine = i.ownerPid == QCoreApplication::applicationPid();
        if (!mine && (!processAlive(i.ownerPid) || i.created.msecsTo(now) > staleMs))
            out.append(i);
    }
    return out;
}

bool WriteJournal::adopt(const Intent &intent)
{
    // Conditional on the old owner: of two processes starting at once, one takes it over.
    QSqlQuery q(m_log->database());
    q.prepare(QStringLiteral("UPDATE write_intents SET owner_pid = ?, state = ? WHERE id = ? AND"
                             " owner_pid = ? AND state <> ?"));
    q.addBindValue(QCoreApplication::applicationPid());
    q.addBindValue(stateName(State::Settling));
    q.addBindValue(intent.id);
    q.addBindValue(intent.ownerPid);
    q.addBindValue(stateName(State::Resolved));
    return q.exec() && q.numRowsAffected() == 1;
}
