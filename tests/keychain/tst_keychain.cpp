// The OS keychain through QtKeychain: round trip in a private gnome-keyring, profiles whose
// secrets never reach the settings file, the CLI's profile commands end to end, and the
// "keychain unavailable" state when there is no Secret Service at all.
#include "fakebssserver.h"
#include "secrets/keychain.h"
#include "secrets/profilestore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Skips without a Secret Service, but fails where one is required (CI, with-keyring.sh).
#define REQUIRE_KEYCHAIN()                                                                         \
    do {                                                                                           \
        if (!requireAvailable()) {                                                                 \
            if (qEnvironmentVariableIsSet("PC_REQUIRE_KEYCHAIN"))                                  \
                QFAIL("the private keyring is not working");                                       \
            QSKIP("no Secret Service here; run under tests/keychain/with-keyring.sh");             \
        }                                                                                          \
    } while (false)

class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void profilesKeepSecretsOutOfSettings();
    void cliProfileLifecycle();
    void unavailableReported();
    void deniedIsExplained();
    void lockedKeyringIsReported(); // last: the keyring stays locked (no prompter to unlock it)

private:
    bool requireAvailable();
};

namespace {

// Keeps the event loop running until `done` (the keychain answers asynchronously).
void waitFor(const bool &done)
{
    for (int waited = 0; !done && waited < 20000; waited += 10)
        QTest::qWait(10);
}

struct Outcome
{
    bool done = false;
    Keychain::Status status = Keychain::Status::Unavailable;
    QString message;
    QByteArray ak;
    QByteArray sk;
};

Outcome write(Keychain &k, const QString &profile, const QByteArray &ak, const QByteArray &sk)
{
    Outcome o;
    k.writeCredentials(profile, ak, SecretBytes(sk), [&o](Keychain::Status s, const QString &m) {
        o = {true, s, m, {}, {}};
    });
    waitFor(o.done);
    return o;
}

Outcome read(Keychain &k, const QString &profile)
{
    Outcome o;
    k.readCredentials(profile, [&o](Keychain::Status s, const QString &m, Keychain::Credentials c) {
        o = {true, s, m, c.ak, c.sk.view().toByteArray()};
    });
    waitFor(o.done);
    return o;
}

Outcome remove(Keychain &k, const QString &profile)
{
    Outcome o;
    k.deleteCredentials(profile, [&o](Keychain::Status s, const QString &m) {
        o = {true, s, m, {}, {}};
    });
    waitFor(o.done);
    return o;
}

int runCli(const QStringList &args, const QByteArray &input, QByteArray *out, QByteArray *err)
{
    QProcess p;
    p.start(QStringLiteral(PC_CLI_PATH), args);
    p.write(input);
    p.closeWriteChannel();
    for (int waited = 0; p.state() != QProcess::NotRunning && waited < 30000; waited += 10)
        QTest::qWait(10);
    *out = p.readAllStandardOutput();
    *err = p.readAllStandardError();
    return p.exitCode();
}

// Every file under `dir` that contains `needle`.
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << f.fileName();
    }
    return hits;
}

} // namespace

bool TestKeychain::requireAvailable()
{
    Keychain k;
    const Outcome o = read(k, QStringLiteral("pc-probe-does-not-exist"));
    if (o.status == Keychain::Status::NotFound || o.status == Keychain::Status::Ok)
        return true;
    if (qEnvironmentVariableIsSet("PC_REQUIRE_KEYCHAIN"))
        qWarning("keychain required but unavailable: %s", qPrintable(o.message));
    return false;
}

void TestKeychain::roundTrip()
{
    REQUIRE_KEYCHAIN();
    Keychain k;
    QSignalSpy avail(&k, &Keychain::availabilityChanged);
    const QByteArray sk = "s3cr3t-SK-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(write(k, QStringLiteral("测试 profile"), "AKID0001", sk).status, Keychain::Status::Ok);
    QCOMPARE(k.availability(), Keychain::Availability::Available);
    const Outcome r = read(k, QStringLiteral("测试 profile"));
    QCOMPARE(r.status, Keychain::Status::Ok);
    QCOMPARE(r.ak, QByteArray("AKID0001"));
    QCOMPARE(r.sk, sk);
    QCOMPARE(remove(k, QStringLiteral("测试 profile")).status, Keychain::Status::Ok);
    QCOMPARE(read(k, QStringLiteral("测试 profile")).status, Keychain::Status::NotFound);
    // Deleting what is not there is not an error.
    QCOMPARE(remove(k, QStringLiteral("测试 profile")).status, Keychain::Status::Ok);
    // Empty secrets are refused without touching the keychain.
    QCOMPARE(write(k, QStringLiteral("x"), "", "sk").status, Keychain::Status::Unavailable);
}

void TestKeychain::profilesKeepSecretsOutOfSettings()
{
    REQUIRE_KEYCHAIN();
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(ini, QSettings::IniFormat);
        ProfileStore store(&settings);
        Profile p;
        p.name = QStringLiteral("Acme 华东");
        p.site = QStringLiteral("intl");
        p.domainId = QStringLiteral("dom-42");
        QCOMPARE(store.save(p), QString());
        Keychain k;
        QCOMPARE(write(k, p.name, "AKSETTINGSTEST01", "SKSETTINGSTEST-secret").status,
                 Keychain::Status::Ok);
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.profile(p.name)->site, QStringLiteral("intl"));
        QCOMPARE(store.profile(p.name)->endpoint().baseUrl().host(),
                 QStringLiteral("bss-intl.myhuaweicloud.com"));
        Profile bad = p;
        bad.name = QStringLiteral("a/b");
        QVERIFY(!store.save(bad).isEmpty());
        bad = p;
        bad.site = QStringLiteral("custom");
        bad.customUrl = QUrl(QStringLiteral("http://192.0.2.10"));
        QVERIFY(!store.save(bad).isEmpty()); // plain HTTP off loopback is refused
        QCOMPARE(remove(k, p.name).status, Keychain::Status::Ok);
    }
    QVERIFY(filesContaining(dir.path(), "SKSETTINGSTEST").isEmpty());
    QVERIFY(filesContaining(dir.path(), "AKSETTINGSTEST").isEmpty());
    QVERIFY(!filesContaining(dir.path(), "dom-42").isEmpty()); // the file was written
}

void TestKeychain::cliProfileLifecycle()
{
    REQUIRE_KEYCHAIN();
    FakeBssServer server;
    QVERIFY(server.listen());
    server.script("/v2/accounts/partner-accounts/balances",
                  {{200, R"({"account_balances":[]})", {}}});
    server.script("/v3/auth/domains",
                  {{200, R"({"domains":[{"id":"discovered-domain-id","name":"acme"}]})", {}}});
    QByteArray out, err;
    const QString url = server.baseUrl().toString();
    QCOMPARE(runCli({"--lang", "en", "--endpoint", url, "profile", "add", "sandbox-test"},
                    server.ak + '\n' + server.sk + '\n', &out, &err),
             0);
    QVERIFY2(err.contains("keychain"), err.constData());
    QCOMPARE(runCli({"--lang", "en", "profile", "test", "sandbox-test"}, {}, &out, &err), 0);
    QVERIFY2(err.contains("discovered-domain-id"), err.constData());
    QCOMPARE(runCli({"--format", "table", "profile", "list"}, {}, &out, &err), 0);
    QVERIFY(out.contains("sandbox-test"));
    QVERIFY(out.contains("discovered-domain-id")); // stored after discovery
    QCOMPARE(runCli({"--profile", "sandbox-test", "call", "ListPartnerBalances"}, {}, &out, &err),
             0);
    QVERIFY(server.seen().size() >= 3);
    for (const auto &s : server.seen())
        QVERIFY2(s.signatureOk, s.signatureProblem.constData());
    QCOMPARE(server.seen().last().headers.value("x-domain-id"), QByteArray("discovered-domain-id"));
    // Nothing the CLI wrote holds the secret.
    const QString config =
        qEnvironmentVariable("XDG_CONFIG_HOME", QDir::homePath() + QStringLiteral("/.config"));
    QVERIFY(QFile::exists(config + QStringLiteral("/PartnerDesk/PartnerDesk.conf")));
    QVERIFY(filesContaining(config, server.sk).isEmpty());
    QVERIFY(filesContaining(config, server.ak).isEmpty());
    QCOMPARE(runCli({"--lang", "en", "profile", "remove", "sandbox-test"}, {}, &out, &err), 0);
    QCOMPARE(runCli({"--lang", "en", "--profile", "sandbox-test", "call", "ListPartnerBalances"},
                    {}, &out, &err),
             2);
    Keychain k;
    QCOMPARE(read(k, QStringLiteral("sandbox-test")).status, Keychain::Status::NotFound);
}

void TestKeychain::unavailableReported()
{
    // Registered a second time in CTest with no Secret Service on the bus (see CMakeLists).
    if (!qEnvironmentVariableIsSet("PC_EXPECT_NO_KEYCHAIN"))
        QSKIP("runs in the tst_keychain_unavailable variant");
    Keychain k;
    k.setTimeoutMs(8000);
    QSignalSpy avail(&k, &Keychain::availabilityChanged);
    const Outcome w = write(k, QStringLiteral("p"), "AK", "SK");
    QVERIFY(w.status == Keychain::Status::Unavailable || w.status == Keychain::Status::TimedOut);
    QCOMPARE(k.availability(), Keychain::Availability::Unavailable);
    QCOMPARE(avail.size(), 1);
    QVERIFY(k.unavailableMessage().contains(QStringLiteral("not available")));
    QVERIFY(!k.unavailableReason().isEmpty());
    QCOMPARE(read(k, QStringLiteral("p")).status == Keychain::Status::Ok, false);

    // The CLI says so plainly, exits 1 and writes no profile (no plaintext fallback).
    QByteArray out, err;
    QCOMPARE(runCli({"--lang", "en", "profile", "add", "nokeychain"}, "AK1\nSK1\n", &out, &err), 1);
    QVERIFY2(err.contains("The system keychain is not available"), err.constData());
    QCOMPARE(runCli({"profile", "list"}, {}, &out, &err), 0);
    QVERIFY(!out.contains("nokeychain"));
    const QString config =
        qEnvironmentVariable("XDG_CONFIG_HOME", QDir::homePath() + QStringLiteral("/.config"));
    QVERIFY(filesContaining(config, "SK1").isEmpty());
}

void TestKeychain::deniedIsExplained()
{
    // A refused prompt cannot be clicked here; the status QtKeychain reports for it is mapped and
    // worded like the real thing, in both languages.
    Keychain k;
    QSignalSpy avail(&k, &Keychain::availabilityChanged);
    k.noteResult(Keychain::Status::AccessDenied, QStringLiteral("the user refused"));
    QCOMPARE(k.availability(), Keychain::Availability::Unavailable);
    QCOMPARE(avail.size(), 1);
    QVERIFY2(
        k.unavailableMessage().contains(QStringLiteral("access was denied (the user refused)")),
        qPrintable(k.unavailableMessage()));
    QVERIFY(k.unavailableMessage().contains(QStringLiteral("never in a file")));
}

void TestKeychain::lockedKeyringIsReported()
{
    REQUIRE_KEYCHAIN();
    QByteArray out, err;
    QCOMPARE(runCli({"--lang", "en", "--endpoint", "https://bss.example.com", "profile", "add",
                     "locked"},
                    "AKLOCKED\nSKLOCKED\n", &out, &err),
             0);
    // Lock the keyring through the Secret Service, as the desktop does after a timeout.
    QProcess lock;
    lock.start(QStringLiteral("dbus-send"),
               {"--session", "--print-reply", "--dest=org.freedesktop.secrets",
                "/org/freedesktop/secrets", "org.freedesktop.Secret.Service.Lock",
                "array:objpath:/org/freedesktop/secrets/collection/login"});
    QVERIFY(lock.waitForFinished(10000));
    QCOMPARE(lock.exitCode(), 0);
    // Reading now needs an unlock prompt nobody can answer: reported, not waited on forever,
    // and nothing read.
    Keychain locked;
    locked.setTimeoutMs(4000);
    const Outcome r = read(locked, QStringLiteral("locked"));
    // libsecret answers a locked keyring whose prompt cannot open like a missing entry; the
    // message names both and says what to do.
    QVERIFY2(r.status != Keychain::Status::Ok, qPrintable(r.message));
    QVERIFY(r.sk.isEmpty());
    QVERIFY2(r.message.contains(QStringLiteral("or it is locked")), qPrintable(r.message));
    QVERIFY2(r.message.contains(QStringLiteral("Unlock your keyring")), qPrintable(r.message));
    // The CLI says so too, exits 1, and does not call the server.
    QCOMPARE(runCli({"--lang", "en", "--profile", "locked", "call", "ListPartnerBalances"}, {},
                    &out, &err),
             1);
    QVERIFY2(err.contains("or it is locked"), err.constData());
    QVERIFY2(err.contains("partnerdesk-cli profile add locked"), err.constData());
    QVERIFY(!err.contains("SKLOCKED"));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
