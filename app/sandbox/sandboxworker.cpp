#include "sandbox/sandboxworker.h"

#include "sandbox/sandboxserver.h"

SandboxWorker::~SandboxWorker()
{
    delete m_server; // before the store it serves
    delete m_store;
}

void SandboxWorker::run(const QString &dataFile, const SandboxStore::SeedOptions &seed,
                        quint16 port, const QByteArray &ak, SecretBytes sk,
                        const QByteArray &domainId, const QString &faults, double ratePerSecond,
                        int burst, const QString &requestLog)
{
    m_store = new SandboxStore(dataFile);
    if (!m_store->isOpen() || (m_store->isEmpty() && !m_store->seed(seed))) {
        emit failed(SandboxHost::tr("Cannot create the sandbox data in %1: %2")
                        .arg(dataFile.isEmpty() ? SandboxHost::tr("memory") : dataFile,
                             m_store->lastError()));
        return;
    }
    m_server = new SandboxServer(m_store);
    m_server->setCredentials(ak, std::move(sk), domainId);
    QString problem;
    if (const auto spec = FaultInjector::parse(faults, &problem))
        m_server->faults().set(*spec);
    m_server->rateLimiter().setLimit(ratePerSecond, burst);
    if (!requestLog.isEmpty() && !m_server->setRequestLog(requestLog)) {
        emit failed(SandboxHost::tr("Cannot write the request log %1.").arg(requestLog));
        return;
    }
    const quint16 bound = m_server->listen(QHostAddress::LocalHost, port);
    if (bound == 0) {
        emit failed(
            SandboxHost::tr("Cannot listen on 127.0.0.1:%1 (is the port in use?).").arg(port));
        return;
    }
    emit ready(bound);
}
