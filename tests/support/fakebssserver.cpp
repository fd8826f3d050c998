#include "fakebssserver.h"

#include "bss/signatureverifier.h"
#include "sandbox/httpcompat.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

namespace {

QHttpServerResponse makeResponse(const FakeBssServer::Reply &reply)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"X-Request-Id", "req-fake-0001"}};
    headers += reply.headers;
    return HttpCompat::response(reply.status, reply.body, headers);
}

} // namespace

FakeBssServer::FakeBssServer(QObject *parent) : QObject(parent) {}

bool FakeBssServer::listen()
{
    m_port = HttpCompat::listen(&m_server, QHostAddress::LocalHost, 0);
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
    s.method = HttpCompat::method(request);
    s.path = request.url().path(QUrl::FullyEncoded).toLatin1();
    s.rawQuery = request.url().query(QUrl::FullyEncoded).toLatin1();
    s.body = request.body();
    for (const char *h :
         {"x-language", "x-domain-id", "content-type", "x-sdk-date", "authorization", "host"})
        s.headers.insert(h, HttpCompat::header(request, h));

    // The gateway's check, from what arrived.
    SignatureVerifier::Request v{
        s.method, s.path, s.rawQuery, s.body,
        [&request](const QByteArray &name) { return HttpCompat::header(request, name); }};
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
