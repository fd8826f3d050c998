#pragma once

#include "core/secretbytes.h"
#include "sandbox/sandboxstore.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QUrl>

#include <functional>

class QHttpServerRequest;
class QHttpServerResponse;

// The sandbox BSS server: real HTTP (QHttpServer) on a loopback port, the gateway's AK/SK
// signature check, and the BSS paths and JSON of bss-api.md answered from a SandboxStore.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxStore *store, QObject *parent = nullptr);

    void setCredentials(const QByteArray &ak, SecretBytes sk, const QByteArray &domainId);
    QByteArray accessKey() const { return m_ak; }
    QByteArray domainId() const { return m_domainId; }

    // Returns the bound port, 0 on failure. Port 0 picks a free one.
    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    QUrl baseUrl() const;
    int requestsServed() const { return m_served; }

private:
    using Operation = std::function<SandboxStore::Answer(const QHttpServerRequest &)>;
    void addRoute(const char *path, bool post, bool needsDomain, Operation op);
    QHttpServerResponse serve(const QHttpServerRequest &request, bool needsDomain,
                              const Operation &op);

    SandboxStore *m_store;
    QHttpServer m_http;
    QByteArray m_ak;
    SecretBytes m_sk;
    QByteArray m_domainId;
    quint16 m_port = 0;
    int m_served = 0;
};
