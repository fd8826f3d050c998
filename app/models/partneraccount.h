#pragma once

#include "bss/types.h"
#include "core/decimal.h"

#include <QList>

// The partner's own account as ListPartnerBalances reports it, split the way users need to read
// it: cash (top-up account) and what of it can be allocated, the credit line, what of the credit
// is used (the amount due). Coupon quotas are vouchers, not money, and are kept apart elsewhere.
struct PartnerAccount
{
    Decimal cash = Decimal::invalid();        // account type 1
    Decimal allocatable = Decimal::invalid(); // cash less the earmarked (专款专用) part
    Decimal creditLine = Decimal::invalid();  // account type 2, credit_amount
    Decimal creditLeft = Decimal::invalid();  // account type 2, amount
    Decimal amountDue = Decimal::invalid();   // credit used: line less what is left

    static PartnerAccount fromBalances(const QList<PartnerBalance> &balances);
};
