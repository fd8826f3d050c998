#pragma once

#include "bss/bsserror.h"

#include <QStringList>

#include <functional>

class BssClient;
class QObject;

// Reads that check an account before something is done with it. Each answers once, through
// `done`, in `context`'s thread (nothing if `context` goes away first).
class AccountChecks
{
public:
    // The account (domain) id the keys belong to (IAM's auth/domains): the key test of the
    // profile dialog and `profile test`, and the CLI's discovery of a missing account id.
    // `done(id, error)`: an answer without an id is a malformed answer.
    static void domainId(BssClient *client, QObject *context,
                         std::function<void(const QString &id, const BssError &error)> done);

    // Whether a customer can be unbound now (sandbox-only SandboxCheckUnbind, the console's
    // 解绑 pre-check): `failedItems` holds the check items that failed (arrears, resources, …).
    static void
    unbind(BssClient *client, const QString &customerId, const QString &scope, QObject *context,
           std::function<void(bool passed, const QStringList &failedItems, const BssError &error)>
               done);
};
