#pragma once

#include "sandbox/sandboxanswer.h"
#include "sandbox/sandboxparams.h"

class SandboxStore;

// Sandbox-only: market development fund (MDF, 市场发展基金) applications and their claims. An
// approved application waits for a claim until its deadline; a claim lists expense lines with a
// category, is refused for ineligible categories (the console's list, MdfRules) or above the
// approved amount, and is then reviewed (the advance control moves it on).
class MdfService
{
public:
    explicit MdfService(SandboxStore *store) : m_store(store) {}

    SandboxAnswer list(SandboxParams p);
    SandboxAnswer submit(SandboxParams p);
    int advanceAll();

    static QStringList statuses();

private:
    SandboxStore *m_store;
};
