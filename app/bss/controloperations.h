#pragma once

#include "bss/apirequest.h"

#include <QCoreApplication>
#include <QStringList>

// The embedded sandbox's control operations (docs/sandbox-api.md: faults, rate limit, "operations
// staff act", a customer's answer to an unbind request): a table of their own, apart from the
// partner API the client's Operations describe. Only tests and `partnerdesk-cli call` against a
// loopback sandbox send them; the sandbox builds its control routes from this table.
class ControlOperations
{
    Q_DECLARE_TR_FUNCTIONS(ControlOperations)
public:
    static QStringList names();
    static bool isControl(const QString &operation);
    // The request for a control operation (parameters empty), or an empty request and `problem`.
    static ApiRequest byName(const QString &operation, QString *problem);
};
