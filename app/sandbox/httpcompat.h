#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTcpSocket>

class QHttpServerResponder;

// The few QHttpServer calls whose API changed between Qt 6.4 (Debian 12) and Qt 6.8+ (Windows and
// macOS builds), behind one interface.
class HttpCompat
{
public:
    // A request header by (case-insensitive) name; a null QByteArray when absent.
    static QByteArray header(const QHttpServerRequest &request, const QByteArray &name);
    static QByteArray method(const QHttpServerRequest &request);
    static QHttpServerResponse response(int status, const QByteArray &body,
                                        const QList<QPair<QByteArray, QByteArray>> &headers);
    // Listens on address:port (0: any free port) and returns the bound port, 0 on failure. Qt 6.8
    // dropped QAbstractHttpServer::listen(); bind() of a listening QTcpServer works in both.
    static quint16 listen(QAbstractHttpServer *server, const QHostAddress &address, quint16 port);
    // Sends a response through a responder (a handler that answers later or not at all).
    static void send(QHttpServerResponder &&responder, const QHttpServerResponse &response);
    // The connection a request arrived on, to drop it on purpose; null if it is gone.
    static QPointer<QTcpSocket> connectionOf(QHttpServerResponder &responder,
                                             const QHttpServerRequest &request,
                                             QAbstractHttpServer *server);
    // The current time as an HTTP date ("Tue, 25 Nov 2026 08:00:00 GMT").
    static QByteArray httpDate(const QDateTime &now);
};
