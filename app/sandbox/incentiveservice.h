#pragma once

#include "sandbox/sandboxanswer.h"
#include "sandbox/sandboxparams.h"

class SandboxStore;

// Sandbox-only: incentive payouts (激励申付). Requesting a payout with an allowed method, the
// documented states, and the operations side moving payouts on; a completed top-up credits
// the partner's cash (with its ledger record), a completed voucher payout creates a quota.
class IncentiveService
{
public:
    explicit IncentiveService(SandboxStore *store) : m_store(store) {}

    SandboxAnswer list(SandboxParams p);
    SandboxAnswer request(SandboxParams p);
    int advanceAll();

    // Methods a payout of this association type may use: 代售 (2) incentives are topped up or
    // turned into voucher quota; referral (1) ones may also go to the bank.
    static QStringList allowedMethods(const QString &associationType);

private:
    bool complete(const QString &id, const QString &method, const QString &amount);

    SandboxStore *m_store;
};
