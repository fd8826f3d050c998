#include "ops/writeeffects.h"

int WriteEffects::of(const QString &operation)
{
    struct Row
    {
        const char *operation;
        int effects;
    };
    static const Row kRows[] = {
        {"UpdateCustomerAccountAmount", Balances | Ledger},
        {"ReclaimToPartnerAccount", Balances | Ledger},
        {"UpdateIndirectPartnerAccount", Balances | Ledger},
        {"ReclaimIndirectPartnerAccount", Balances | Ledger},
        {"CreatePartnerCoupons", Coupons | Quotas},
        {"ReclaimPartnerCoupons", Coupons | Quotas},
        {"UpdateCouponQuotas", Quotas},
        {"ReclaimCouponQuotas", Quotas},
        {"UpdateSubCustomerBudget", Budgets},
        {"FreezeSubCustomers", Budgets | Customers},
        {"UnfreezeSubCustomers", Budgets | Customers},
        {"SandboxUnbindCustomer", Customers},
        {"SandboxCreatePaymentAgreement", Agreements},
        {"SandboxVoidPaymentAgreement", Agreements},
        {"SandboxSubmitMdfClaim", Claims},
    };
    for (const Row &r : kRows) {
        if (operation == QLatin1String(r.operation))
            return r.effects;
    }
    return None;
}
