#pragma once

#include "sandbox/sandboxanswer.h"
#include "sandbox/sandboxparams.h"

#include <optional>

class SandboxStore;

// The International site's customer budgets and freezing (bssintl): list, show and set a resale
// customer's budget (monthly or one-time, with its freeze policy), its budget history, freeze
// and unfreeze customers, and the partner's consumption quota. A customer over a budget whose
// policy is "freeze automatically" is frozen by the system, and unfrozen when a new budget
// covers what was used.
class BudgetService
{
public:
    explicit BudgetService(SandboxStore *store) : m_store(store) {}

    SandboxAnswer list(SandboxParams p);
    SandboxAnswer show(SandboxParams p);
    SandboxAnswer update(SandboxParams p);
    SandboxAnswer records(SandboxParams p);
    SandboxAnswer freeze(bool freeze, SandboxParams p);
    SandboxAnswer consumptionQuota(SandboxParams p);

private:
    // The customer's error, when it is not ours or not a resale customer; nothing when it is.
    std::optional<SandboxAnswer> refuse(const QString &customerId, const QString &scope);
    // Over a budget that freezes automatically: frozen by the system; back inside it: the
    // system's freeze is lifted.
    bool applyPolicy(const QString &customerId);

    SandboxStore *m_store;
};
