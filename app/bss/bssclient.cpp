#include "bss/bssclient.h"

#include "bss/bssjob.h"
#include "bss/httpdate.h"
#include "bss/oneshotbody.h"
#include "bss/operations.h"
#include "bss/requestpacer.h"
#include "bss/signer.h"
#include "core/translator.h"
#include "core/version.h"

#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QTimer>

BssClient::BssClient(QObject *parent)
    : QObject(parent)
    , m_endpoint(Endpoint::china())
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_rng(std::random_device{}())
{
    // Certificate errors are never ignored: nothing here connects to sslErrors to continue.
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

BssClient::~BssClient()
{
    m_sk.clear();
}

void BssClient::setCredentials(const QByteArray &ak, SecretBytes sk,
                               const QByteArray &securityToken)
{
    m_ak = ak;
    m_sk = std::move(sk);
    m_securityToken = securityToken;
    m_pacer = RequestPacer::forAccessKey(ak);
    if (m_requestRate) // set before the keys: applies to their pacer
        m_pacer->setRate(*m_requestRate);
}

void BssClient::setRequestRate(double perSecond)
{
    m_requestRate = perSecond;
    if (m_pacer)
        m_pacer->setRate(perSecond);
}

void BssClient::setLanguage(const QString &language)
{
    m_language = Translator::apiLanguage(language); // X-Language
}

bool BssClient::offers(const char *operation) const
{
    return Operations::availableOn(QString::fromLatin1(operation), m_endpoint);
}

BssJob *BssClient::call(const ApiRequest &request)
{
    auto *job = new BssJob(this, request);
    job->start();
    return job;
}

double BssClient::jitter()
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng);
}

void BssClient::enqueue(BssJob *job)
{
    m_waiting.enqueue(job);
    pump();
}

void BssClient::pump()
{
    const QDateTime now = m_clock();
    if (m_pausedUntil.isValid() && now < m_pausedUntil) {
        const qint64 wait = now.msecsTo(m_pausedUntil);
        QTimer::singleShot(int(std::min<qint64>(wait, 600000)) + 1, this, &BssClient::pump);
        return;
    }
    while (m_inFlight < m_maxInFlight && !m_waiting.isEmpty()) {
        if (!m_waiting.head() || m_waiting.head()->isFinished()) {
            m_waiting.dequeue();
            continue;
        }
        // Under the server's per-AK rate: wait for a token rather than collect a 429.
        const qint64 wait = m_pacer ? m_pacer->take() : 0;
        if (wait > 0) {
            if (!m_pacerScheduled) {
                m_pacerScheduled = true;
                QTimer::singleShot(int(wait), this, [this] {
                    m_pacerScheduled = false;
                    pump();
                });
            }
            return;
        }
        QPointer<BssJob> job = m_waiting.dequeue();
        job->sendAttempt();
    }
}

void BssClient::pauseFor(int seconds)
{
    const QDateTime until = m_clock().addSecs(seconds);
    if (!m_pausedUntil.isValid() || until > m_pausedUntil)
        m_pausedUntil = until;
}

QNetworkReply *BssClient::send(const ApiRequest &request, BssError *refusal)
{
    const QUrl base =
        request.service == ApiRequest::Service::Iam ? m_endpoint.iamUrl() : m_endpoint.baseUrl();
    if (!m_endpoint.isValid() || !Endpoint::checkUrl(base).isEmpty()) {
        *refusal = BssError::invalidRequest(m_endpoint.isValid() ? Endpoint::checkUrl(base)
                                                                 : m_endpoint.error());
        return nullptr;
    }
    if (request.service == ApiRequest::Service::Bss &&
        !Operations::availableOn(request.operation, m_endpoint)) { // never to a site that lacks it
        *refusal =
            BssError::invalidRequest(Operations::unavailableText(request.operation, m_endpoint));
        return nullptr;
    }
    if (!hasCredentials()) {
        *refusal = BssError::invalidRequest(tr("This profile has no access key (AK/SK)."));
        return nullptr;
    }

    Signer::Request sr;
    sr.method = request.method.toUpper();
    sr.scheme = base.scheme().toLower().toLatin1();
    sr.host = base.host(QUrl::FullyEncoded).toLower().toLatin1();
    const int port = base.port();
    if (port > 0 && !((sr.scheme == "https" && port == 443) || (sr.scheme == "http" && port == 80)))
        sr.host += ':' + QByteArray::number(port);
    QByteArray prefix = base.path(QUrl::FullyEncoded).toLatin1();
    while (prefix.endsWith('/'))
        prefix.chop(1);
    sr.path = prefix + request.path;
    sr.query = request.query;
    sr.headers = {{"Content-Type", "application/json"}, {"X-Language", m_language}};
    sr.body = request.body;

    Signer::Credentials creds;
    creds.ak = m_ak;
    creds.sk = &m_sk;
    creds.securityToken = m_securityToken;
    if (request.service == ApiRequest::Service::Bss)
        creds.domainId = m_domainId;
    const Signer::Result signedReq = Signer::sign(sr, creds, m_clock());

    const QUrl url = QUrl::fromEncoded(signedReq.wireUrl(sr.scheme, sr.host), QUrl::StrictMode);
    QNetworkRequest nr(url);
    for (const auto &h : signedReq.headers) {
        if (h.name.compare("host", Qt::CaseInsensitive) != 0)
            nr.setRawHeader(h.name, h.value);
    }
    nr.setHeader(QNetworkRequest::UserAgentHeader,
                 QStringLiteral("PartnerDesk/") + QStringLiteral(PARTNERDESK_VERSION));
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                    QNetworkRequest::ManualRedirectPolicy);
    if (Endpoint::isLoopbackHost(base.host()))
        m_nam.setProxy(QNetworkProxy::NoProxy);

    QNetworkReply *reply = nullptr;
    if (sr.method == "GET" && request.body.isEmpty()) {
        reply = m_nam.get(nr);
    } else if (request.isWrite()) {
        // At most once on the wire: Qt must not re-send a write on its own (see OneShotBody).
        auto *body = new OneShotBody(request.body);
        nr.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        reply = m_nam.sendCustomRequest(nr, sr.method, body);
        body->setParent(reply);
    } else {
        reply = m_nam.sendCustomRequest(nr, sr.method, request.body);
    }
    ++m_inFlight;
    emit inFlightChanged(m_inFlight);
    return reply;
}

void BssClient::replyDone(QNetworkReply *reply)
{
    m_inFlight = std::max(0, m_inFlight - 1);
    emit inFlightChanged(m_inFlight);
    const QDateTime now = m_clock();
    const QDateTime server = HttpDate::parse(reply->rawHeader("Date"));
    if (server.isValid())
        m_clockSkew = now.secsTo(server);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 429) {
        const int seconds = HttpDate::retryAfterSeconds(reply->rawHeader("Retry-After"), now);
        if (seconds > 0)
            pauseFor(std::min(seconds, m_policy.maxRetryAfterSeconds));
    }
    QTimer::singleShot(0, this, &BssClient::pump);
}

void BssClient::setResponseCache(ResponseCache *cache)
{
    m_cache = cache;
    noteReached();
}

void BssClient::noteReached()
{
    if (!m_offline)
        return;
    m_offline = false;
    m_offlineError = BssError();
    m_oldestCached = QDateTime();
    emit offlineChanged(false);
}

void BssClient::noteUnreachable(const BssError &error)
{
    m_offlineError = error;
    if (m_offline)
        return;
    m_offline = true;
    emit offlineChanged(true);
}

void BssClient::noteCachedAnswer(const QDateTime &syncedAt)
{
    if (!m_oldestCached.isValid() || syncedAt < m_oldestCached)
        m_oldestCached = syncedAt;
    emit cachedAnswerServed(m_oldestCached);
}
