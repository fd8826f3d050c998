#pragma once

#include "sandbox/sandboxanswer.h"
#include "sandbox/sandboxparams.h"

class QSqlQuery;
class SandboxStore;

// Sandbox coupons: the partner's (or a reseller's) quotas, issuing coupons to customers within
// a quota, the issued coupons, per-coupon reclaim and the issue/reclaim log.
class CouponService
{
public:
    explicit CouponService(SandboxStore *store) : m_store(store) {}

    SandboxAnswer quotas(SandboxParams p);  // ListQuotaCoupons
    SandboxAnswer issue(SandboxParams p);   // CreatePartnerCoupons
    SandboxAnswer issued(SandboxParams p);  // ListIssuedPartnerCoupons
    SandboxAnswer reclaim(SandboxParams p); // ReclaimPartnerCoupons
    SandboxAnswer records(SandboxParams p); // ListPartnerCouponsRecord

    // The columns quotaJson() reads, in order.
    static QString quotaColumns();
    static QJsonObject quotaJson(const QSqlQuery &row, const QString &currency);

private:
    SandboxStore *m_store;
};
