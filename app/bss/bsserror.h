#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// What went wrong with a BSS call, in the classes the UI and the CLI act on, with the raw service
// code, message and X-Request-Id kept for support tickets.
class BssError
{
    Q_DECLARE_TR_FUNCTIONS(BssError)
public:
    enum class Kind {
        None,
        Network,           // DNS, refused, reset, … (no TLS problem)
        Tls,               // certificate or handshake failure; never ignored
        Timeout,           // no complete answer in time
        Credentials,       // AK/SK rejected (APIG.0301, CBC.0154/0155/0105, HTTP 401)
        Permission,        // CBC.0150/0151, no permission on a customer or reseller, HTTP 403
        RateLimited,       // HTTP 429 or CBC.99007197
        BusinessRule,      // any other service error with a code (insufficient balance, …)
        Server,            // HTTP 5xx
        MalformedResponse, // not the JSON we expected
        Cancelled,         // the user or the app stopped the job
        InvalidRequest,    // refused locally before sending (bad input, insecure endpoint)
    };

    struct Detail // one failed item of a partial batch (error_details)
    {
        QString id;
        QString code;
        QString message;
    };

    BssError() = default;
    BssError(Kind kind, QString code, QString message, int httpStatus = 0);

    static BssError fromHttp(int httpStatus, const QByteArray &body);
    // One failed item of a 200 batch answer, as an error of its own.
    static BssError fromDetail(const Detail &detail);
    // The items of `error_details` (partial batch failures), in error and in 200 answers alike.
    static QList<Detail> detailsOf(const QJsonObject &body);
    static BssError invalidRequest(const QString &message);
    // An answer without what it must hold (a loader's decoder refused it): `what` says what.
    static BssError malformed(const QString &what);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    QString code() const { return m_code; }
    QString serverMessage() const { return m_message; }
    int httpStatus() const { return m_httpStatus; }
    QString requestId() const { return m_requestId; }
    void setRequestId(const QString &id) { m_requestId = id; }
    int retryAfterSeconds() const { return m_retryAfter; }
    void setRetryAfterSeconds(int s) { m_retryAfter = s; }
    // A money or coupon operation whose result is unknown (sent, then no definite answer).
    bool outcomeUnknown() const { return m_outcomeUnknown; }
    void setOutcomeUnknown(bool unknown) { m_outcomeUnknown = unknown; }
    // Estimated server clock minus local clock, when the error may come from clock skew.
    void setClockSkewSeconds(qint64 s) { m_clockSkew = s; }
    qint64 clockSkewSeconds() const { return m_clockSkew; }
    const QList<Detail> &details() const { return m_details; }
    void setDetails(const QList<Detail> &details) { m_details = details; }

    // Stable machine name: "network", "tls", "timeout", "credentials", …
    static QString kindName(Kind kind);
    static Kind classify(int httpStatus, const QString &code);
    // A zh/en explanation for service codes we know, or an empty string.
    static QString knownCodeMessage(const QString &code);
    // One translated sentence (or two) for the user; includes the code where there is one.
    QString userMessage() const;
    // userMessage() plus request id and HTTP status, for the error panel and stderr.
    QString diagnosticText() const;

private:
    Kind m_kind = Kind::None;
    QString m_code;
    QString m_message;
    int m_httpStatus = 0;
    QString m_requestId;
    int m_retryAfter = -1;
    bool m_outcomeUnknown = false;
    qint64 m_clockSkew = 0;
    QList<Detail> m_details;
};
