#include "sandbox/sandboxseeder.h"

#include "core/billperiod.h"
#include "sandbox/budgetseeder.h"
#include "sandbox/intlbillingservice.h"
#include "sandbox/sqlfilter.h"

#include <QSqlError>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>

namespace {

const char *const kOwnQuotas[] = {"QT0000000001", "QT0000000002", "QT0000000003"};

struct LedgerEvent
{
    QString time;
    QString tradeType;
    QString detailType;
    Decimal amount;
    int type; // 1 income, 2 expense
    QString customerId;
    QString accountName;
    bool adjust = false; // also an adjust record (allocation / reclaim)
    QString customerName;
};

} // namespace

SandboxSeeder::SandboxSeeder(SandboxStore *store, const SandboxStore::SeedOptions &options)
    : m_store(store), m_options(options), m_data(options.seed), m_insert(store->query())
{
    const QDate today = BillPeriod::today();
    m_thisMonth = QDate(today.year(), today.month(), 1);
}

QStringList SandboxSeeder::resellerIds()
{
    return {QStringLiteral("rp-0001"), QStringLiteral("rp-0002"), QStringLiteral("rp-0003")};
}

QString SandboxSeeder::cycle(int monthsAgo) const
{
    return m_thisMonth.addMonths(-monthsAgo).toString(QStringLiteral("yyyy-MM"));
}

// A time inside the month `monthsAgo` back (UTC+8 month), never in the future.
QString SandboxSeeder::timeIn(int monthsAgo)
{
    const QDate first = m_thisMonth.addMonths(-monthsAgo);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime t(first.addDays(m_data.bounded(0, first.daysInMonth())),
                QTime(m_data.bounded(0, 24), m_data.bounded(0, 60), m_data.bounded(0, 60)),
                QTimeZone(8 * 3600));
    if (t > now)
        t = now.addSecs(-60 * m_data.bounded(1, 600));
    return SandboxStore::utc(t);
}

bool SandboxSeeder::chinese()
{
    return m_options.international ? m_data.bounded(0, 10) < 2 : m_data.bounded(0, 10) < 9;
}

bool SandboxSeeder::run()
{
    SandboxStore::Transaction tx(m_store);
    QSqlQuery q = m_store->query();
    const bool ok =
        m_store->setMeta(QStringLiteral("currency"), m_store->currency()) &&
        m_store->setMeta(QStringLiteral("seed"), QString::number(m_options.seed)) &&
        m_store->setMeta(QStringLiteral("seeded_month"), cycle(0)) &&
        m_store->exec(&q, QStringLiteral("INSERT OR REPLACE INTO accounts VALUES('', 'acc-partner',"
                                         " '0.00', '200000.00', '0.00')")) &&
        seedResellers() && seedCustomers() && seedQuotas() && seedLedger() &&
        seedBillsAndOrders() && seedSettlements() && seedIncentives() && seedAgreements() &&
        seedMdf() && (!m_options.international || (BudgetSeeder(m_store, &m_data).run() &&
                                       IntlBillingService::seed(m_store, &m_data)));
    return ok && tx.commit();
}

bool SandboxSeeder::seedResellers()
{
    QSqlQuery q = m_store->query();
    int n = 0;
    for (const QString &id : resellerIds()) {
        ++n;
        const bool zh = !m_options.international;
        const QString account = QStringLiteral("reseller_%1").arg(n, 2, 10, QLatin1Char('0'));
        if (!m_store->exec(&q, QStringLiteral("INSERT INTO resellers VALUES(?,?,?,?,?,?,?,?)"),
                           {id, m_data.companyName(zh), account,
                            zh ? m_data.phone() : QStringLiteral("+65 8%1").arg(n * 1234567),
                            m_data.email(account), timeIn(13 - n), QStringLiteral("am_%1").arg(n),
                            m_data.personName(zh)}) ||
            !m_store->exec(&q,
                           QStringLiteral("INSERT INTO accounts VALUES(?, ?, '0.00', '0.00',"
                                          " '0.00')"),
                           {id, QStringLiteral("acc-") + id}))
            return false;
    }
    return true;
}

bool SandboxSeeder::seedCustomers()
{
    QSqlQuery c = m_store->query();
    c.prepare(QStringLiteral(
        "INSERT INTO customers(customer_id, account_name, customer, associated_on,"
        " association_type, label, telephone, country_code, email, verified_status,"
        " customer_type, is_frozen, account_manager, xaccount_id, xaccount_type, customer_level,"
        " indirect_partner_id, balance) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    m_insert.prepare(QStringLiteral(
        "INSERT INTO coupons(coupon_id, customer_id, status, coupon_type, face_value, balance,"
        " effective_time, expire_time, create_time, quota_id, indirect_partner_id)"
        " VALUES(?,?,?,?,?,?,?,?,?,?,?)"));
    const QDateTime base(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
    static const char *const labels[] = {"", "KA", "教育", "游戏", "retail", "政企"};
    const QStringList resellers = resellerIds();
    for (int i = 0; i < m_options.customers; ++i) {
        const bool zh = chinese();
        const bool company = m_data.bounded(0, 10) < 7;
        CustomerRow row;
        row.id = QStringLiteral("%1%2")
                     .arg(m_data.rng().generate64(), 16, 16, QLatin1Char('0'))
                     .arg(quint64(i), 16, 16, QLatin1Char('0'));
        row.account = m_data.accountName(i + 1);
        row.name = company ? m_data.companyName(zh) : m_data.personName(zh);
        row.reseller = i % 10 == 9 ? resellers[(i / 10) % 3] : SqlFilter::scope(QString());
        row.balance = Decimal::fromMantissa(m_data.bounded(0, 500000), 2);
        row.associatedOn =
            SandboxStore::utc(base.addSecs(qint64(m_data.bounded(0, 60 * 24 * 3600)) * 10));
        row.associationType = m_data.bounded(0, 10) < 8
                                  ? SandboxStore::resaleType(m_options.international)
                                  : QStringLiteral("1");
        if (row.associationType == u"1")
            row.balance = Decimal::fromInt(0).withScale(2); // the partner never funds referrals
        const QVariant values[] = {
            row.id,
            row.account,
            row.name,
            row.associatedOn,
            row.associationType,
            QString::fromUtf8(labels[m_data.bounded(0, 6)]),
            m_options.international ? QString() : m_data.phone(),
            m_options.international ? QStringLiteral("0065") : QStringLiteral("0086"),
            m_data.email(row.account),
            QString::number(m_data.bounded(0, 10) < 8 ? 2 : -1),
            company ? 1 : 0,
            m_data.bounded(0, 50) == 0 ? 1 : 0,
            m_data.personName(zh),
            QStringLiteral("x-%1").arg(i + 1),
            QStringLiteral("partner_sandbox"),
            QStringLiteral("V%1").arg(m_data.bounded(0, 6)),
            row.reseller,
            row.balance.toString(),
        };
        for (const QVariant &v : values)
            c.addBindValue(v);
        if (!m_store->execPrepared(&c))
            return false;
        if (i < 5000 && row.associationType == u"2" && !seedCoupon(i, row))
            return false;
        if (m_sample.size() < 2000)
            m_sample.append(row);
    }
    return true;
}

// Coupons in every status for the first customers, issued from the partner's quotas (or the
// reseller's quota for a reseller's customer), each with its issue record.
bool SandboxSeeder::seedCoupon(int i, const CustomerRow &row)
{
    // Every tenth customer is a reseller's (i % 10 == 9): spread theirs over the statuses too.
    const int status = 1 + (row.reseller.isEmpty() ? i : i / 10) % 5;
    const Decimal face = Decimal::fromMantissa(100 * m_data.bounded(1, 50), 0).withScale(2);
    const Decimal left = status == 2
                             ? Decimal::fromMantissa(m_data.bounded(1, int(face.mantissa()) + 1), 2)
                             : (status == 1 ? face : Decimal::fromInt(0).withScale(2));
    const QDateTime created =
        QDateTime::fromString(timeIn(m_data.bounded(0, 12)), Qt::ISODate).toUTC();
    const QString quota = row.reseller.isEmpty()
                              ? QString::fromLatin1(kOwnQuotas[i % 3])
                              : QStringLiteral("QT00000001%1").arg(row.reseller.right(1));
    const int type = quota == QLatin1String(kOwnQuotas[2]) ? 4 : 1;
    const QString couponId = QStringLiteral("CP%1").arg(i + 1, 8, 10, QLatin1Char('0'));
    const QString createTime = SandboxStore::utc(created);
    const QVariant values[] = {
        couponId,
        row.id,
        status,
        type,
        face.toString(),
        left.toString(),
        createTime,
        // Expired ones a month after issue; the others within two years, some of them soon
        // (the overview's "expiring" alert has something to show).
        SandboxStore::utc(status == 4
                              ? created.addDays(30)
                              : QDateTime::currentDateTimeUtc().addDays(m_data.bounded(2, 700))),
        createTime,
        quota,
        row.reseller,
    };
    for (const QVariant &v : values)
        m_insert.addBindValue(v);
    if (!m_store->execPrepared(&m_insert))
        return false;
    if (!m_store->addCouponRecord(row.reseller, 1, quota, type == 4 ? 1 : 0, couponId, row.id, face,
                                  0, QString(), createTime))
        return false;
    return status != 5 ||
           m_store->addCouponRecord(row.reseller, 2, quota, type == 4 ? 1 : 0, couponId, row.id,
                                    face, 0, QString(), SandboxStore::utc(created.addDays(20)));
}

// The partner's quotas (two voucher quotas, one cash-coupon quota, one expired, one frozen)
// and each reseller's quota issued from the first; balances are what the coupons left.
bool SandboxSeeder::seedQuotas()
{
    struct Q
    {
        QString id;
        int type;
        int status;
        const char *value;
        QString services;
        QString scope;
        QString parent;
    };
    QList<Q> quotas = {
        {QLatin1String(kOwnQuotas[0]), 0, 0, "9000000.00", QString(), QString(), QString()},
        {QLatin1String(kOwnQuotas[1]), 0, 0, "5000000.00",
         QStringLiteral("hws.service.type.ec2,hws.service.type.ebs"), QString(), QString()},
        {QLatin1String(kOwnQuotas[2]), 1, 0, "5000000.00", QString(), QString(), QString()},
        {QStringLiteral("QT0000000004"), 0, 3, "50000.00", QString(), QString(), QString()},
        {QStringLiteral("QT0000000005"), 0, 5, "30000.00", QString(), QString(), QString()},
    };
    for (const QString &r : resellerIds())
        quotas.append({QStringLiteral("QT00000001%1").arg(r.right(1)), 0, 0, "1500000.00",
                       QString(), r, QLatin1String(kOwnQuotas[0])});
    quotas.append({QStringLiteral("QT0000000190"), 0, 6, "5000.00", QString(), resellerIds()[0],
                   QLatin1String(kOwnQuotas[0])});
    QSqlQuery q = m_store->query();
    const QString created = timeIn(12);
    for (const Q &quota : quotas) {
        Decimal used = Decimal::fromInt(0).withScale(2);
        if (!m_store->exec(&q, QStringLiteral("SELECT face_value FROM coupons WHERE quota_id = ?"),
                           {quota.id}))
            return false;
        while (q.next())
            used += *Decimal::parse(q.value(0).toString());
        if (quota.id == QLatin1String(kOwnQuotas[0])) // the resellers' quotas came from it
            used += *Decimal::parse(u"1500000.00") * resellerIds().size();
        const Decimal value = *Decimal::parse(QString::fromLatin1(quota.value));
        const Decimal balance = quota.status == 6 ? Decimal::fromInt(0).withScale(2) : value - used;
        const QDateTime start = QDateTime::fromString(created, Qt::ISODate);
        const QString expire =
            SandboxStore::utc(quota.status == 3 ? start.addDays(180) : start.addYears(2));
        if (!m_store->exec(&q,
                           QStringLiteral("INSERT INTO quotas(quota_id, quota_type, create_time,"
                                          " last_update_time, quota_value, quota_status, balance,"
                                          " effective_time, expire_time, services,"
                                          " indirect_partner_id, parent_quota_id)"
                                          " VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"),
                           {quota.id, quota.type, created, created, value.toString(), quota.status,
                            balance.withScale(2).toString(), created, expire, quota.services,
                            SqlFilter::scope(quota.scope), SqlFilter::scope(quota.parent)}))
            return false;
        if (!quota.parent.isEmpty()) {
            if (!m_store->addQuotaRecord(quota.scope, 10, quota.id, quota.parent, value, 0,
                                         QString(), created))
                return false;
            if (quota.status == 6 &&
                !m_store->addQuotaRecord(quota.scope, 11, quota.id, quota.parent, value, 0,
                                         QStringLiteral("unused"), timeIn(6)))
                return false;
        }
    }
    return true;
}

// Twelve months of the partner's cash ledger: monthly top-ups, its own usage, funds for the
// resellers, and allocations (some partly reclaimed) that explain the first customers'
// balances. The account's cash is the ledger's final balance, so everything reconciles.
bool SandboxSeeder::seedLedger()
{
    QList<LedgerEvent> events;
    for (int m = 12; m >= 0; --m) {
        const QDate first = m_thisMonth.addMonths(-m);
        const QString t = SandboxStore::utc(QDateTime(first, QTime(9, 0), QTimeZone(8 * 3600)));
        events.append({t, QStringLiteral("RECHARGE"), QStringLiteral("SOURCE_OPERAIION_RECHARGE"),
                       Decimal::fromInt(150000 + m_data.bounded(0, 150000)).withScale(2), 1,
                       QString(), QString(), false, QString()});
        events.append({timeIn(m), QStringLiteral("DEDEUCT"),
                       QStringLiteral("SOURCE_OPERAIION_USAGE"),
                       Decimal::fromMantissa(m_data.bounded(100000, 500000), 2), 2, QString(),
                       QString(), false, QString()});
    }
    for (const QString &r : resellerIds()) {
        const QString t = SandboxStore::utc(
            QDateTime(m_thisMonth.addMonths(-12).addDays(2), QTime(10, 0), QTimeZone(8 * 3600)));
        LedgerEvent e{t,
                      QStringLiteral("BEADJUST"),
                      QStringLiteral("SOURCE_OPERATION_BEADJUST"),
                      *Decimal::parse(u"50000.00"),
                      2,
                      r,
                      QString(),
                      true,
                      r};
        events.append(e);
    }
    int funded = 0;
    for (const CustomerRow &c : std::as_const(m_sample)) {
        if (funded >= 300 || !c.reseller.isEmpty() || c.associationType != u"2" ||
            c.balance.isZero())
            continue;
        const int month = m_data.bounded(1, 12);
        Decimal allocated = c.balance;
        if (funded % 15 == 0) { // allocated more, then part of it reclaimed
            const Decimal back = Decimal::fromMantissa(m_data.bounded(100, 50000), 2);
            allocated = c.balance + back;
            events.append({timeIn(month - 1), QStringLiteral("BERETRIEVE"),
                           QStringLiteral("SOURCE_OPERATION_BERETRIEVE"), back, 1, c.id, c.account,
                           true, c.name});
        }
        events.append({timeIn(month), QStringLiteral("BEADJUST"),
                       QStringLiteral("SOURCE_OPERATION_BEADJUST"), allocated, 2, c.id, c.account,
                       true, c.name});
        ++funded;
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const LedgerEvent &a, const LedgerEvent &b) { return a.time < b.time; });
    Decimal cash = Decimal::fromInt(0).withScale(2);
    for (const LedgerEvent &e : std::as_const(events)) {
        cash = e.type == 1 ? cash + e.amount : cash - e.amount;
        const QString id = m_store->nextId(e.type == 1 ? "R" : "T");
        if (!m_store->addAccountChange({QString(), id, e.tradeType, e.detailType, e.amount, cash,
                                        e.type, e.customerId, e.accountName, e.time}))
            return false;
        if (e.adjust && !m_store->addAdjustRecord(QString(), id, e.customerId, e.customerName,
                                                  e.detailType, e.amount, e.time))
            return false;
        if (e.adjust && resellerIds().contains(e.customerId)) {
            if (!m_store->addAccountChange({e.customerId, id, QStringLiteral("BEADJUST"),
                                            e.detailType, e.amount, e.amount, 1, QString(),
                                            QString(), e.time}) ||
                !m_store->setCash(e.customerId, e.amount))
                return false;
        }
    }
    return m_store->setCash(QString(), cash);
}
