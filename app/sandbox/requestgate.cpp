#include "sandbox/requestgate.h"

#include <QByteArrayList>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace {

void refuse(QTcpSocket *socket, int status, const char *reason, const QString &message)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("error_code"), QStringLiteral("APIG.0201")},
                                  {QStringLiteral("error_msg"), message}})
            .toJson(QJsonDocument::Compact);
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->flush();
    socket->disconnectFromHost();
    // Nothing more is read from it: QHttpServer must not see the rest.
    socket->setReadBufferSize(1);
    socket->readAll();
}

bool startsARequest(const QByteArray &data)
{
    for (const char *m : {"GET ", "POST ", "PUT ", "DELETE ", "PATCH ", "HEAD ", "OPTIONS "}) {
        if (data.startsWith(m))
            return true;
    }
    return false;
}

// Checks the head at the start of the unread data; false when the socket was refused.
bool check(QTcpSocket *socket)
{
    const QByteArray data = socket->peek(RequestGate::MaxHeadBytes + 4);
    if (!startsARequest(data))
        return true; // the rest of a body QHttpServer is reading, or not HTTP at all
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0) {
        if (data.size() > RequestGate::MaxHeadBytes) {
            refuse(socket, 431, "Request Header Fields Too Large",
                   QStringLiteral("The request head is too large."));
            return false;
        }
        return true; // wait for the whole head
    }
    QByteArrayList lengths;
    bool encoded = false;
    for (const QByteArray &line : data.left(end).split('\n').mid(1)) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            lengths << value;
        else if (name == "transfer-encoding")
            encoded = true;
    }
    if (encoded) {
        refuse(socket, 411, "Length Required",
               QStringLiteral("Send the body with a Content-Length and no Transfer-Encoding."));
        return false;
    }
    qint64 length = 0;
    for (const QByteArray &l : std::as_const(lengths)) {
        bool ok = false;
        const qint64 n = l.toLongLong(&ok);
        if (!ok || n < 0 || (length != 0 && n != length) ||
            (lengths.size() > 1 && l != lengths.first())) {
            refuse(socket, 400, "Bad Request",
                   QStringLiteral("The Content-Length is not one number."));
            return false;
        }
        length = n;
    }
    if (length > RequestGate::MaxBodyBytes) {
        refuse(socket, 413, "Payload Too Large",
               QStringLiteral("The body is larger than %1 bytes.").arg(RequestGate::MaxBodyBytes));
        return false;
    }
    return true;
}

} // namespace

void RequestGate::attach(QTcpSocket *socket)
{
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] { check(socket); });
}
