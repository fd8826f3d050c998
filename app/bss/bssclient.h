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
#include <memory>
#include <optional>
#include <random>

class BssJob;
class QNetworkReply;
class ResponseCache;

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
    // Whether this client's site has `operation` (Operations::availableOn): what a loader asks
    // before reading a part the other site does not have.
    bool offers(const char *operation) const;
    void setCredentials(const QByteArray &ak, SecretBytes sk, const QByteArray &securityToken = {});
    bool hasCredentials() const { return !m_ak.isEmpty() && !m_sk.isEmpty(); }
    QByteArray accessKey() const { return m_ak; }
    void setDomainId(const QByteArray &domainId) { m_domainId = domainId; }
    QByteArray domainId() const { return m_domainId; }
    // "zh_CN" or "en": sent as X-Language (zh_CN / en_US).
    void setLanguage(const QString &language);
    QByteArray language() const { return m_language; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void setMaxInFlight(int n) { m_maxInFlight = std::max(1, n); }
    // Requests per second for this client's AK (shared with every client of the process that
    // uses the same AK); 0: no pacing. Default RequestPacer::DefaultPerSecond (50).
    void setRequestRate(double perSecond);
    // Tests inject a skewed clock; the default is the system clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Creates and starts a job (parented to the client, deleted after finished()).
    BssJob *call(const ApiRequest &request);

    // The offline cache: read answers are stored in it, and served from it (marked as cached)
    // when the server can't be reached. Not owned; none by default.
    // Setting it (on a profile switch) also ends the offline state.
    void setResponseCache(ResponseCache *cache);
    ResponseCache *responseCache() const { return m_cache; }
    // Offline: the last read failed to reach the server (network error or timeout). Cleared by
    // the next answer from the server. Reads then go to the server once, without retries, and
    // fall back to the cache at once.
    bool isOffline() const { return m_offline; }
    // Why (the last failure); userMessage() gives it in the current language.
    const BssError &offlineError() const { return m_offlineError; }
    // The oldest sync time of the cached answers shown since going offline.
    QDateTime oldestCachedAnswer() const { return m_oldestCached; }

    int inFlight() const { return m_inFlight; }
    qint64 clockSkewSeconds() const { return m_clockSkew; }
    QNetworkAccessManager *networkAccessManager() { return &m_nam; }

signals:
    void inFlightChanged(int count);
    void requestFailed(const QString &operation, const BssError &error);
    void offlineChanged(bool offline);
    // A cached answer was given instead of the server's (oldest sync time so far, UTC).
    void cachedAnswerServed(const QDateTime &oldestSyncedAt);

private:
    friend class BssJob;
    void enqueue(BssJob *job);
    // Signs and sends; returns nullptr with *refusal set when the request must not go out.
    QNetworkReply *send(const ApiRequest &request, BssError *refusal);
    void replyDone(QNetworkReply *reply);
    void noteReached();
    void noteUnreachable(const BssError &error);
    void noteCachedAnswer(const QDateTime &syncedAt);
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
    ResponseCache *m_cache = nullptr;
    bool m_offline = false;
    BssError m_offlineError;
    QDateTime m_oldestCached;
    std::function<QDateTime()> m_clock;
    std::mt19937 m_rng;
    std::shared_ptr<class RequestPacer> m_pacer; // the AK's, bound by setCredentials()
    std::optional<double> m_requestRate;         // as set; the pacer's default otherwise
    bool m_pacerScheduled = false;
};
