#pragma once

#include "bss/endpoint.h"

#include <QString>
#include <QUrl>

// A partner account the user works with. Only these non-secret fields live in the settings file;
// the AK and SK live in the OS keychain under the profile's name (see Keychain).
struct Profile
{
    QString name;
    QString site = QStringLiteral("china"); // "china", "intl" or "custom"
    QUrl customUrl;                         // for "custom" (the sandbox)
    QString domainId;                       // account id; discovered through IAM when empty
    QString operatorLabel;                  // free text shown in the status bar and audit log
    // The account's gateway limit, requests per second per AK; the client keeps under it
    // (RequestPacer). 0: no pacing.
    int requestsPerSecond = 50;

    Endpoint endpoint() const { return Endpoint::fromSiteName(site, customUrl); }
    bool operator==(const Profile &o) const
    {
        return name == o.name && site == o.site && customUrl == o.customUrl &&
               domainId == o.domainId && operatorLabel == o.operatorLabel &&
               requestsPerSecond == o.requestsPerSecond;
    }
};
