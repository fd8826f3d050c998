#include "sandbox/sandboxstore.h"

#include "sandbox/sandboxseeder.h"
#include "sandbox/sqlfilter.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QVariant>

namespace {

QAtomicInteger<int> g_connections;

const char *const kSchema[] = {
    "PRAGMA journal_mode=WAL",
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE IF NOT EXISTS accounts(indirect_partner_id TEXT PRIMARY KEY, account_id TEXT,"
    " cash TEXT NOT NULL, credit TEXT NOT NULL, designated TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS resellers(indirect_partner_id TEXT PRIMARY KEY, name TEXT,"
    " account_name TEXT, mobile_phone TEXT, email TEXT, associated_on TEXT,"
    " account_manager_id TEXT, account_manager_name TEXT)",
    "CREATE TABLE IF NOT EXISTS customers(seq INTEGER PRIMARY KEY, customer_id TEXT UNIQUE,"
    " account_name TEXT, customer TEXT, associated_on TEXT, association_type TEXT, label TEXT,"
    " telephone TEXT, country_code TEXT, email TEXT, verified_status TEXT, customer_type INTEGER,"
    " is_frozen INTEGER, account_manager TEXT, xaccount_id TEXT, xaccount_type TEXT,"
    " customer_level TEXT, indirect_partner_id TEXT NOT NULL DEFAULT '', balance TEXT NOT NULL,"
    " debt TEXT NOT NULL DEFAULT '0.00')",
    "CREATE TABLE IF NOT EXISTS coupons(seq INTEGER PRIMARY KEY, coupon_id TEXT UNIQUE,"
    " customer_id TEXT, status INTEGER, coupon_type INTEGER, face_value TEXT, balance TEXT,"
    " effective_time TEXT, expire_time TEXT, create_time TEXT, quota_id TEXT,"
    " indirect_partner_id TEXT NOT NULL DEFAULT '', services TEXT NOT NULL DEFAULT '',"
    " memo TEXT)",
    "CREATE TABLE IF NOT EXISTS quotas(seq INTEGER PRIMARY KEY, quota_id TEXT UNIQUE,"
    " quota_type INTEGER, create_time TEXT, last_update_time TEXT, quota_value TEXT,"
    " quota_status INTEGER, balance TEXT, effective_time TEXT, expire_time TEXT,"
    " services TEXT NOT NULL DEFAULT '', indirect_partner_id TEXT NOT NULL DEFAULT '',"
    " parent_quota_id TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE IF NOT EXISTS coupon_records(seq INTEGER PRIMARY KEY, record_id TEXT,"
    " operation_type INTEGER, quota_id TEXT, quota_type INTEGER, coupon_id TEXT,"
    " customer_id TEXT, operation_amount TEXT, operation_time TEXT, result INTEGER, remark TEXT,"
    " indirect_partner_id TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE IF NOT EXISTS quota_records(seq INTEGER PRIMARY KEY, record_id TEXT,"
    " operator TEXT, operation_type INTEGER, quota_id TEXT, parent_quota_id TEXT, amount TEXT,"
    " operation_time TEXT, result INTEGER, remark TEXT,"
    " indirect_partner_id TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE IF NOT EXISTS adjust_records(seq INTEGER PRIMARY KEY, trans_id TEXT,"
    " customer_id TEXT, customer_name TEXT, operation_type TEXT, amount TEXT, currency TEXT,"
    " operation_time TEXT, indirect_partner_id TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE IF NOT EXISTS account_changes(seq INTEGER PRIMARY KEY, account_change_id TEXT,"
    " balance_type TEXT NOT NULL DEFAULT 'BALANCE_TYPE_DEBIT', trade_id TEXT, trade_type TEXT,"
    " trade_detail_type TEXT, change_amount TEXT, balance_after TEXT, type INTEGER,"
    " customer_id TEXT, account_name TEXT, trade_time TEXT,"
    " indirect_partner_id TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE IF NOT EXISTS bills(seq INTEGER PRIMARY KEY, customer_id TEXT, cycle TEXT,"
    " charge_mode TEXT, service_type TEXT, resource_type TEXT, bill_type TEXT,"
    " official_amount TEXT, discount_amount TEXT, amount TEXT, debt_amount TEXT,"
    " cash_amount TEXT, credit_amount TEXT, coupon_amount TEXT, association_type TEXT,"
    " indirect_partner_id TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE IF NOT EXISTS orders(seq INTEGER PRIMARY KEY, order_id TEXT UNIQUE,"
    " customer_id TEXT, service_type TEXT, resource_type TEXT, resource_id TEXT,"
    " resource_spec TEXT, region TEXT, resource_size INTEGER, status INTEGER, order_type INTEGER,"
    " official_amount TEXT, discount_amount TEXT, coupon_amount TEXT,"
    " amount_after_discount TEXT, create_time TEXT, payment_time TEXT, period_type INTEGER,"
    " period_num INTEGER, is_agent_pay INTEGER, indirect_partner_id TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE IF NOT EXISTS unbind_requests(seq INTEGER PRIMARY KEY, request_id TEXT UNIQUE,"
    " customer_id TEXT, customer_name TEXT, reason TEXT, status TEXT, create_time TEXT,"
    " update_time TEXT, reclaimed_amount TEXT, reclaimed_coupons INTEGER,"
    " indirect_partner_id TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE IF NOT EXISTS settlements(seq INTEGER PRIMARY KEY, settlement_id TEXT UNIQUE,"
    " product_kind TEXT, product_name TEXT, bill_cycle TEXT, status TEXT, amount TEXT,"
    " settle_amount TEXT, create_time TEXT, update_time TEXT, pay_request_no TEXT)",
    "CREATE TABLE IF NOT EXISTS settlement_items(seq INTEGER PRIMARY KEY, settlement_id TEXT,"
    " order_id TEXT, customer_id TEXT, customer_name TEXT, charge_mode TEXT, amount TEXT,"
    " settle_ratio TEXT, settle_amount TEXT, trade_time TEXT)",
    "CREATE TABLE IF NOT EXISTS settlement_history(seq INTEGER PRIMARY KEY, settlement_id TEXT,"
    " status TEXT, time TEXT)",
    "CREATE TABLE IF NOT EXISTS incentives(seq INTEGER PRIMARY KEY, incentive_id TEXT UNIQUE,"
    " period TEXT, incentive_name TEXT, association_type TEXT, amount TEXT, payout_method TEXT,"
    " status TEXT, request_no TEXT, update_time TEXT, frozen INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS mdf_claims(seq INTEGER PRIMARY KEY, claim_id TEXT UNIQUE,"
    " activity_name TEXT, status TEXT, approved_amount TEXT, claimed_amount TEXT,"
    " apply_time TEXT, claim_deadline TEXT, submit_time TEXT, review_comment TEXT)",
    "CREATE TABLE IF NOT EXISTS mdf_claim_lines(seq INTEGER PRIMARY KEY, claim_id TEXT,"
    " category TEXT, description TEXT, amount TEXT)",
    "CREATE TABLE IF NOT EXISTS agreements(seq INTEGER PRIMARY KEY, agreement_id TEXT UNIQUE,"
    " agreement_type TEXT, status TEXT, principal TEXT, agent TEXT, agent_type TEXT,"
    " effective_time TEXT, expire_time TEXT, create_time TEXT, void_time TEXT)",
    // The International site's budgets and freezes (BudgetService).
    "CREATE TABLE IF NOT EXISTS budgets(customer_id TEXT PRIMARY KEY, budget_amount TEXT NOT NULL,"
    " used_amount TEXT NOT NULL, budget_type TEXT NOT NULL, frozen_operate_type INTEGER)",
    "CREATE TABLE IF NOT EXISTS budget_records(seq INTEGER PRIMARY KEY, customer_id TEXT,"
    " budget_amount TEXT, operation_type TEXT, operation_time TEXT, operator TEXT,"
    " budget_type TEXT)",
    "CREATE TABLE IF NOT EXISTS freezes(customer_id TEXT PRIMARY KEY, freeze_type TEXT,"
    " reason TEXT, freeze_time TEXT, by_partner INTEGER NOT NULL DEFAULT 1)",
    "CREATE TABLE IF NOT EXISTS invoices(seq INTEGER PRIMARY KEY, request_id TEXT UNIQUE,"
    " invoice_title TEXT, invoice_amount TEXT, invoice_state INTEGER, invoice_method INTEGER,"
    " apply_time TEXT, invoice_no TEXT, bill_cycle TEXT, request_mode TEXT, title_type INTEGER)",
    "CREATE INDEX IF NOT EXISTS budget_records_customer ON budget_records(customer_id, seq)",
    "CREATE INDEX IF NOT EXISTS customers_scope ON customers(indirect_partner_id, seq)",
    "CREATE INDEX IF NOT EXISTS coupons_customer ON coupons(customer_id)",
    "CREATE INDEX IF NOT EXISTS coupons_scope ON coupons(indirect_partner_id, seq)",
    "CREATE INDEX IF NOT EXISTS bills_customer ON bills(customer_id, cycle)",
    "CREATE INDEX IF NOT EXISTS bills_cycle ON bills(indirect_partner_id, cycle)",
    "CREATE INDEX IF NOT EXISTS orders_customer ON orders(customer_id)",
};

} // namespace

SandboxStore::Transaction::Transaction(SandboxStore *store) : m_store(store)
{
    m_store->m_db.transaction();
}

SandboxStore::Transaction::~Transaction()
{
    if (!m_done)
        m_store->m_db.rollback();
}

bool SandboxStore::Transaction::commit()
{
    m_done = m_store->m_db.commit();
    if (!m_done)
        m_store->m_error = m_store->m_db.lastError().text();
    return m_done;
}

SandboxStore::SandboxStore(const QString &file)
    : m_connection(QStringLiteral("pc-sandbox-%1").arg(g_connections.fetchAndAddRelaxed(1)))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(file.isEmpty() ? QStringLiteral(":memory:") : file);
    m_open = m_db.open() && createSchema();
    if (!m_open && m_error.isEmpty())
        m_error = m_db.lastError().text();
    if (m_open) {
        const QString c = meta(QStringLiteral("currency"));
        if (!c.isEmpty())
            m_currency = c;
    }
}

SandboxStore::~SandboxStore()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

bool SandboxStore::createSchema()
{
    QSqlQuery q(m_db);
    for (const char *sql : kSchema) {
        if (!exec(&q, QString::fromLatin1(sql)))
            return false;
    }
    return true;
}

bool SandboxStore::exec(QSqlQuery *q, const QString &sql, const QVariantList &binds)
{
    bool ok = binds.isEmpty() ? q->exec(sql) : q->prepare(sql);
    if (ok && !binds.isEmpty()) {
        for (const QVariant &v : binds) // SQLite would store a null QString as NULL
            q->addBindValue(v.typeId() == QMetaType::QString && v.toString().isNull()
                                ? QVariant(QStringLiteral(""))
                                : v);
        ok = q->exec();
    }
    if (!ok)
        m_error = q->lastError().text();
    return ok;
}

bool SandboxStore::execPrepared(QSqlQuery *q)
{
    if (q->exec())
        return true;
    m_error = q->lastError().text();
    return false;
}

QString SandboxStore::nextId(const char *prefix)
{
    return QStringLiteral("%1%2%3")
        .arg(QLatin1String(prefix))
        .arg(QDateTime::currentMSecsSinceEpoch())
        .arg(++m_idCounter, 6, 10, QLatin1Char('0'));
}

QString SandboxStore::utc(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

bool SandboxStore::isEmpty()
{
    QSqlQuery q(m_db);
    return !(exec(&q, QStringLiteral("SELECT COUNT(*) FROM accounts")) && q.next() &&
             q.value(0).toInt() > 0);
}

bool SandboxStore::seed(const SeedOptions &options)
{
    m_currency = options.international ? QStringLiteral("USD") : QStringLiteral("CNY");
    SandboxSeeder seeder(this, options);
    return seeder.run();
}

QString SandboxStore::meta(const QString &key)
{
    QSqlQuery q(m_db);
    return exec(&q, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}) && q.next()
               ? q.value(0).toString()
               : QString();
}

bool SandboxStore::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    return exec(&q, QStringLiteral("INSERT OR REPLACE INTO meta VALUES(?, ?)"), {key, value});
}

std::optional<SandboxStore::Account> SandboxStore::account(const QString &ip)
{
    QSqlQuery q(m_db);
    if (!exec(&q,
              QStringLiteral("SELECT account_id, cash, credit, designated FROM accounts"
                             " WHERE indirect_partner_id = ?"),
              {SqlFilter::scope(ip)}) ||
        !q.next())
        return std::nullopt;
    auto dec = [&](int i) { return Decimal::parse(q.value(i).toString()).value_or(Decimal()); };
    return Account{q.value(0).toString(), dec(1), dec(2), dec(3)};
}

bool SandboxStore::setCash(const QString &ip, const Decimal &cash)
{
    QSqlQuery q(m_db);
    return cash.isValid() &&
           exec(&q, QStringLiteral("UPDATE accounts SET cash = ? WHERE indirect_partner_id = ?"),
                {cash.withScale(2).toString(), SqlFilter::scope(ip)}) &&
           q.numRowsAffected() == 1;
}

bool SandboxStore::resellerExists(const QString &ip)
{
    QSqlQuery q(m_db);
    return !ip.isEmpty() &&
           exec(&q, QStringLiteral("SELECT 1 FROM resellers WHERE indirect_partner_id = ?"),
                {ip}) &&
           q.next();
}

bool SandboxStore::addAccountChange(const Change &c)
{
    QSqlQuery q(m_db);
    return exec(&q,
                QStringLiteral("INSERT INTO account_changes(account_change_id, trade_id,"
                               " trade_type, trade_detail_type, change_amount, balance_after,"
                               " type, customer_id, account_name, trade_time,"
                               " indirect_partner_id) VALUES(?,?,?,?,?,?,?,?,?,?,?)"),
                {nextId("AC"), c.tradeId, c.tradeType, c.detailType,
                 c.amount.withScale(2).toString(), c.balanceAfter.withScale(2).toString(), c.type,
                 c.customerId, c.accountName, c.time, SqlFilter::scope(c.scope)});
}

bool SandboxStore::addAdjustRecord(const QString &scope, const QString &transId,
                                   const QString &customerId, const QString &customerName,
                                   const QString &operationType, const Decimal &amount,
                                   const QString &time)
{
    QSqlQuery q(m_db);
    return exec(&q,
                QStringLiteral("INSERT INTO adjust_records(trans_id, customer_id, customer_name,"
                               " operation_type, amount, currency, operation_time,"
                               " indirect_partner_id) VALUES(?,?,?,?,?,?,?,?)"),
                {transId, customerId, customerName, operationType, amount.withScale(2).toString(),
                 m_currency, time, SqlFilter::scope(scope)});
}

bool SandboxStore::addCouponRecord(const QString &scope, int operationType, const QString &quotaId,
                                   int quotaType, const QString &couponId,
                                   const QString &customerId, const Decimal &amount, int result,
                                   const QString &remark, const QString &time)
{
    QSqlQuery q(m_db);
    return exec(&q,
                QStringLiteral("INSERT INTO coupon_records(record_id, operation_type, quota_id,"
                               " quota_type, coupon_id, customer_id, operation_amount,"
                               " operation_time, result, remark, indirect_partner_id)"
                               " VALUES(?,?,?,?,?,?,?,?,?,?,?)"),
                {nextId("CR"), operationType, quotaId, quotaType, couponId, customerId,
                 amount.withScale(2).toString(), time, result, remark, SqlFilter::scope(scope)});
}

bool SandboxStore::addQuotaRecord(const QString &scope, int operationType, const QString &quotaId,
                                  const QString &parentQuotaId, const Decimal &amount, int result,
                                  const QString &remark, const QString &time)
{
    QSqlQuery q(m_db);
    return exec(&q,
                QStringLiteral("INSERT INTO quota_records(record_id, operator, operation_type,"
                               " quota_id, parent_quota_id, amount, operation_time, result,"
                               " remark, indirect_partner_id) VALUES(?,?,?,?,?,?,?,?,?,?)"),
                {nextId("QR"), QStringLiteral("sandbox_admin"), operationType, quotaId,
                 parentQuotaId, amount.withScale(2).toString(), time, result, remark,
                 SqlFilter::scope(scope)});
}

Decimal SandboxStore::customerBalance(const QString &customerId)
{
    QSqlQuery q(m_db);
    return exec(&q, QStringLiteral("SELECT balance FROM customers WHERE customer_id = ?"),
                {customerId}) &&
                   q.next()
               ? Decimal::parse(q.value(0).toString()).value_or(Decimal::invalid())
               : Decimal::invalid();
}

Decimal SandboxStore::partnerCash(const QString &ip)
{
    const auto a = account(ip);
    return a ? a->cash : Decimal::invalid();
}

Decimal SandboxStore::quotaBalance(const QString &quotaId)
{
    QSqlQuery q(m_db);
    return exec(&q, QStringLiteral("SELECT balance FROM quotas WHERE quota_id = ?"), {quotaId}) &&
                   q.next()
               ? Decimal::parse(q.value(0).toString()).value_or(Decimal::invalid())
               : Decimal::invalid();
}

Decimal SandboxStore::storedAmount(const QVariant &value)
{
    return Decimal::parse(value.toString()).value_or(Decimal::invalid());
}
