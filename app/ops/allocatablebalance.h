#pragma once

#include "core/decimal.h"

#include <QString>

#include <functional>

class BssClient;
class QObject;

// How much the partner (or one reseller) can allocate now: the cash balance minus its
// earmarked part (ListPartnerBalances). One read, answered through `done` in `context`; an
// invalid Decimal when it could not be read.
class AllocatableBalance
{
public:
    static void fetch(BssClient *client, const QString &indirectPartnerId, QObject *context,
                      std::function<void(const Decimal &allocatable)> done);
};
