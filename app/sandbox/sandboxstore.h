#pragma once

#include "core/decimal.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

// The sandbox's data in SQLite (a file or memory): partner and reseller accounts, customers,
// coupons and quotas, bills and orders, the ledgers, and the sandbox-only areas (settlements,
// incentives, payment agreements, unbind requests). Money is stored as exact decimal text and
// changed only through Decimal, each operation inside one SQL transaction.
class SandboxStore
{
public:
    struct SeedOptions
    {
        quint32 seed = 1;
        int customers = 200;
        bool international = false;
    };
    struct Account
    {
        QString accountId;
        Decimal cash;
        Decimal credit;
        Decimal designated;
    };
    // Rolls back unless commit() succeeded.
    class Transaction
    {
    public:
        explicit Transaction(SandboxStore *store);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        bool commit();

    private:
        SandboxStore *m_store;
        bool m_done = false;
    };

    explicit SandboxStore(const QString &file = QString()); // empty: in memory
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    bool isOpen() const { return m_open; }
    QString lastError() const { return m_error; }
    bool isEmpty();
    bool seed(const SeedOptions &options);
    QString currency() const { return m_currency; }
    bool international() const { return m_currency == u"USD"; }
    // The association type of resale customers: "2" 代售 on the China site, "3" 转售 on the
    // International site.
    static QString resaleType(bool international)
    {
        return international ? QStringLiteral("3") : QStringLiteral("2");
    }
    QString resaleType() const { return resaleType(international()); }
    QString meta(const QString &key);
    bool setMeta(const QString &key, const QString &value);

    // Runs one statement with positional binds; false (and lastError) on failure.
    bool exec(QSqlQuery *query, const QString &sql, const QVariantList &binds = {});
    bool execPrepared(QSqlQuery *prepared); // binds already added
    QSqlQuery query() const { return QSqlQuery(m_db); }
    QSqlDatabase database() const { return m_db; }
    QString nextId(const char *prefix);
    static QString utc(const QDateTime &time); // yyyy-MM-ddTHH:mm:ssZ
    static QString nowUtc() { return utc(QDateTime::currentDateTimeUtc()); }
    // An amount as stored; invalid when the column holds something else (a damaged or
    // hand-edited --data file): the caller answers 500 instead of computing with it.
    static Decimal storedAmount(const QVariant &value);

    // Accounts: the partner's own (indirect_partner_id "") and each reseller's.
    std::optional<Account> account(const QString &indirectPartnerId);
    bool setCash(const QString &indirectPartnerId, const Decimal &cash);
    bool resellerExists(const QString &indirectPartnerId);

    // Ledger writes, inside the caller's transaction.
    struct Change
    {
        QString scope; // indirect_partner_id of the account that changed
        QString tradeId;
        QString tradeType;  // BEADJUST, BERETRIEVE, BEUNBIND, RECHARGE, DEDEUCT, ...
        QString detailType; // SOURCE_OPERATION_BEADJUST, ...
        Decimal amount;     // positive
        Decimal balanceAfter;
        int type = 2; // 1 income, 2 expense
        QString customerId;
        QString accountName;
        QString time;
    };
    bool addAccountChange(const Change &change);
    bool addAdjustRecord(const QString &scope, const QString &transId, const QString &customerId,
                         const QString &customerName, const QString &operationType,
                         const Decimal &amount, const QString &time);
    bool addCouponRecord(const QString &scope, int operationType, const QString &quotaId,
                         int quotaType, const QString &couponId, const QString &customerId,
                         const Decimal &amount, int result, const QString &remark,
                         const QString &time);
    bool addQuotaRecord(const QString &scope, int operationType, const QString &quotaId,
                        const QString &parentQuotaId, const Decimal &amount, int result,
                        const QString &remark, const QString &time);

    // Direct reads for tests and the control endpoint.
    Decimal customerBalance(const QString &customerId);
    Decimal partnerCash(const QString &indirectPartnerId = QString());
    Decimal quotaBalance(const QString &quotaId);

private:
    bool createSchema();

    QString m_connection;
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_error;
    QString m_currency = QStringLiteral("CNY");
    qint64 m_idCounter = 0;
};
