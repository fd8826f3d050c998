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
    // ListSubCustomerCoupons called with the partner's key: the partner's own coupons (the
    // SDK: 伙伴/客户可以查询自身的优惠券信息), a fixed set dated from this month.
    SandboxAnswer ownCoupons(SandboxParams p, const QString &accountId);

    static bool seed(SandboxStore *store, SeedData *data);

private:
    SandboxStore *m_store;
};
