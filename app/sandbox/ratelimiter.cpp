#include "sandbox/ratelimiter.h"

#include <algorithm>
#include <cmath>

RateLimiter::RateLimiter()
{
    m_clock.start();
}

void RateLimiter::setLimit(double perSecond, int burst)
{
    m_rate = std::max(0.0, perSecond);
    m_burst = std::max(1, burst);
    m_buckets.clear();
}

bool RateLimiter::take(const QByteArray &accessKey, int *retryAfterSeconds)
{
    if (m_rate <= 0)
        return true;
    const qint64 now = m_clock.elapsed();
    auto it = m_buckets.find(accessKey);
    if (it == m_buckets.end())
        it = m_buckets.insert(accessKey, Bucket{double(m_burst), now});
    Bucket &b = *it;
    b.tokens = std::min(double(m_burst), b.tokens + (now - b.lastMs) * m_rate / 1000.0);
    b.lastMs = now;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return true;
    }
    *retryAfterSeconds = std::max(1, int(std::ceil((1.0 - b.tokens) / m_rate)));
    return false;
}
