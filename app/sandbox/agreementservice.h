#pragma once

#include "sandbox/sandboxanswer.h"
#include "sandbox/sandboxparams.h"

class SandboxStore;

// Sandbox-only: payment agreements (代付协议) — add another remitter (effective at once),
// list, void.
class AgreementService
{
public:
    explicit AgreementService(SandboxStore *store) : m_store(store) {}

    SandboxAnswer list(SandboxParams p);
    SandboxAnswer create(SandboxParams p);
    SandboxAnswer voidAgreement(SandboxParams p);

private:
    SandboxStore *m_store;
};
