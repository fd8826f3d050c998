#include "bss/bssjob.h"

#include "bss/bssclient.h"
#include "bss/httpdate.h"
#include "bss/responsecache.h"
#include "core/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSslError>
#include <QTimer>

namespace {

// Connection-level failures that prove the request never reached the server.
bool neverSent(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
        return true;
    default:
        return false;
    }
}

} // namespace

BssJob::BssJob(BssClient *client, ApiRequest request)
    : AbstractJob(client), m_client(client), m_request(std::move(request))
{
    m_timeout.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &BssJob::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_client)
            m_client->enqueue(this);
    });
}

void BssJob::doStart()
{
    if (!m_client) {
        finish(BssError::invalidRequest(tr("The connection for this profile was closed.")));
        return;
    }
    m_client->enqueue(this);
}

void BssJob::doCancel()
{
    m_cancelling = true;
    m_retryTimer.stop();
    m_timeout.stop();
    if (m_reply) {
        m_reply->abort(); // onReplyFinished() sees m_cancelling and returns
        if (m_request.isWrite()) {
            BssError e(BssError::Kind::Cancelled, QString(), QString());
            e.setOutcomeUnknown(true);
            finish(e);
        }
    }
}

void BssJob::sendAttempt()
{
    if (isFinished() || m_cancelling)
        return;
    ++m_attempts;
    m_timedOut = false;
    m_tooLarge = false;
    m_sslErrors.clear();
    BssError refusal;
    QNetworkReply *reply = m_client->send(m_request, &refusal);
    if (!reply) {
        // Refused before sending: reported from the event loop, so that a caller connecting to
        // finished() right after call() hears it.
        QTimer::singleShot(0, this, [this, refusal] { finish(refusal); });
        return;
    }
    m_reply = reply;
    qCDebug(lcNetwork).noquote() << "send" << m_request.operation << m_request.method
                                 << m_request.path << "attempt" << m_attempts;
    connect(reply, &QNetworkReply::finished, this, &BssJob::onReplyFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: collect the reasons for the error message only.
        for (const QSslError &e : errors)
            m_sslErrors +=
                (m_sslErrors.isEmpty() ? QString() : QStringLiteral("; ")) + e.errorString();
    });
    // An answer larger than any BSS page (a misbehaving proxy, a wrong endpoint) is refused as
    // it arrives instead of being held in memory.
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64) {
        if (received > MaxAnswerBytes && m_reply == reply) {
            m_tooLarge = true;
            reply->abort();
        }
    });
    m_timeout.start(m_client->timeoutMs());
}

void BssJob::onTimeout()
{
    m_timedOut = true;
    if (m_reply)
        m_reply->abort();
}

void BssJob::onReplyFinished()
{
    m_timeout.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    if (m_client)
        m_client->replyDone(reply);
    if (m_cancelling || isFinished())
        return;
    const BssError error = classifyReply(reply);
    qCDebug(lcNetwork).noquote() << "answer" << m_request.operation << "HTTP" << m_httpStatus
                                 << (error.isError() ? BssError::kindName(error.kind())
                                                     : QStringLiteral("ok"))
                                 << error.code() << "request id"
                                 << QString::fromLatin1(reply->rawHeader("X-Request-Id"));
    if (m_client && m_httpStatus != 0)
        m_client->noteReached();
    if (!error.isError()) {
        if (m_client && m_client->responseCache() && !m_request.isWrite() && !m_json.isEmpty()) {
            m_client->responseCache()->store(m_request, m_json);
            qCDebug(lcCache).noquote() << "stored" << m_request.operation;
        }
        finish(BssError());
    } else {
        failOrRetry(error);
    }
}

BssError BssJob::classifyReply(QNetworkReply *reply)
{
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id"));
    m_body = reply->isOpen() ? reply->readAll() : QByteArray();
    m_json = QJsonObject();
    m_partial.clear();
    const bool write = m_request.isWrite();

    if (m_timedOut) {
        BssError e(BssError::Kind::Timeout, QString(), QString(), m_httpStatus);
        e.setOutcomeUnknown(write);
        return e;
    }
    if (m_tooLarge) {
        m_body.clear();
        BssError e(BssError::Kind::MalformedResponse, QString(),
                   tr("the answer is larger than %1 MB").arg(MaxAnswerBytes / (1024 * 1024)),
                   m_httpStatus);
        e.setOutcomeUnknown(write);
        return e;
    }
    const QNetworkReply::NetworkError net = reply->error();
    if (m_httpStatus == 0) {
        const bool tls = net == QNetworkReply::SslHandshakeFailedError || !m_sslErrors.isEmpty();
        BssError e(tls ? BssError::Kind::Tls : BssError::Kind::Network, QString(),
                   tls && !m_sslErrors.isEmpty() ? m_sslErrors : reply->errorString());
        e.setOutcomeUnknown(write && !tls && !neverSent(net));
        return e;
    }
    if (m_httpStatus >= 200 && m_httpStatus < 300) {
        if (m_body.trimmed().isEmpty()) {
            if (m_httpStatus == 204 || write)
                return BssError(); // 204 No Content (ReclaimPartnerCoupons) and friends
            return BssError(BssError::Kind::MalformedResponse, QString(), tr("the answer is empty"),
                            m_httpStatus); // a read always has a body
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(m_body, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            BssError e(BssError::Kind::MalformedResponse, QString(),
                       pe.error != QJsonParseError::NoError ? pe.errorString()
                                                            : tr("a JSON object was expected"),
                       m_httpStatus);
            e.setOutcomeUnknown(write);
            return e;
        }
        m_json = doc.object();
        m_partial = BssError::detailsOf(m_json);
        return BssError();
    }
    BssError e = BssError::fromHttp(m_httpStatus, m_body);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    e.setRetryAfterSeconds(HttpDate::retryAfterSeconds(reply->rawHeader("Retry-After"), now));
    if (e.kind() == BssError::Kind::Credentials && m_client)
        e.setClockSkewSeconds(m_client->clockSkewSeconds());
    // A 5xx (or an unreadable error) after a write was sent does not prove nothing happened.
    if (write &&
        (e.kind() == BssError::Kind::Server || e.kind() == BssError::Kind::MalformedResponse))
        e.setOutcomeUnknown(true);
    return e;
}

void BssJob::failOrRetry(BssError error)
{
    error.setRequestId(m_requestId);
    const bool unreachable =
        error.kind() == BssError::Kind::Network || error.kind() == BssError::Kind::Timeout;
    const bool cacheable =
        unreachable && !m_request.isWrite() && m_client && m_client->responseCache();
    // Once offline, a read tries the server once and then takes the cached answer at once;
    // before that, two attempts (not the policy's four: a dead link would keep the page empty
    // for minutes of timeouts) decide that the server can't be reached.
    const bool stopTrying = cacheable && (m_client->isOffline() || m_attempts >= 2);
    if (m_client && !stopTrying &&
        m_client->retryPolicy().shouldRetry(m_request, error, m_attempts)) {
        m_retryTimer.start(m_client->retryPolicy().delayMs(error, m_attempts, m_client->jitter()));
        return;
    }
    if (m_client && unreachable && !m_request.isWrite())
        m_client->noteUnreachable(error);
    if (cacheable) {
        answerFromCache(error);
        return;
    }
    if (m_client)
        emit m_client->requestFailed(m_request.operation, error);
    finish(error);
}

void BssJob::answerFromCache(const BssError &error)
{
    m_client->responseCache()->lookup(m_request, this, [this, error](ResponseCache::Entry e) {
        if (isFinished() || m_cancelling)
            return;
        qCDebug(lcCache).noquote()
            << (e.found ? "offline answer for" : "nothing offline for") << m_request.operation;
        if (!e.found || !m_client) {
            if (m_client)
                emit m_client->requestFailed(m_request.operation, error);
            finish(error);
            return;
        }
        m_json = e.json;
        m_body = QJsonDocument(e.json).toJson(QJsonDocument::Compact);
        m_httpStatus = 200;
        m_partial = BssError::detailsOf(m_json);
        m_client->noteCachedAnswer(e.syncedAt);
        finish(BssError());
    });
}
