#pragma once

#include "bss/bsserror.h"
#include "core/decimal.h"

#include <QObject>

class BssClient;

// Reclaims one coupon (回收: its whole balance) and finds out what really happened. It reads the
// coupon first (only a usable coupon is sent; the balance is what will be reclaimed), sends the
// reclaim once, and if the answer is lost reads the coupon again: reclaimed now means it worked,
// still usable means it did not.
class CouponReclaimRunner : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Reclaimed, Skipped, Failed, Unknown };
    struct Result
    {
        Outcome outcome = Outcome::Unknown;
        Decimal amount = Decimal::invalid(); // the balance reclaimed
        int status = 0;                      // the coupon's status when read
        bool confirmedByStatus = false;      // settled by reading the coupon again
        BssError error;
    };

    CouponReclaimRunner(BssClient *client, const QString &couponId,
                        const QString &indirectPartnerId, QObject *parent = nullptr);
    void start();

signals:
    void finished(const CouponReclaimRunner::Result &result);

private:
    void
    read(std::function<void(bool found, int status, const Decimal &balance, const BssError &error)>
             done);
    void finish(Outcome outcome, const BssError &error = BssError());

    BssClient *m_client;
    QString m_couponId;
    QString m_indirectPartnerId;
    Result m_result;
};
