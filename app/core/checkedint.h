#pragma once

#include <cstdint>
#include <limits>

// Overflow-checked 64-bit integer helpers (portable: no compiler builtins), for Decimal.
namespace checkedint {

inline bool add(std::int64_t a, std::int64_t b, std::int64_t *out)
{
    if ((b > 0 && a > std::numeric_limits<std::int64_t>::max() - b) ||
        (b < 0 && a < std::numeric_limits<std::int64_t>::min() - b))
        return false;
    *out = a + b;
    return true;
}

inline bool mul(std::int64_t a, std::int64_t b, std::int64_t *out)
{
    if (a == 0 || b == 0) {
        *out = 0;
        return true;
    }
    const std::int64_t max = std::numeric_limits<std::int64_t>::max();
    const std::int64_t min = std::numeric_limits<std::int64_t>::min();
    if (a > 0) {
        if (b > 0 ? a > max / b : b < min / a)
            return false;
    } else {
        if (b > 0 ? a < min / b : (a != 0 && b < max / a))
            return false;
    }
    *out = a * b;
    return true;
}

// 10^n for 0 <= n <= 18.
inline std::int64_t pow10(int n)
{
    std::int64_t r = 1;
    while (n-- > 0)
        r *= 10;
    return r;
}

} // namespace checkedint
