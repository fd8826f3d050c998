#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QMutex>

#include <memory>

// The client side of the gateway's per-AK rate limit: a token bucket shared by every client of
// this process that signs with the same AK (a window and its batches, the CLI's jobs), so that
// a big batch runs at the speed the server allows instead of collecting 429s. Thread-safe.
class RequestPacer
{
public:
    static constexpr double DefaultPerSecond = 50; // the sandbox's default limit
    // The pacer of `accessKey` (made on first use, at the default rate).
    static std::shared_ptr<RequestPacer> forAccessKey(const QByteArray &accessKey);

    // perSecond 0: no pacing. The burst is what may go at once after a quiet spell.
    void setRate(double perSecond, int burst = 10);
    // Takes a token when one is there (0) or says how many ms until the next one.
    qint64 take();

private:
    mutable QMutex m_mutex;
    double m_rate = DefaultPerSecond;
    double m_burst = 10;
    double m_tokens = 10;
    qint64 m_lastMs = 0;
    QElapsedTimer m_clock;
};
