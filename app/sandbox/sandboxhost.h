#pragma once

#include "core/secretbytes.h"
#include "sandbox/sandboxstore.h"

#include <QObject>
#include <QThread>
#include <QUrl>

class SandboxWorker;

// Runs the sandbox (store + HTTP server) on its own thread, so seeding and answering never
// block the caller's (UI) thread. Used by `partnerdesk --sandbox` and `partnerdesk-cli
// sandbox`; clients reach it only over HTTP with signed requests.
class SandboxHost : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString dataFile; // empty: in memory
        SandboxStore::SeedOptions seed;
        QByteArray accessKey;  // generated when empty
        SecretBytes secretKey; // generated when empty
        QByteArray domainId;   // generated when empty
        quint16 port = 0;      // 0: any free port
        QString faults;        // FaultInjector spec
        double ratePerSecond = 50;
        int burst = 100;
        QString requestLog; // each request received, as a JSON line (tests); empty: none
    };

    explicit SandboxHost(QObject *parent = nullptr);
    ~SandboxHost() override; // stops the server and its thread

    // Starts in the background; emits started() or failed(). A bad fault spec fails at once.
    void start(Options options);
    bool isRunning() const { return m_url.isValid(); }
    QUrl url() const { return m_url; }
    QByteArray accessKey() const { return m_ak; }
    QByteArray domainId() const { return m_domainId; }
    // The keys clients must sign with; the secret only lives here and in the server.
    SecretBytes secretKey() const { return m_sk.clone(); }
    bool secretWasGenerated() const { return m_generated; }

    static QByteArray randomKey(int length, const char *alphabet);

signals:
    void started(const QUrl &url);
    void failed(const QString &message);

private:
    QThread m_thread;
    SandboxWorker *m_worker = nullptr;
    QUrl m_url;
    QByteArray m_ak;
    SecretBytes m_sk;
    QByteArray m_domainId;
    bool m_generated = false;
};
