#pragma once

#include "sandbox/sandboxanswer.h"
#include "sandbox/sandboxparams.h"

class SandboxStore;

// Sandbox customers: the list with its filters, account balances, monthly consumption sums,
// orders; and the sandbox-only unbind flow (check, request, the customer's answer) and
// this month's discounts (本月已优惠).
class CustomerService
{
public:
    explicit CustomerService(SandboxStore *store) : m_store(store) {}

    SandboxAnswer list(SandboxParams p);            // ListSubCustomers
    SandboxAnswer balances(SandboxParams p);        // ListCustomersBalancesDetail
    SandboxAnswer monthlyBills(SandboxParams p);    // ListSubcustomerMonthlyBills
    SandboxAnswer orders(SandboxParams p);          // ListCustomerOrders
    SandboxAnswer unbindCheck(SandboxParams p);     // sandbox-only
    SandboxAnswer unbind(SandboxParams p);          // sandbox-only
    SandboxAnswer unbindRequests(SandboxParams p);  // sandbox-only
    SandboxAnswer respondToUnbind(SandboxParams p); // sandbox control: the customer's answer
    SandboxAnswer monthDiscounts(SandboxParams p);  // sandbox-only
    // ListConsumeSubCustomers: the partner's customers with bills in `bill_cycle`.
    SandboxAnswer consumingCustomers(SandboxParams p);

private:
    QStringList failedUnbindChecks(const QString &customerId, const QString &scope);
    SandboxAnswer completeUnbind(const QString &requestId);

    SandboxStore *m_store;
};
