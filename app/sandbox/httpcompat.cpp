#include "sandbox/httpcompat.h"

#include "bss/httpdate.h"
#include "sandbox/requestgate.h"

#include <QDateTime>
#include <QHttpServerResponder>
#include <QTcpServer>

QByteArray HttpCompat::header(const QHttpServerRequest &request, const QByteArray &name)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const auto value = request.headers().value(name);
    return value.isNull() ? QByteArray() : value.toByteArray();
#else
    for (const auto &h : request.headers()) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second.isNull() ? QByteArray("") : h.second; // present, maybe empty
    }
    return QByteArray();
#endif
}

QByteArray HttpCompat::method(const QHttpServerRequest &request)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    default:
        return QByteArrayLiteral("OTHER");
    }
}

namespace {

// Sets TCP_NODELAY on every accepted connection: QHttpServer writes the head and the body of an
// answer separately, and Nagle's algorithm with delayed ACKs would add ~40 ms to each answer.
class LowDelayTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        RequestGate::attach(socket); // before QHttpServer reads anything of it
        addPendingConnection(socket);
    }
};

} // namespace

quint16 HttpCompat::listen(QAbstractHttpServer *server, const QHostAddress &address, quint16 port)
{
    auto *tcp = new LowDelayTcpServer(server);
    if (!tcp->listen(address, port)) {
        delete tcp;
        return 0;
    }
    server->bind(tcp);
    return tcp->serverPort();
}

QByteArray HttpCompat::httpDate(const QDateTime &now)
{
    return HttpDate::format(now);
}

void HttpCompat::send(QHttpServerResponder &&responder, const QHttpServerResponse &response)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    responder.sendResponse(response);
#else
    response.write(std::move(responder));
#endif
}

QPointer<QTcpSocket> HttpCompat::connectionOf(QHttpServerResponder &responder,
                                              const QHttpServerRequest &request,
                                              QAbstractHttpServer *server)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    Q_UNUSED(responder)
    // Newer responders hide the socket; find it by the peer port among the server's sockets.
    const auto sockets = server->findChildren<QTcpSocket *>();
    for (QTcpSocket *s : sockets) {
        if (s->peerPort() == request.remotePort() && s->peerAddress() == request.remoteAddress())
            return s;
    }
    return nullptr;
#else
    Q_UNUSED(request)
    Q_UNUSED(server)
    return responder.socket();
#endif
}

QHttpServerResponse HttpCompat::response(int status, const QByteArray &body,
                                         const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QHttpServerResponse r(QByteArrayLiteral("application/json"), body,
                          QHttpServerResponse::StatusCode(status));
    bool hasDate = false; // a given Date (the sandbox's skewed clock) wins
    for (const auto &p : headers)
        hasDate = hasDate || p.first.compare("Date", Qt::CaseInsensitive) == 0;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders h = r.headers();
    if (!hasDate)
        h.append(QByteArrayView("Date"), QByteArrayView(httpDate(QDateTime::currentDateTimeUtc())));
    for (const auto &p : headers)
        h.append(QByteArrayView(p.first), QByteArrayView(p.second));
    r.setHeaders(h);
#else
    if (!hasDate)
        r.addHeader(QByteArrayLiteral("Date"), httpDate(QDateTime::currentDateTimeUtc()));
    for (const auto &p : headers)
        r.addHeader(p.first, p.second);
#endif
    return r;
}
