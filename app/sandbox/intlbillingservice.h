#pragma once

#include "sandbox/sandboxanswer.h"
#include "sandbox/sandboxparams.h"

class SandboxStore;
class SeedData;

// The International partner's own bills and invoices (bssintl): the postpaid bill summary of a
// month (ListPostpaidBillSum, from the customers' bills of that month) and the invoice requests
// (ListInvoices, paged, by application time). seed() gives the International sandbox a year of
// invoice requests in their different states.
class IntlBillingService
{
public:
    explicit IntlBillingService(SandboxStore *store) : m_store(store) {}

    SandboxAnswer postpaidBillSum(SandboxParams p);
    SandboxAnswer invoices(SandboxParams p);

    static bool seed(SandboxStore *store, SeedData *data);

private:
    SandboxStore *m_store;
};
