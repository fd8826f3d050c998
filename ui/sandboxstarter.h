#pragma once

#include "sandbox/sandboxstore.h"

#include <QObject>
#include <QPointer>

class SandboxHost;
class Session;

// Part of the composition root: the one place the desktop app (and its GUI tests) starts the
// embedded sandbox. It runs the server on its own thread (SandboxHost), with keys generated for
// this run, and hands the session the address and keys once it listens. A session switched to a
// real profile stops the server.
class SandboxStarter : public QObject
{
    Q_OBJECT
public:
    explicit SandboxStarter(Session *session, QObject *parent = nullptr);
    ~SandboxStarter() override;

    // A starter owned by `session` (deleted with it), started with `seed`.
    static SandboxStarter *startFor(Session *session, const SandboxStore::SeedOptions &seed);

    void setSeed(const SandboxStore::SeedOptions &seed) { m_seed = seed; }
    void start(); // with the seed set; a running sandbox is replaced
    void start(const SandboxStore::SeedOptions &seed);
    // Stops the server but leaves the session's connection settings, as when a real server goes
    // away: calls then fail to connect and pages fall back to the offline cache.
    void stop();

signals:
    void failed(const QString &message);

private:
    Session *m_session;
    SandboxStore::SeedOptions m_seed;
    QPointer<SandboxHost> m_host;
};
