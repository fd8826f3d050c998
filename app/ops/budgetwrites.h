#pragma once

#include "bss/budgetoperations.h"
#include "ops/writespec.h"

// The International site's customer writes: set a budget (UpdateSubCustomerBudget) and freeze
// or unfreeze one customer (FreezeSubCustomers / UnfreezeSubCustomers with one id, so that each
// customer has its own outcome).
//
// Evidence. A budget setting leaves a record in the customer's budget history (amount, type,
// time; the API gives records no id, so those three and the customer are the key). A freeze
// leaves no record at all: the evidence is the customer's state (is_frozen in ListSubCustomers)
// turning since the probe, and the precheck skips a customer already in the wanted state. The key
// of that change carries the write's own stamp, so a later freeze of the same customer is a new
// record, never this one's.
class BudgetWrites
{
public:
    static WriteSpec setBudget(const BudgetOperations::Change &change);
    static WriteSpec freeze(bool freeze, const QString &customerId, const QString &reason,
                            const QString &type, const QString &indirectPartnerId,
                            qint64 stamp = 0); // 0: now
    static std::optional<WriteSpec> rebuild(const QJsonObject &params);
};
