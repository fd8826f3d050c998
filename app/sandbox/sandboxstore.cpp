#include "sandbox/sandboxstore.h"

#include "sandbox/seeddata.h"
#include "sandbox/sqlfilter.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace {

QAtomicInteger<int> g_connections;

QString utc(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

bool intParam(const QJsonValue &v, int def, int lo, int hi, int *out)
{
    if (v.isUndefined() || v.isNull()) {
        *out = def;
        return true;
    }
    if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < lo || v.toInt() > hi)
        return false;
    *out = v.toInt();
    return true;
}

} // namespace

SandboxStore::Answer SandboxStore::Answer::error(int status, const QString &code,
                                                 const QString &message)
{
    return {status, QJsonObject{{QStringLiteral("error_code"), code},
                                {QStringLiteral("error_msg"), message}}};
}

SandboxStore::Answer SandboxStore::Answer::paramError(const QString &what)
{
    return error(400, QStringLiteral("CBC.0100"), QStringLiteral("Parameter error: %1.").arg(what));
}

SandboxStore::SandboxStore(const QString &file)
    : m_connection(QStringLiteral("pc-sandbox-%1").arg(g_connections.fetchAndAddRelaxed(1)))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(file.isEmpty() ? QStringLiteral(":memory:") : file);
    m_open = m_db.open();
    if (!m_open) {
        m_error = m_db.lastError().text();
        return;
    }
    const char *schema[] = {
        "PRAGMA journal_mode=WAL",
        "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)",
        "CREATE TABLE IF NOT EXISTS accounts(indirect_partner_id TEXT PRIMARY KEY, account_id TEXT,"
        " cash TEXT NOT NULL, credit TEXT NOT NULL, designated TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS customers(seq INTEGER PRIMARY KEY, customer_id TEXT UNIQUE,"
        " account_name TEXT, customer TEXT, associated_on TEXT, association_type TEXT, label TEXT,"
        " telephone TEXT, country_code TEXT, email TEXT, verified_status TEXT, customer_type "
        "INTEGER,"
        " is_frozen INTEGER, account_manager TEXT, xaccount_id TEXT, xaccount_type TEXT,"
        " customer_level TEXT, indirect_partner_id TEXT NOT NULL DEFAULT '', balance TEXT NOT "
        "NULL)",
        "CREATE TABLE IF NOT EXISTS coupons(seq INTEGER PRIMARY KEY, coupon_id TEXT UNIQUE,"
        " customer_id TEXT, status INTEGER, coupon_type INTEGER, face_value TEXT, balance TEXT,"
        " effective_time TEXT, expire_time TEXT, create_time TEXT, quota_id TEXT,"
        " indirect_partner_id TEXT NOT NULL DEFAULT '')",
        "CREATE TABLE IF NOT EXISTS adjust_records(seq INTEGER PRIMARY KEY, trans_id TEXT,"
        " customer_id TEXT, customer_name TEXT, operation_type TEXT, amount TEXT, currency TEXT,"
        " operation_time TEXT, indirect_partner_id TEXT NOT NULL DEFAULT '')",
        "CREATE TABLE IF NOT EXISTS account_changes(seq INTEGER PRIMARY KEY, trade_id TEXT,"
        " trade_type TEXT, trade_detail_type TEXT, change_amount TEXT, balance_after TEXT,"
        " type INTEGER, customer_id TEXT, account_name TEXT, trade_time TEXT,"
        " indirect_partner_id TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX IF NOT EXISTS customers_scope ON customers(indirect_partner_id, seq)",
        "CREATE INDEX IF NOT EXISTS coupons_customer ON coupons(customer_id)",
    };
    for (const char *sql : schema) {
        if (!exec(QString::fromLatin1(sql))) {
            m_open = false;
            return;
        }
    }
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key='currency'")) && q.next())
        m_currency = q.value(0).toString();
}

SandboxStore::~SandboxStore()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

bool SandboxStore::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

QString SandboxStore::nextId(const char *prefix)
{
    return QStringLiteral("%1%2%3")
        .arg(QLatin1String(prefix))
        .arg(QDateTime::currentMSecsSinceEpoch())
        .arg(++m_idCounter, 6, 10, QLatin1Char('0'));
}

bool SandboxStore::isEmpty()
{
    QSqlQuery q(m_db);
    return !(q.exec(QStringLiteral("SELECT COUNT(*) FROM customers")) && q.next() &&
             q.value(0).toInt() > 0);
}

bool SandboxStore::seed(const SeedOptions &o)
{
    SeedData data(o.seed);
    m_currency = o.international ? QStringLiteral("USD") : QStringLiteral("CNY");
    m_db.transaction();
    exec(QStringLiteral("INSERT OR REPLACE INTO meta VALUES('currency','%1')").arg(m_currency));
    exec(QStringLiteral("INSERT OR REPLACE INTO accounts VALUES('', 'acc-partner', '1000000.00', "
                        "'200000.00', '0.00')"));
    const QString resellers[] = {QStringLiteral("rp-0001"), QStringLiteral("rp-0002"),
                                 QStringLiteral("rp-0003")};
    for (const QString &r : resellers)
        exec(QStringLiteral("INSERT OR REPLACE INTO accounts VALUES('%1', 'acc-%1', '50000.00', "
                            "'0.00', '0.00')")
                 .arg(r));

    QSqlQuery c(m_db);
    c.prepare(QStringLiteral(
        "INSERT INTO customers(customer_id, account_name, customer, associated_on, "
        "association_type,"
        " label, telephone, country_code, email, verified_status, customer_type, is_frozen,"
        " account_manager, xaccount_id, xaccount_type, customer_level, indirect_partner_id, "
        "balance)"
        " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    QSqlQuery k(m_db);
    k.prepare(QStringLiteral(
        "INSERT INTO coupons(coupon_id, customer_id, status, coupon_type, face_value, balance,"
        " effective_time, expire_time, create_time, quota_id, indirect_partner_id)"
        " VALUES(?,?,?,?,?,?,?,?,?,?,?)"));
    const QDateTime base(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
    static const char *const labels[] = {"", "KA", "教育", "游戏", "retail", "政企"};
    for (int i = 0; i < o.customers; ++i) {
        const bool chinese = o.international ? data.bounded(0, 10) < 2 : data.bounded(0, 10) < 9;
        const bool company = data.bounded(0, 10) < 7;
        const QString id = QStringLiteral("%1%2")
                               .arg(data.rng().generate64(), 16, 16, QLatin1Char('0'))
                               .arg(quint64(i), 16, 16, QLatin1Char('0'));
        const QString account = data.accountName(i + 1);
        const QString reseller =
            i % 10 == 9 ? resellers[(i / 10) % 3] : SqlFilter::scope(QString());
        const Decimal balance = Decimal::fromMantissa(data.bounded(0, 500000), 2);
        c.addBindValue(id);
        c.addBindValue(account);
        c.addBindValue(company ? data.companyName(chinese) : data.personName(chinese));
        c.addBindValue(utc(base.addSecs(qint64(data.bounded(0, 60 * 24 * 3600)) * 10)));
        c.addBindValue(data.bounded(0, 10) < 8 ? QStringLiteral("2") : QStringLiteral("1"));
        c.addBindValue(QString::fromUtf8(labels[data.bounded(0, 6)]));
        c.addBindValue(o.international ? QString() : data.phone());
        c.addBindValue(o.international ? QStringLiteral("0065") : QStringLiteral("0086"));
        c.addBindValue(data.email(account));
        c.addBindValue(QString::number(data.bounded(0, 10) < 8 ? 2 : -1));
        c.addBindValue(company ? 1 : 0);
        c.addBindValue(data.bounded(0, 50) == 0 ? 1 : 0);
        c.addBindValue(data.personName(chinese));
        c.addBindValue(QStringLiteral("x-%1").arg(i + 1));
        c.addBindValue(QStringLiteral("partner_sandbox"));
        c.addBindValue(QStringLiteral("V%1").arg(data.bounded(0, 6)));
        c.addBindValue(reseller);
        c.addBindValue(balance.toString());
        if (!c.exec()) {
            m_error = c.lastError().text();
            m_db.rollback();
            return false;
        }
        if (i < 5000) { // coupons in every status for the first customers
            const int status = 1 + i % 5;
            const Decimal face = Decimal::fromMantissa(100 * data.bounded(1, 50), 0).withScale(2);
            const Decimal left =
                status == 2 ? Decimal::fromMantissa(data.bounded(1, int(face.mantissa()) + 1), 2)
                            : (status == 1 ? face : Decimal::fromInt(0).withScale(2));
            const QDateTime created = base.addDays(data.bounded(0, 700));
            k.addBindValue(QStringLiteral("CP%1").arg(i + 1, 8, 10, QLatin1Char('0')));
            k.addBindValue(id);
            k.addBindValue(status);
            k.addBindValue(data.bounded(0, 4) == 0 ? 4 : 1);
            k.addBindValue(face.toString());
            k.addBindValue(left.toString());
            k.addBindValue(utc(created));
            k.addBindValue(utc(status == 4 ? created.addDays(30)
                                           : created.addDays(400 + data.bounded(0, 300))));
            k.addBindValue(utc(created));
            k.addBindValue(QStringLiteral("Q%1").arg(1 + i % 4));
            k.addBindValue(reseller);
            if (!k.exec()) {
                m_error = k.lastError().text();
                m_db.rollback();
                return false;
            }
        }
    }
    return m_db.commit();
}

SandboxStore::Answer SandboxStore::listSubCustomers(const QJsonObject &f)
{
    int offset = 0;
    int limit = 10;
    if (!intParam(f.value(QLatin1String("offset")), 0, 0, 40000000, &offset) ||
        !intParam(f.value(QLatin1String("limit")), 10, 1, 100, &limit))
        return Answer::paramError(QStringLiteral("offset/limit"));
    const QString ip = f.value(QLatin1String("indirect_partner_id")).toString();
    if (f.contains(QLatin1String("indirect_partner_id")) && (ip.isEmpty() || ip.size() > 64))
        return Answer::paramError(QStringLiteral("indirect_partner_id"));
    SqlFilter filter(ip);
    struct Like
    {
        const char *field;
        const char *column;
    };
    for (const Like &l : {Like{"account_name", "account_name"}, Like{"customer", "customer"},
                          Like{"label", "label"}}) {
        const QString v = f.value(QLatin1String(l.field)).toString();
        if (v.size() > 64)
            return Answer::paramError(QLatin1String(l.field));
        if (!v.isEmpty()) {
            filter.add(QStringLiteral("instr(%1, :%1) > 0").arg(QLatin1String(l.column)),
                       u':' + QLatin1String(l.column), v);
        }
    }
    const QString id = f.value(QLatin1String("customer_id")).toString();
    if (!id.isEmpty()) {
        filter.add(QStringLiteral("customer_id = :cid"), QStringLiteral(":cid"), id);
    }
    const QString type = f.value(QLatin1String("association_type")).toString();
    if (!type.isEmpty()) {
        if (type != u"1" && type != u"2")
            return Answer::paramError(QStringLiteral("association_type"));
        filter.add(QStringLiteral("association_type = :at"), QStringLiteral(":at"), type);
    }
    for (const char *key : {"associated_on_begin", "associated_on_end"}) {
        const QJsonValue v = f.value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        if (v.toString().isEmpty() || !QDateTime::fromString(v.toString(), Qt::ISODate).isValid())
            return Answer::paramError(QLatin1String(key));
        const bool begin = qstrcmp(key, "associated_on_begin") == 0;
        filter.add(begin ? QStringLiteral("associated_on >= :ab")
                         : QStringLiteral("associated_on <= :ae"),
                   begin ? QStringLiteral(":ab") : QStringLiteral(":ae"), v.toString());
    }
    QSqlQuery rows(m_db);
    int total = 0;
    if (!filter.run(m_db, QStringLiteral("customers"),
                    QStringLiteral(
                        "customer_id, account_name, customer, associated_on, association_type,"
                        " label, telephone, country_code, email, verified_status, customer_type,"
                        " is_frozen, account_manager, xaccount_id, xaccount_type, customer_level"),
                    QStringLiteral("seq"), offset, limit, &total, &rows))
        return Answer::error(500, QStringLiteral("CBC.0999"), QStringLiteral("Other error."));
    QJsonArray list;
    static const char *const names[] = {
        "customer_id", "account_name", "customer",     "associated_on", "association_type",
        "label",       "telephone",    "country_code", "email",         "verified_status"};
    while (rows.next()) {
        QJsonObject o;
        for (int i = 0; i < 10; ++i)
            o.insert(QLatin1String(names[i]), rows.value(i).toString());
        o.insert(QLatin1String("customer_type"), rows.value(10).toInt());
        o.insert(QLatin1String("is_frozen"), rows.value(11).toInt());
        o.insert(
            QLatin1String("account_managers"),
            QJsonArray{QJsonObject{{QStringLiteral("account_name"), rows.value(12).toString()}}});
        o.insert(QLatin1String("xaccount_id"), rows.value(13).toString());
        o.insert(QLatin1String("xaccount_type"), rows.value(14).toString());
        o.insert(QLatin1String("customer_level"), rows.value(15).toString());
        list.append(o);
    }
    return {200, QJsonObject{{QStringLiteral("count"), total},
                             {QStringLiteral("customer_infos"), list}}};
}

SandboxStore::Answer SandboxStore::partnerBalances(const QString &ip)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT account_id, cash, credit, designated FROM accounts WHERE indirect_partner_id = ?"));
    q.addBindValue(SqlFilter::scope(ip));
    if (!q.exec() || !q.next())
        return Answer::error(400, QStringLiteral("CBC.99000037"),
                             QStringLiteral("You have no permission to operate this reseller."));
    const QString id = q.value(0).toString();
    auto entry = [&](int type, const QString &amount, const QString &suffix) {
        return QJsonObject{
            {QStringLiteral("account_id"), id + suffix},
            {QStringLiteral("account_type"), type},
            {QStringLiteral("amount"), SqlFilter::amountJson(amount)},
            {QStringLiteral("currency"), m_currency},
            {QStringLiteral("designated_amount"), SqlFilter::amountJson(q.value(3).toString())},
            {QStringLiteral("measure_id"), 1}};
    };
    QJsonObject credit = entry(2, q.value(2).toString(), QStringLiteral("-credit"));
    credit.insert(QLatin1String("credit_amount"), SqlFilter::amountJson(q.value(2).toString()));
    return {200, QJsonObject{{QStringLiteral("account_balances"),
                              QJsonArray{entry(1, q.value(1).toString(), QStringLiteral("-cash")),
                                         credit}}}};
}

Decimal SandboxStore::customerBalance(const QString &customerId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT balance FROM customers WHERE customer_id = ?"));
    q.addBindValue(customerId);
    return q.exec() && q.next() ? Decimal::parse(q.value(0).toString()).value_or(Decimal::invalid())
                                : Decimal::invalid();
}

Decimal SandboxStore::partnerCash(const QString &ip)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT cash FROM accounts WHERE indirect_partner_id = ?"));
    q.addBindValue(SqlFilter::scope(ip));
    return q.exec() && q.next() ? Decimal::parse(q.value(0).toString()).value_or(Decimal::invalid())
                                : Decimal::invalid();
}
