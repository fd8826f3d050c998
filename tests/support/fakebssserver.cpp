#include "fakebssserver.h"

#include "bss/signatureverifier.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QLocale>

namespace {

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return request.headers().value(name).toByteArray();
#else
    return request.value(name);
#endif
}

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(),
                  QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

QHttpServerResponse makeResponse(const FakeBssServer::Reply &reply)
{
    QHttpServerResponse response(QByteArray("application/json"), reply.body,
                                 QHttpServerResponse::StatusCode(reply.status));
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers = response.headers();
    headers.append(QByteArrayView("X-Request-Id"), QByteArrayView("req-fake-0001"));
    headers.append(QByteArrayView("Date"), QByteArrayView(httpDate()));
    for (const auto &h : reply.headers)
        headers.append(QByteArrayView(h.first), QByteArrayView(h.second));
    response.setHeaders(headers);
#else
    response.addHeader("X-Request-Id", "req-fake-0001");
    response.addHeader("Date", httpDate());
    for (const auto &h : reply.headers)
        response.addHeader(h.first, h.second);
#endif
    return response;
}

} // namespace

FakeBssServer::FakeBssServer(QObject *parent) : QObject(parent) {}

bool FakeBssServer::listen()
{
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl FakeBssServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void FakeBssServer::script(const QByteArray &path, const QList<Reply> &replies)
{
    const bool known = m_scripts.contains(path);
    m_scripts.insert(path, replies);
    if (known)
        return;
    m_server.route(QString::fromLatin1(path), [this, path](const QHttpServerRequest &request) {
        m_seen.append(record(request));
        const int n = m_hitCount[path]++;
        const QList<Reply> &replies = m_scripts[path];
        return makeResponse(replies.at(std::min<qsizetype>(n, replies.size() - 1)));
    });
}

FakeBssServer::Seen FakeBssServer::record(const QHttpServerRequest &request)
{
    Seen s;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        s.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        s.method = "POST";
        break;
    case QHttpServerRequest::Method::Put:
        s.method = "PUT";
        break;
    case QHttpServerRequest::Method::Delete:
        s.method = "DELETE";
        break;
    default:
        s.method = "OTHER";
        break;
    }
    s.path = request.url().path(QUrl::FullyEncoded).toLatin1();
    s.rawQuery = request.url().query(QUrl::FullyEncoded).toLatin1();
    s.body = request.body();
    for (const char *h :
         {"x-language", "x-domain-id", "content-type", "x-sdk-date", "authorization", "host"})
        s.headers.insert(h, headerValue(request, h));

    // The gateway's check, from what arrived.
    SignatureVerifier::Request v{s.method, s.path, s.rawQuery, s.body,
                                 [&request](const QByteArray &name) {
                                     const QByteArray value = headerValue(request, name);
                                     return value.isEmpty() ? QByteArray() : value;
                                 }};
    const SecretBytes secret{QByteArrayView(sk)};
    const auto outcome = SignatureVerifier::verify(
        v, [&](const QByteArray &k) { return k == ak ? &secret : nullptr; },
        QDateTime::currentDateTimeUtc());
    s.signatureOk = outcome.result == SignatureVerifier::Result::Ok;
    if (!s.signatureOk)
        s.signatureProblem = SignatureVerifier::describe(outcome.result) +
                             "; canonical request:\n" + outcome.canonicalRequest;
    return s;
}
