#include "bss/controloperations.h"

namespace {

struct ControlSpec
{
    const char *name;
    const char *method;
    const char *path;
    ApiRequest::Effect effect;
};

constexpr auto R = ApiRequest::Effect::Read;
constexpr auto W = ApiRequest::Effect::Write;

const ControlSpec kControls[] = {
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
    for (const ControlSpec &c : kControls)
        out.append(QString::fromLatin1(c.name));
    return out;
}

bool ControlOperations::isControl(const QString &operation)
{
    return names().contains(operation, Qt::CaseInsensitive);
}

ApiRequest ControlOperations::byName(const QString &operation, QString *problem)
{
    for (const ControlSpec &c : kControls) {
        if (operation.compare(QLatin1String(c.name), Qt::CaseInsensitive) == 0) {
            problem->clear();
            ApiRequest r;
            r.operation = QString::fromLatin1(c.name);
            r.method = c.method;
            r.path = c.path;
            r.effect = c.effect;
            return r;
        }
    }
    *problem = tr("Unknown sandbox control operation \"%1\".").arg(operation);
    return {};
}
