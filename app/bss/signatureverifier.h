#pragma once

#include "core/secretbytes.h"

#include <QByteArray>
#include <QDateTime>

#include <functional>

// The gateway's side of AK/SK signing (used by the sandbox and the tests' fake servers): rebuilds
// the canonical request from what arrived, with the headers the client listed in SignedHeaders,
// and compares signatures in constant time. Accepts SDK-HMAC-SHA256 only (what BSS uses).
class SignatureVerifier
{
public:
    enum class Result {
        Ok,
        MissingAuthorization,
        MalformedAuthorization,
        UnsupportedAlgorithm,
        MissingDate,
        Expired, // X-Sdk-Date outside the window
        UnknownAccessKey,
        MissingSignedHeader, // a header listed in SignedHeaders did not arrive
        Mismatch,
    };

    struct Request
    {
        QByteArray method;
        QByteArray rawPath;  // as received, percent-encoded
        QByteArray rawQuery; // as received, without '?'
        QByteArray body;
        // Value of a received header by lower-case name; a null QByteArray when absent.
        std::function<QByteArray(const QByteArray &lowerName)> header;
    };

    struct Outcome
    {
        Result result = Result::Mismatch;
        QByteArray accessKey;
        QByteArray canonicalRequest; // for the error message, like APIG's
        qint64 skewSeconds = 0;
    };

    // `secretFor(ak)` returns nullptr for an unknown AK.
    using SecretLookup = std::function<const SecretBytes *(const QByteArray &ak)>;

    static Outcome verify(const Request &request, const SecretLookup &secretFor,
                          const QDateTime &now, int windowSeconds = 15 * 60);
    static QByteArray describe(Result result);
};
