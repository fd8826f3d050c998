#pragma once

#include <QByteArray>
#include <QHash>
#include <QHttpServer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QUrl>

// A scripted BSS server for client tests (ownCloud-style fake server): QHttpServer on
// 127.0.0.1:<ephemeral>. Each path answers from a queue of canned replies (the last one repeats);
// every request is recorded, and its AK/SK signature is checked the way the gateway does it.
class FakeBssServer : public QObject
{
    Q_OBJECT
public:
    struct Reply
    {
        int status = 200;
        QByteArray body = "{}";
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    struct Seen
    {
        QByteArray method;
        QByteArray path;
        QByteArray rawQuery;
        QByteArray body;
        QHash<QByteArray, QByteArray>
            headers; // lower-case names of the signed headers + a few more
        bool signatureOk = false;
        QByteArray signatureProblem;
    };

    explicit FakeBssServer(QObject *parent = nullptr);
    bool listen();
    QUrl baseUrl() const;

    void script(const QByteArray &path, const QList<Reply> &replies);
    int hits(const QByteArray &path) const { return int(m_hitCount.value(path)); }
    const QList<Seen> &seen() const { return m_seen; }

    QByteArray ak = "FAKEAK0000000000";
    QByteArray sk = "fake-secret-key";

private:
    Seen record(const QHttpServerRequest &request);
    QHttpServer m_server;
    quint16 m_port = 0;
    QMap<QByteArray, QList<Reply>> m_scripts;
    QHash<QByteArray, int> m_hitCount;
    QList<Seen> m_seen;
};
