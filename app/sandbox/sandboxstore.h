#pragma once

#include "core/decimal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

// The sandbox's data in SQLite (a file or memory): customers, partner and reseller accounts,
// coupons, transaction and adjust records. Money is stored as exact decimal text and changed
// only through Decimal inside one SQL transaction per operation.
class SandboxStore
{
    Q_DECLARE_TR_FUNCTIONS(SandboxStore)
public:
    struct SeedOptions
    {
        quint32 seed = 1;
        int customers = 200;
        bool international = false;
    };

    // A service answer: HTTP status plus a JSON body (or an error_code/error_msg body).
    struct Answer
    {
        int status = 200;
        QJsonObject body;
        static Answer error(int status, const QString &code, const QString &message);
        // 400 CBC.0100 "Parameter error: <what>."
        static Answer paramError(const QString &what);
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

    Answer listSubCustomers(const QJsonObject &filter);
    Answer partnerBalances(const QString &indirectPartnerId);
    Answer transfer(bool allocate, const QJsonObject &body);
    Answer adjustRecords(const QMap<QString, QString> &query);
    Answer issuedCoupons(const QMap<QString, QString> &query);
    Answer reclaimCoupon(const QJsonObject &body);

    // Direct reads for tests and the control endpoint.
    Decimal customerBalance(const QString &customerId);
    Decimal partnerCash(const QString &indirectPartnerId = QString());

private:
    bool exec(const QString &sql);
    QString nextId(const char *prefix);

    QString m_connection;
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_error;
    QString m_currency = QStringLiteral("CNY");
    qint64 m_idCounter = 0;
};
