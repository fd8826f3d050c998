#pragma once

#include <QtGlobal>

class QTcpSocket;

// Looks at each request's head on an accepted connection before QHttpServer buffers it, and
// answers at once (then closes) a request that must not be read: a body over MaxBodyBytes
// (413), a Transfer-Encoding (411: the gateway wants a Content-Length; with one too, the two
// could disagree about where the body ends), Content-Length given twice with different values
// or not a number (400), or a head over MaxHeadBytes (431). Nothing of such a body is buffered.
class RequestGate
{
public:
    static constexpr qint64 MaxBodyBytes = 1024 * 1024; // no BSS request comes near
    static constexpr qint64 MaxHeadBytes = 16 * 1024;
    // Connect before QHttpServer sees the socket (its readyRead handler runs after this one).
    static void attach(QTcpSocket *socket);
};
