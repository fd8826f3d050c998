#pragma once

#include "ops/writespec.h"

// Money writes (拨款 / 回收): to and from a customer (a reseller's customer with its
// indirect_partner_id), and a master distributor's to and from a reseller. Evidence: the
// partner's adjust records of the target and type; the record key is the trans_id, which the
// answer names too.
class FundsWrites
{
public:
    enum class Kind { Allocate, Reclaim };
    // Whose balance: a customer's (拨款/回收) or, for a master distributor, a reseller's.
    enum class Target { Customer, Reseller };
    static WriteSpec customer(Kind kind, const QString &customerId, const Decimal &amount,
                              const QString &indirectPartnerId = QString());
    static WriteSpec reseller(Kind kind, const QString &resellerId, const Decimal &amount);
    static std::optional<WriteSpec> rebuild(const QJsonObject &params);
    static QString operationType(Kind kind); // SOURCE_OPERATION_BEADJUST / _BERETRIEVE
};
