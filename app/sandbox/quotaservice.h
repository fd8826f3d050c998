#pragma once

#include "sandbox/sandboxanswer.h"
#include "sandbox/sandboxparams.h"

class SandboxStore;

// Sandbox reseller coupon quotas (master distributor): issue part of an own quota to resellers,
// reclaim their quotas, the issued reseller quotas and the issue/reclaim log.
class QuotaService
{
public:
    explicit QuotaService(SandboxStore *store) : m_store(store) {}

    SandboxAnswer issue(SandboxParams p);   // UpdateCouponQuotas
    SandboxAnswer reclaim(SandboxParams p); // ReclaimCouponQuotas
    SandboxAnswer issued(SandboxParams p);  // ListIssuedCouponQuotas
    SandboxAnswer records(SandboxParams p); // ListCouponQuotasRecords

private:
    SandboxStore *m_store;
};
