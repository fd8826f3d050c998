#include "ops/singleinstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QLocalSocket>
#include <QStandardPaths>

namespace {
constexpr quint32 kMagic = 0x50444b31; // "PDK1"
}

SingleInstance::SingleInstance(QString key, QObject *parent)
    : QObject(parent), m_key(std::move(key))
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readFrom(socket); });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            readFrom(socket);
        }
    });
}

QString SingleInstance::defaultKey()
{
    // The data dir differs per user (and per XDG_DATA_HOME, as the tests use), so does the key.
    const QByteArray who =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).toUtf8() + '|' +
        qgetenv("USER") + qgetenv("USERNAME");
    return QStringLiteral("partnerdesk-") +
           QString::fromLatin1(
               QCryptographicHash::hash(who, QCryptographicHash::Sha256).toHex().left(16));
}

bool SingleInstance::forwardToRunning(const QStringList &arguments, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_key);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out << kMagic << arguments;
    QByteArray framed;
    QDataStream frame(&framed, QIODevice::WriteOnly);
    frame << message;
    socket.write(framed);
    const bool sent = socket.waitForBytesWritten(timeoutMs);
    socket.disconnectFromServer();
    if (socket.state() != QLocalSocket::UnconnectedState)
        socket.waitForDisconnected(timeoutMs);
    return sent;
}

bool SingleInstance::listen()
{
    if (m_server.listen(m_key))
        return true;
    // Nobody answered forwardToRunning(): what is left is a crashed instance's socket file.
    QLocalServer::removeServer(m_key);
    return m_server.listen(m_key);
}

void SingleInstance::readFrom(QLocalSocket *socket)
{
    // One length-prefixed message per connection: the magic number and the arguments.
    QDataStream in(socket);
    in.startTransaction();
    QByteArray message;
    in >> message;
    if (!in.commitTransaction())
        return; // not all there yet
    // Read by hand: QDataStream's QStringList reserves whatever count the bytes claim, so garbage
    // on the socket could make it allocate gigabytes (found by AddressSanitizer).
    quint32 magic = 0, count = 0;
    QDataStream body(message);
    body >> magic >> count;
    QStringList arguments;
    if (body.status() == QDataStream::Ok && magic == kMagic && count < 64) {
        for (quint32 i = 0; i < count && body.status() == QDataStream::Ok; ++i) {
            QString argument;
            body >> argument; // QString grows as its bytes arrive
            arguments.append(argument);
        }
        if (body.status() == QDataStream::Ok)
            emit activated(arguments);
    }
    socket->disconnectFromServer();
}
