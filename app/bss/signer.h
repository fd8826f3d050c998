#pragma once

#include "bss/canonical.h"
#include "core/secretbytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

// AK/SK request signing: SDK-HMAC-SHA256 (every BSS call) and the derived-key V11-HMAC-SHA256
// (non-BSS services), following the server-side rules in signing.md §12.
class Signer
{
public:
    struct Request
    {
        QByteArray method = "GET";
        QByteArray scheme = "https";
        QByteArray host;       // as in the Host header: lower-case, ":port" if not default
        QByteArray path = "/"; // raw path, percent-encoded or not
        QList<Canonical::QueryItem> query; // decoded name/value pairs
        QList<Canonical::Header> headers;  // caller headers (Content-Type, X-Language, …)
        QByteArray body;                   // the exact bytes that will be sent

        // Splits "scheme://host[:port]/path?query" into the fields above (query decoded).
        static std::optional<Request> fromUrl(QByteArrayView method, QByteArrayView url);
    };

    struct Credentials
    {
        QByteArray ak;
        const SecretBytes *sk = nullptr; // borrowed for the duration of sign()
        QByteArray securityToken;        // temporary credentials: X-Security-Token
        QByteArray domainId;             // global services (BSS): X-Domain-Id
        QByteArray projectId;            // regional services: X-Project-Id
    };

    struct Derived
    {
        QByteArray regionId;
        QByteArray serviceName;
    };

    struct Result
    {
        QByteArray authorization;
        QByteArray xSdkDate;
        QList<QByteArray> signedHeaders;
        QList<Canonical::Header> headers; // everything to send, incl. host and Authorization
        QByteArray canonicalRequest;
        QByteArray stringToSign;
        QByteArray payloadHash;
        QByteArray wirePath;  // exactly the path to send
        QByteArray wireQuery; // exactly the query to send (= the canonical query)
        QByteArray wireUrl(const QByteArray &scheme, const QByteArray &host) const;
    };

    static Result sign(const Request &request, const Credentials &credentials,
                       const QDateTime &time, const std::optional<Derived> &derived = std::nullopt);

    // The payload line: X-Sdk-Content-Sha256 verbatim when given, else SHA-256 of the body.
    static QByteArray payloadHash(const QList<Canonical::Header> &lowerHeaders,
                                  QByteArrayView body);
    static QByteArray canonicalRequest(QByteArrayView method, QByteArrayView canonicalUri,
                                       QByteArrayView canonicalQuery,
                                       const QList<Canonical::Header> &sortedLowerHeaders,
                                       QByteArrayView payloadHash);
    static QByteArray sdkSignature(const SecretBytes &sk, QByteArrayView stringToSign);

    static QByteArray formatSdkDate(const QDateTime &time);
    // "20250301T081500Z", or an ISO 8601 date-time; invalid QDateTime if neither.
    static QDateTime parseSdkDate(QByteArrayView text);
};
