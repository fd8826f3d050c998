#pragma once

#include "bss/apirequest.h"
#include "bss/bsserror.h"
#include "core/auditlog.h"
#include "core/decimal.h"

#include <QObject>
#include <QPointer>

#include <functional>

class BssClient;
class BssJob;

// Runs one allocation to (or reclaim from) a customer and finds out what really happened. It
// notes how many adjust records of that kind the customer has, sends the write once (never
// again), and if the answer is lost or unreadable it reads the records: one more record with
// this amount means the money moved. The result is Done, Failed or still Unknown, never a guess.
class TransferRunner : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Allocate, Reclaim };
    // Whose balance: a customer's (拨款/回收) or, for a master distributor, a reseller's.
    enum class Target { Customer, Reseller };
    enum class Outcome { Done, Failed, Unknown };
    struct Result
    {
        Outcome outcome = Outcome::Unknown;
        Decimal amount = Decimal::invalid(); // what was asked
        QString transactionId;               // when the server said so
        bool confirmedByRecords = false;     // Done, learnt from the adjust records
        BssError error;                      // Failed / Unknown: why
    };

    // The audit log's line for a finished transfer (the app's window and the CLI write the same).
    static AuditLog::Entry auditEntry(Kind kind, const QString &target, const Result &result);

    TransferRunner(BssClient *client, Kind kind, const QString &customerId, const Decimal &amount,
                   const QString &indirectPartnerId = QString(), QObject *parent = nullptr);
    // A reseller transfer: `resellerId` is the indirect_partner_id acted on.
    static TransferRunner *forReseller(BssClient *client, Kind kind, const QString &resellerId,
                                       const Decimal &amount, QObject *parent = nullptr);

    void start();
    bool isRunning() const { return m_running; }
    const Result &result() const { return m_result; }
    static QString operationType(Kind kind);

signals:
    void checking(); // the answer was lost: reading the records
    void finished(const TransferRunner::Result &result);

private:
    void countRecords(std::function<void(int count, const QString &newestAmount,
                                         const QString &newestTransId, const BssError &error)>
                          done);
    void send();
    ApiRequest request(QString *problem) const;
    void finish(Outcome outcome, const BssError &error = BssError());

    BssClient *m_client;
    Kind m_kind;
    Target m_target = Target::Customer;
    QString m_customerId;
    Decimal m_amount;
    QString m_indirectPartnerId;
    int m_before = -1;
    bool m_running = false;
    Result m_result;
};
Q_DECLARE_METATYPE(TransferRunner::Result)
