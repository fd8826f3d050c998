#pragma once

#include "sandbox/sandboxanswer.h"
#include "sandbox/sandboxparams.h"

class SandboxStore;

// A customer's yearly/monthly resources (ListPayPerUseCustomerResources) and one order's details
// (ShowCustomerOrderDetails), on both sites. A completed yearly/monthly order is one resource:
// it took effect when paid and expires its period later (in use until then, expired after).
class OrderService
{
public:
    explicit OrderService(SandboxStore *store) : m_store(store) {}

    SandboxAnswer resources(SandboxParams p);
    SandboxAnswer details(SandboxParams p);
    // 产品激励策略 (China): each service's policy at the end of a month; a few changed during
    // the last year, so months differ.
    SandboxAnswer incentivePolicies(SandboxParams p);

private:
    SandboxStore *m_store;
};
