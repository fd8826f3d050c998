#pragma once

#include "ops/writespec.h"

#include <QList>

// Writes of console features with no public API (sandbox-only endpoints; on the real sites the
// console page opens instead): unbinding a customer, payment agreements (代付) and their
// voiding, and submitting an MDF claim. Evidence: the unbind requests, the agreements and the
// claims, each record keyed by its id (and, for state changes, the time of the change). These
// lists have no time filter: the engine checks each record's time itself.
class ConsoleWrites
{
public:
    static WriteSpec unbind(const QString &customerId, const QString &indirectPartnerId,
                            const QString &reason);
    static WriteSpec addAgreement(const QString &remitter, const QString &remitterType);
    static WriteSpec voidAgreement(const QString &agreementId);
    struct ExpenseLine
    {
        QString category;
        QString description;
        Decimal amount;
    };
    static WriteSpec submitMdfClaim(const QString &claimId, const QList<ExpenseLine> &lines);
    static std::optional<WriteSpec> rebuild(const QJsonObject &params);
};
