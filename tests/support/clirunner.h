#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

// Runs partnerdesk-cli as a process with a throw-away HOME, keeping this process's event loop
// running (the CLI may talk to a server in the test process), for the CLI tests.
class CliRunner
{
public:
    struct Run
    {
        int code;
        QByteArray out;
        QByteArray err;
    };

    explicit CliRunner(const QString &cliPath) : m_cli(cliPath) {}
    bool isValid() const { return m_home.isValid(); }
    QString home() const { return m_home.path(); }
    // With an empty `env` the system environment without SDK credentials.
    Run run(const QStringList &args, const QByteArray &input = {},
            const QProcessEnvironment &env = {}) const;
    // Credentials for a SandboxFixture's fixed test keys.
    static QProcessEnvironment fixtureEnvironment();

private:
    QString m_cli;
    QTemporaryDir m_home;
};
