#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>

// HTTP dates ("Tue, 25 Nov 2026 08:00:00 GMT", RFC 9110 IMF-fixdate) and Retry-After, shared by
// the client (clock skew, rate-limit pauses) and the sandbox server.
class HttpDate
{
public:
    // An invalid QDateTime when `text` is not an IMF-fixdate.
    static QDateTime parse(QByteArrayView text);
    static QByteArray format(const QDateTime &time);
    // Retry-After as delta-seconds or an HTTP date, in seconds from `now` (never negative);
    // -1 when absent or unreadable.
    static int retryAfterSeconds(QByteArrayView value, const QDateTime &now);
};
