#include "bss/retrypolicy.h"

#include <algorithm>

bool RetryPolicy::shouldRetry(const ApiRequest &request, const BssError &error,
                              int attemptsDone) const
{
    if (request.isWrite() || attemptsDone >= maxAttempts)
        return false;
    switch (error.kind()) {
    case BssError::Kind::Network:
    case BssError::Kind::Timeout:
    case BssError::Kind::Server:
        return true;
    case BssError::Kind::RateLimited:
        return error.retryAfterSeconds() <= maxRetryAfterSeconds;
    default:
        // Credentials errors in particular: 5 bad signatures lock the AK for 5 minutes.
        return false;
    }
}

int RetryPolicy::delayMs(const BssError &error, int attemptsDone, double jitter01) const
{
    if (error.retryAfterSeconds() >= 0 && error.kind() == BssError::Kind::RateLimited)
        return std::max(error.retryAfterSeconds(), 0) * 1000;
    const int exp = std::min(attemptsDone - 1, 20);
    const long long raw = static_cast<long long>(baseDelayMs) << std::max(exp, 0);
    const int capped = int(std::min<long long>(raw, maxDelayMs));
    return int(capped * (0.5 + 0.5 * std::clamp(jitter01, 0.0, 1.0)));
}
