#pragma once

#include "sandbox/sandboxanswer.h"
#include "sandbox/sandboxparams.h"

class SandboxStore;

// Sandbox-only: marketplace (云商店) settlement bills 商品分账 — the list by product kind,
// status and bill period, one bill's items and state history, and the operations side moving
// bills on (a control for tests and demos).
class SettlementService
{
public:
    explicit SettlementService(SandboxStore *store) : m_store(store) {}

    SandboxAnswer list(SandboxParams p);
    SandboxAnswer detail(SandboxParams p);
    int advanceAll(); // every unfinished bill one step on; returns how many moved

private:
    SandboxStore *m_store;
};
