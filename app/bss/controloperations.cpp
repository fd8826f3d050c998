#include "bss/controloperations.h"

namespace {

constexpr auto R = ApiRequest::Effect::Read;
constexpr auto W = ApiRequest::Effect::Write;

const OperationRow kControls[] = {
    {"SandboxShowFaults", "GET", "/sandbox/v1/control/faults", R},
    {"SandboxSetFaults", "POST", "/sandbox/v1/control/faults", W},
    {"SandboxSetRateLimit", "POST", "/sandbox/v1/control/rate-limit", W},
    {"SandboxAdvance", "POST", "/sandbox/v1/control/advance", W},
    {"SandboxRespondUnbind", "POST", "/sandbox/v1/control/unbind-requests/respond", W},
};

} // namespace

QStringList ControlOperations::names()
{
    QStringList out;
    for (const OperationRow &c : kControls)
        out.append(QString::fromLatin1(c.name));
    return out;
}

bool ControlOperations::isControl(const QString &operation)
{
    return names().contains(operation, Qt::CaseInsensitive);
}

ApiRequest ControlOperations::byName(const QString &operation, QString *problem)
{
    for (const OperationRow &c : kControls) {
        if (operation.compare(QLatin1String(c.name), Qt::CaseInsensitive) == 0) {
            problem->clear();
            return c.request();
        }
    }
    *problem = tr("Unknown sandbox control operation \"%1\".").arg(operation);
    return {};
}
