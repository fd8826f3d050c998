#include "clirunner.h"

#include <QProcess>
#include <QTest>

CliRunner::Run CliRunner::run(const QStringList &args, const QByteArray &input,
                              const QProcessEnvironment &env) const
{
    QProcess p;
    QProcessEnvironment e = env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env;
    e.insert(QStringLiteral("HOME"), m_home.path());
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    if (env.isEmpty()) {
        e.remove(QStringLiteral("HUAWEICLOUD_SDK_AK"));
        e.remove(QStringLiteral("HUAWEICLOUD_SDK_SK"));
    }
    p.setProcessEnvironment(e);
    p.start(m_cli, args);
    p.write(input);
    p.closeWriteChannel();
    // The CLI talks to a server in this process: keep our event loop running while waiting.
    for (int waited = 0; p.state() != QProcess::NotRunning && waited < 30000; waited += 10)
        QTest::qWait(10);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QProcessEnvironment CliRunner::fixtureEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QStringLiteral("FIXTUREAK"));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QStringLiteral("fixture-sk"));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_DOMAIN_ID"), QStringLiteral("fixture-domain"));
    return env;
}
