#pragma once

#include "bss/apirequest.h"
#include "bss/bsserror.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

class BssClient;

// A write whose effect is read back from a list rather than counted (an unbind request, a
// payment agreement and its voiding): the list is read first, the write is sent once, and when
// its answer is lost or garbled the list is read again — what changed says whether it happened.
// Never retried automatically; a write that did not happen is reported as safe to try again.
class CheckedWrite : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Done, Failed, Unknown };
    struct Result
    {
        Outcome outcome = Outcome::Unknown;
        QString reference;      // the record the write made or changed
        bool confirmed = false; // settled by reading the list again
        BssError error;
    };
    // Record id → state, for the records of the list that concern the write.
    using Snapshot = QHash<QString, QString>;
    struct Check
    {
        ApiRequest read; // a list operation; paged with offset/limit
        QString listKey, idKey, stateKey;
        QString matchKey, matchValue; // only records whose matchKey is matchValue (empty: all)
        // From the list before and after: the reference of the record the write made or
        // changed; an empty string when it did not happen; nothing when the lists cannot tell
        // (someone else changed them too).
        std::function<std::optional<QString>(const Snapshot &before, const Snapshot &after)>
            applied;
    };

    CheckedWrite(BssClient *client, const ApiRequest &write, const QString &invalid,
                 const Check &check, const QString &referenceKey, QObject *parent = nullptr);

    // Unbinding a customer (sandbox-only): checked against its submitted unbind requests.
    static CheckedWrite *unbind(BssClient *client, const QString &customerId,
                                const QString &indirectPartnerId, const QString &reason,
                                QObject *parent = nullptr);
    // A payment agreement for a remitter (sandbox-only): checked against agreements in effect.
    static CheckedWrite *addAgreement(BssClient *client, const QString &remitter,
                                      const QString &remitterType, QObject *parent = nullptr);
    // Voiding an agreement (sandbox-only): checked against the agreement's status.
    static CheckedWrite *voidAgreement(BssClient *client, const QString &agreementId,
                                       QObject *parent = nullptr);

    void start();
    const Result &result() const { return m_result; }

signals:
    void checking(); // the answer was lost: reading the list
    void finished(const CheckedWrite::Result &result);

private:
    void read(int offset, Snapshot partial,
              std::function<void(const Snapshot &, const BssError &)> done);
    void send();
    void finish(Outcome outcome, const BssError &error = BssError());

    BssClient *m_client;
    ApiRequest m_write;
    QString m_invalid; // why the write may not be sent, checked before anything goes out
    Check m_check;
    QString m_referenceKey;
    Snapshot m_before;
    bool m_running = false;
    Result m_result;
};
