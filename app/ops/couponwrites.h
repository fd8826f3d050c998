#pragma once

#include "ops/writespec.h"

// Coupon and coupon-quota writes: issuing a coupon from a quota to a customer (发放), reclaiming
// a coupon (回收), and a distributor's quota issued to or reclaimed from a reseller. Evidence:
// the coupon records (operation 1 issue, 2 manual reclaim) and the quota records (10 issue,
// 11 reclaim), never a coupon's or quota's status.
class CouponWrites
{
public:
    struct Issue
    {
        QString quotaId;
        Decimal faceValue = Decimal::invalid();
        QDateTime validFrom; // invalid: the quota's
        QDateTime validTo;
        QString indirectPartnerId;
    };
    static WriteSpec issue(const Issue &options, const QString &customerId);
    // Only a usable coupon is reclaimed; the amount is its balance (read before).
    static WriteSpec reclaim(const QString &couponId, const QString &indirectPartnerId);
    static WriteSpec issueQuota(const QString &resellerId, const QString &parentQuotaId,
                                const Decimal &amount);
    static WriteSpec reclaimQuota(const QString &quotaId);
    static std::optional<WriteSpec> rebuild(const QJsonObject &params);
};
