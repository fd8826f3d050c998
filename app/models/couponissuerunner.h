#pragma once

#include "bss/bsserror.h"
#include "core/decimal.h"

#include <QDateTime>
#include <QObject>

class BssClient;

// Issues one coupon from a quota to one customer (发放) and finds out what really happened:
// it counts the customer's issue records for that quota, sends CreatePartnerCoupons once, and if
// the answer is lost counts again — one more record means the coupon was issued.
class CouponIssueRunner : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Issued, Failed, Unknown };
    struct Options
    {
        QString quotaId;
        Decimal faceValue;
        QDateTime validFrom; // invalid: the quota's
        QDateTime validTo;
        QString indirectPartnerId;
    };
    struct Result
    {
        Outcome outcome = Outcome::Unknown;
        QString couponId;
        bool confirmedByRecords = false;
        BssError error;
    };

    CouponIssueRunner(BssClient *client, const Options &options, const QString &customerId,
                      QObject *parent = nullptr);
    void start();

signals:
    void finished(const CouponIssueRunner::Result &result);

private:
    void count(std::function<void(int, const QString &, const BssError &)> done);
    void finish(Outcome outcome, const BssError &error = BssError());

    BssClient *m_client;
    Options m_options;
    QString m_customerId;
    int m_before = -1;
    Result m_result;
};
