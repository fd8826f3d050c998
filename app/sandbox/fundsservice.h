#pragma once

#include "sandbox/sandboxanswer.h"
#include "sandbox/sandboxparams.h"

class SandboxStore;

// Sandbox funds: partner and reseller balances, allocate to / reclaim from customers and
// resellers, the transaction ledger (收支明细) and the adjust records (调账记录), and the
// reseller list.
class FundsService
{
public:
    explicit FundsService(SandboxStore *store) : m_store(store) {}

    SandboxAnswer partnerBalances(SandboxParams p);                 // ListPartnerBalances
    SandboxAnswer customerTransfer(bool allocate, SandboxParams p); // adjust-amount / reclaim
    SandboxAnswer resellerTransfer(bool allocate, SandboxParams p); // indirect-partner-*
    SandboxAnswer accountChanges(SandboxParams p); // ListPartnerAccountChangeRecords
    SandboxAnswer adjustRecords(SandboxParams p);  // ListPartnerAdjustRecords (v3)
    SandboxAnswer resellers(SandboxParams p);      // ListIndirectPartners

private:
    SandboxStore *m_store;
};
