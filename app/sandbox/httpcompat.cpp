#include "sandbox/httpcompat.h"

#include "bss/httpdate.h"

#include <QDateTime>
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

quint16 HttpCompat::listen(QAbstractHttpServer *server, const QHostAddress &address, quint16 port)
{
    auto *tcp = new QTcpServer(server);
    if (!tcp->listen(address, port)) {
        delete tcp;
        return 0;
    }
    server->bind(tcp);
    return tcp->serverPort();
}

QByteArray HttpCompat::httpDate()
{
    return HttpDate::format(QDateTime::currentDateTimeUtc());
}

QHttpServerResponse HttpCompat::response(int status, const QByteArray &body,
                                         const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QHttpServerResponse r(QByteArrayLiteral("application/json"), body,
                          QHttpServerResponse::StatusCode(status));
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders h = r.headers();
    h.append(QByteArrayView("Date"), QByteArrayView(httpDate()));
    for (const auto &p : headers)
        h.append(QByteArrayView(p.first), QByteArrayView(p.second));
    r.setHeaders(h);
#else
    r.addHeader(QByteArrayLiteral("Date"), httpDate());
    for (const auto &p : headers)
        r.addHeader(p.first, p.second);
#endif
    return r;
}
