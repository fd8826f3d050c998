#pragma once

#include <QString>

// What a write may change on the server, so that everything showing it reloads by itself after
// a write that was done (or may have been: outcome unknown). One table, by operation name.
class WriteEffects
{
public:
    enum Effect {
        None = 0,
        Balances = 1,    // a customer's, a reseller's or the partner's money
        Ledger = 2,      // the partner's income/expenditure and allocation records
        Coupons = 4,     // issued coupons
        Quotas = 8,      // coupon quotas (ours and the resellers')
        Agreements = 16, // payment agreements
        Customers = 32,  // the customer list (an unbind request)
        Claims = 64,     // MDF claims
        Budgets = 128,   // a customer's budget or frozen state (International site)
    };
    static int of(const QString &operation);
};
