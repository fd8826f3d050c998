#include "sandboxstarter.h"

#include "ops/session.h"
#include "sandbox/sandboxhost.h"

SandboxStarter::SandboxStarter(Session *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    connect(session, &Session::ready, this, [this] {
        if (!m_session->isSandbox())
            stop(); // a real profile took over
    });
}

SandboxStarter::~SandboxStarter()
{
    stop();
}

SandboxStarter *SandboxStarter::startFor(Session *session, const SandboxStore::SeedOptions &seed)
{
    auto *starter = new SandboxStarter(session, session);
    starter->start(seed);
    return starter;
}

void SandboxStarter::start(const SandboxStore::SeedOptions &seed)
{
    m_seed = seed;
    start();
}

void SandboxStarter::start()
{
    stop();
    auto *host = new SandboxHost(this);
    m_host = host;
    connect(host, &SandboxHost::failed, this, &SandboxStarter::failed);
    connect(host, &SandboxHost::started, this, [this, host](const QUrl &url) {
        m_session->useSandbox(url, host->accessKey(), host->secretKey(), host->domainId(),
                              m_seed.international);
    });
    SandboxHost::Options o;
    o.seed = m_seed;
    host->start(std::move(o));
}

void SandboxStarter::stop()
{
    delete m_host; // stops the server and its thread
}
