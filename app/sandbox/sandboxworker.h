#pragma once

#include "core/secretbytes.h"
#include "sandbox/sandboxhost.h"

#include <QObject>

class SandboxServer;

// SandboxHost's half on the sandbox thread: owns the store and the server there.
class SandboxWorker : public QObject
{
    Q_OBJECT
public:
    ~SandboxWorker() override;
    void run(const QString &dataFile, const SandboxStore::SeedOptions &seed, quint16 port,
             const QByteArray &ak, SecretBytes sk, const QByteArray &domainId,
             const QString &faults, double ratePerSecond, int burst,
             const QString &requestLog = QString());

signals:
    void ready(quint16 port);
    void failed(const QString &message);

private:
    SandboxStore *m_store = nullptr;
    SandboxServer *m_server = nullptr;
};
