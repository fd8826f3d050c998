#pragma once

#include "bss/apirequest.h"
#include "bss/bsserror.h"

// When and after how long a failed call is repeated. Only reads are ever repeated; a write
// (money, coupons) is never sent twice by the client, whatever the error.
class RetryPolicy
{
public:
    int maxAttempts = 4;            // first try included
    int baseDelayMs = 500;          // doubled each attempt
    int maxDelayMs = 8000;          // cap of the exponential part
    int maxRetryAfterSeconds = 120; // a longer Retry-After is reported instead of waited out

    bool shouldRetry(const ApiRequest &request, const BssError &error, int attemptsDone) const;
    // Delay before attempt `attemptsDone + 1`: Retry-After when the server gave one, else capped
    // exponential backoff with jitter in [50 %, 100 %]. `jitter01` is a random value in [0, 1).
    int delayMs(const BssError &error, int attemptsDone, double jitter01) const;
};
