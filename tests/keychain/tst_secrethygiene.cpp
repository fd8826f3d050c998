// Secret hygiene over a whole session (issue 12): with a real keychain (the private gnome-keyring
// of with-keyring.sh) a profile is created, the CLI and the desktop app make signed calls,
// money moves, errors are provoked (bad input, server faults, a wrong key), lists are exported
// and the audit log is written. Then every file under the throw-away HOME that the programs
// wrote, and everything they printed, is searched for the AK and the SK, as they are and as hex
// or base64. The keyring's own files are the one place the keys may be, and are left out.
// PartnerDesk has no crash handler, so there is no crash dump to search.
#include "sandbox/sandboxhost.h"
#include "sandboxfixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

namespace {

QByteArray randomText(int n, const char *alphabet)
{
    const int size = int(qstrlen(alphabet));
    QByteArray out;
    for (int i = 0; i < n; ++i)
        out.append(alphabet[QRandomGenerator::global()->bounded(size)]);
    return out;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestSecretHygiene : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void wholeSessionLeavesNoKeyAnywhere();

private:
    Run cli(const QStringList &args, const QByteArray &input = {});
    Run app(const QStringList &args);
    Run program(const QString &path, const QStringList &args, const QByteArray &input);

    SandboxHost *m_sandbox = nullptr;
    QByteArray m_ak;
    QByteArray m_sk;
    QList<Run> m_runs; // everything printed, kept for the search
};

void TestSecretHygiene::initTestCase()
{
    if (!qEnvironmentVariableIsSet("PC_REQUIRE_KEYCHAIN"))
        QSKIP("needs the private keyring of with-keyring.sh");
    m_ak = "PDHYG" + randomText(15, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    m_sk = randomText(40, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    m_sandbox = new SandboxHost(this);
    SandboxHost::Options o;
    o.seed.customers = 60;
    o.accessKey = m_ak;
    o.secretKey = SecretBytes(m_sk);
    o.domainId = "hygiene-domain";
    QSignalSpy started(m_sandbox, &SandboxHost::started);
    m_sandbox->start(std::move(o));
    QVERIFY(started.wait(20000));
}

void TestSecretHygiene::cleanupTestCase()
{
    delete m_sandbox;
}

Run TestSecretHygiene::program(const QString &path, const QStringList &args,
                               const QByteArray &input)
{
    QProcess p;
    p.start(path, args);
    p.write(input);
    p.closeWriteChannel();
    for (int waited = 0; p.state() != QProcess::NotRunning && waited < 60000; waited += 10)
        QTest::qWait(10);
    Run r{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    m_runs.append(r);
    return r;
}

Run TestSecretHygiene::cli(const QStringList &args, const QByteArray &input)
{
    return program(QStringLiteral(PC_CLI_PATH), args, input);
}

Run TestSecretHygiene::app(const QStringList &args)
{
    return program(QStringLiteral(PC_APP_PATH), args, {});
}

void TestSecretHygiene::wholeSessionLeavesNoKeyAnywhere()
{
    const QString url = m_sandbox->url().toString();
    const QString home = QDir::homePath();
    // A profile: the keys go in once, on stdin, into the keychain.
    Run r = cli({"--lang", "en", "--endpoint", url, "profile", "add", "hygiene"},
                m_ak + '\n' + m_sk + '\n');
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList p = {"--profile", "hygiene"};
    QVERIFY(cli({"--lang", "zh_CN", "profile", "test", "hygiene"}).exitCode == 0);
    // Reads, in every format, and an export to a file.
    r = cli(p + QStringList{"customers", "list", "--limit", "100"});
    QCOMPARE(r.exitCode, 0);
    QString agencyCustomer;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(r.out).object().value("customer_infos").toArray()) {
        if (v.toObject().value("association_type").toString() == u"2")
            agencyCustomer = v.toObject().value("customer_id").toString();
    }
    QVERIFY(!agencyCustomer.isEmpty());
    r = cli(p + QStringList{"--format", "csv", "--reveal", "customers", "list"});
    QCOMPARE(r.exitCode, 0);
    QFile exported(home + QStringLiteral("/customers-export.csv"));
    QVERIFY(exported.open(QIODevice::WriteOnly));
    exported.write(r.out);
    exported.close();
    QCOMPARE(cli(p + QStringList{"--format", "table", "coupons", "list"}).exitCode, 0);
    QCOMPARE(cli(p + QStringList{"call", "ListPartnerBalances"}).exitCode, 0);
    // Money moves (written to the audit log), then errors of every kind.
    r = cli(p + QStringList{"funds", "allocate", "--customer", agencyCustomer, "--amount", "1.00",
                            "--yes"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(cli(p + QStringList{"funds", "allocate", "--customer", agencyCustomer, "--amount",
                                 "-1", "--yes"})
                 .exitCode,
             2); // refused before sending
    QVERIFY(cli(p + QStringList{"funds", "allocate", "--customer", "no-such-customer", "--amount",
                                "1", "--yes"})
                .exitCode != 0); // the server says no
    BssClient control;           // the test's own client, to switch the sandbox's faults on and off
    control.setEndpoint(Endpoint::custom(m_sandbox->url()));
    control.setCredentials(m_ak, SecretBytes(m_sk));
    control.setDomainId("hygiene-domain");
    QVERIFY(SandboxChecks::setFaults(&control, QStringLiteral("5xx=100%")));
    QVERIFY(cli(p + QStringList{"call", "ListPartnerBalances"}).exitCode != 0);
    QVERIFY(SandboxChecks::setFaults(&control, QString()));
    // A wrong key: the signature check fails on the server.
    QCOMPARE(cli({"--lang", "en", "--endpoint", url, "profile", "add", "wrong"},
                 m_ak + '\n' + QByteArray(m_sk).replace(0, 4, "XXXX") + '\n')
                 .exitCode,
             0);
    QVERIFY(cli({"--profile", "wrong", "call", "ListPartnerBalances"}).exitCode != 0);
    // The desktop app on the same profile: every page loads, the cache and settings are written.
    r = app({"--new-instance", "--profile", "hygiene", "--lang", "zh_CN", "--screenshot",
             home + QStringLiteral("/window.png")});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    // What was written: settings, offline cache, customer list, audit log, export, screenshot.
    QStringList files;
    QDirIterator it(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        if (!f.contains(QStringLiteral("/keyrings/"))) // the keychain itself
            files.append(f);
    }
    auto written = [&files](const QString &part) {
        for (const QString &f : std::as_const(files)) {
            if (f.contains(part))
                return true;
        }
        return false;
    };
    QVERIFY2(written(QStringLiteral("PartnerDesk.conf")), qPrintable(files.join('\n')));
    QVERIFY2(written(QStringLiteral("/cache/")), qPrintable(files.join('\n')));
    QVERIFY2(written(QStringLiteral("audit")), qPrintable(files.join('\n')));
    QVERIFY(written(QStringLiteral("customers-export.csv")));

    const QList<QByteArray> secrets = {
        m_ak, m_sk, m_sk.toHex(), m_sk.toBase64(), m_ak.toBase64(), m_sk.left(20)};
    QStringList leaks;
    for (const QString &f : std::as_const(files)) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &s : secrets) {
            if (bytes.contains(s))
                leaks << QStringLiteral("%1 holds %2…").arg(f, QString::fromLatin1(s.left(6)));
        }
    }
    for (int i = 0; i < m_runs.size(); ++i) {
        for (const QByteArray &s : secrets) {
            if (m_runs.at(i).out.contains(s) || m_runs.at(i).err.contains(s))
                leaks << QStringLiteral("run %1 printed %2…")
                             .arg(i)
                             .arg(QString::fromLatin1(s.left(6)));
        }
        // Authorization headers are never printed, whoever's key they carry.
        if (m_runs.at(i).err.contains("SDK-HMAC-SHA256 Access=") ||
            m_runs.at(i).out.contains("SDK-HMAC-SHA256 Access="))
            leaks << QStringLiteral("run %1 printed an Authorization header").arg(i);
    }
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join('\n')));
    qInfo("searched %lld files and %lld program outputs", qlonglong(files.size()),
          qlonglong(m_runs.size()));
}

QTEST_GUILESS_MAIN(TestSecretHygiene)
#include "tst_secrethygiene.moc"
