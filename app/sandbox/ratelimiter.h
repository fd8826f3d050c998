#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>

// The gateway's per-AK request rate limit: a token bucket of `burst` requests refilled at
// `perSecond`. take() answers whether a request may pass and, if not, how long to wait.
class RateLimiter
{
public:
    RateLimiter();
    void setLimit(double perSecond, int burst); // perSecond 0: no limit
    double perSecond() const { return m_rate; }
    int burst() const { return m_burst; }
    bool take(const QByteArray &accessKey, int *retryAfterSeconds);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    double m_rate = 0;
    int m_burst = 0;
    QHash<QByteArray, Bucket> m_buckets;
    QElapsedTimer m_clock;
};
