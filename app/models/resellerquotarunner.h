#pragma once

#include "bss/bsserror.h"
#include "core/decimal.h"

#include <QObject>

#include <functional>

class BssClient;

// A distributor's coupon-quota operation on one reseller, sent once and settled when the answer
// is lost: issuing part of an own quota to a reseller (UpdateCouponQuotas; checked against the
// quota records) or reclaiming a reseller's quota (ReclaimCouponQuotas; checked against the
// quota's status).
class ResellerQuotaRunner : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Issue, Reclaim };
    enum class Outcome { Done, Failed, Unknown };
    struct Result
    {
        Outcome outcome = Outcome::Unknown;
        QString quotaId; // Issue: the reseller's new quota
        bool confirmed = false;
        BssError error;
    };

    // Issue: `target` is the reseller id, with the parent quota and the amount.
    // Reclaim: `target` is the reseller's quota id.
    ResellerQuotaRunner(BssClient *client, Kind kind, const QString &target,
                        const QString &parentQuotaId, const Decimal &amount,
                        QObject *parent = nullptr);
    void start();

signals:
    void finished(const ResellerQuotaRunner::Result &result);

private:
    // Issue: how many issue records the reseller has for the parent quota. Reclaim: the status
    // of the reseller's quota (-1 when not found).
    void probe(std::function<void(int value, const QString &quotaId, const BssError &)> done);
    void finish(Outcome outcome, const BssError &error = BssError());

    BssClient *m_client;
    Kind m_kind;
    QString m_target;
    QString m_parent;
    Decimal m_amount;
    int m_before = -1;
    Result m_result;
};
