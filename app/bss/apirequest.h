#pragma once

#include "bss/canonical.h"

#include <QByteArray>
#include <QList>
#include <QString>

// One BSS operation call, independent of credentials and endpoint: what to send and whether it
// is safe to repeat.
struct ApiRequest
{
    enum class Effect {
        Read,  // GETs and POST queries: may be retried with backoff
        Write, // changes data (money, coupons, quotas, customers): never retried automatically
    };
    enum class Service {
        Bss, // base URL of the profile's site, signed with X-Domain-Id
        Iam, // the site's IAM endpoint, signed without X-Domain-Id (domain discovery)
    };

    QString operation; // SDK operation name, e.g. "ListSubCustomers"
    QByteArray method = "GET";
    QByteArray path;
    QList<Canonical::QueryItem> query;
    QByteArray body; // exact JSON bytes (empty for GET)
    Effect effect = Effect::Read;
    Service service = Service::Bss;

    bool isWrite() const { return effect == Effect::Write; }
    void addQuery(const QByteArray &name, const QString &value)
    {
        query.append({name, value.toUtf8()});
    }
};

// One row of an operation table (the client's Operations, the sandbox's ControlOperations).
struct OperationRow
{
    const char *name;
    const char *method;
    const char *path;
    ApiRequest::Effect effect;

    ApiRequest request() const
    {
        ApiRequest r;
        r.operation = QString::fromLatin1(name);
        r.method = method;
        r.path = path;
        r.effect = effect;
        return r;
    }
};
