#pragma once

#include "bss/apirequest.h"
#include "bss/bsserror.h"
#include "bss/endpoint.h"
#include "bss/retrypolicy.h"
#include "core/secretbytes.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QQueue>

#include <functional>
#include <random>

class BssJob;
class QNetworkReply;

// The signed BSS client of one profile: its own QNetworkAccessManager, endpoint, credentials and
// language. call() returns a started BssJob; the client queues jobs beyond maxInFlight and pauses
// all sending while the server's Retry-After is running.
class BssClient : public QObject
{
    Q_OBJECT
public:
    explicit BssClient(QObject *parent = nullptr);
    ~BssClient() override;

    void setEndpoint(const Endpoint &endpoint) { m_endpoint = endpoint; }
    const Endpoint &endpoint() const { return m_endpoint; }
    void setCredentials(const QByteArray &ak, SecretBytes sk, const QByteArray &securityToken = {});
    bool hasCredentials() const { return !m_ak.isEmpty() && !m_sk.isEmpty(); }
    QByteArray accessKey() const { return m_ak; }
    void setDomainId(const QByteArray &domainId) { m_domainId = domainId; }
    QByteArray domainId() const { return m_domainId; }
    // "zh_CN" or "en": sent as X-Language (zh_CN / en_US).
    void setLanguage(const QString &language);
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void setMaxInFlight(int n) { m_maxInFlight = std::max(1, n); }
    // Tests inject a skewed clock; the default is the system clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Creates and starts a job (parented to the client, deleted after finished()).
    BssJob *call(const ApiRequest &request);

    int inFlight() const { return m_inFlight; }
    qint64 clockSkewSeconds() const { return m_clockSkew; }
    QNetworkAccessManager *networkAccessManager() { return &m_nam; }

signals:
    void inFlightChanged(int count);
    void requestFailed(const QString &operation, const BssError &error);

private:
    friend class BssJob;
    void enqueue(BssJob *job);
    // Signs and sends; returns nullptr with *refusal set when the request must not go out.
    QNetworkReply *send(const ApiRequest &request, BssError *refusal);
    void replyDone(QNetworkReply *reply);
    void pauseFor(int seconds);
    void pump();
    double jitter();

    QNetworkAccessManager m_nam;
    Endpoint m_endpoint;
    QByteArray m_ak;
    SecretBytes m_sk;
    QByteArray m_securityToken;
    QByteArray m_domainId;
    QByteArray m_language = "zh_CN";
    RetryPolicy m_policy;
    int m_timeoutMs = 30000;
    int m_maxInFlight = 6;
    int m_inFlight = 0;
    qint64 m_clockSkew = 0;
    QDateTime m_pausedUntil;
    QQueue<QPointer<BssJob>> m_waiting;
    std::function<QDateTime()> m_clock;
    std::mt19937 m_rng;
};
