#pragma once

#include "bss/types.h"
#include "core/decimal.h"

#include <QList>

#include <array>

// Customers made up for tests and benchmarks: Chinese people and company names, English company
// names in mixed case, repeated names, tags, managers, dates over five years, and amounts with
// up to four decimals (some unknown). The same seed gives the same list.
struct RandomCustomers
{
    QList<Customer> customers;
    // balance, debt, spend, coupons per customer; invalid where unknown (referral sales)
    QList<std::array<Decimal, 4>> amounts;

    static RandomCustomers make(int count, quint32 seed);
};
