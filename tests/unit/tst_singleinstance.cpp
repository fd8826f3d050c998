// Single-instance hand-over: with one instance listening, a second launch's arguments reach it
// and forwardToRunning() reports success; with nobody listening (or a crashed instance's stale
// socket file) it reports failure and the new instance can listen; garbage on the socket is
// ignored; different keys (users, data dirs) do not see each other.
#include "ops/singleinstance.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

class TestSingleInstance : public QObject
{
    Q_OBJECT
private slots:
    void secondLaunchIsForwarded();
    void nobodyListening();
    void staleSocketIsReplaced();
    void garbageIsIgnored();
    void keysDependOnTheDataDir();

private:
    static QString uniqueKey()
    {
        return QStringLiteral("pd-test-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    }
};

void TestSingleInstance::secondLaunchIsForwarded()
{
    const QString key = uniqueKey();
    SingleInstance first(key);
    QVERIFY(first.listen());
    QSignalSpy activated(&first, &SingleInstance::activated);
    SingleInstance second(key);
    const QStringList args{QStringLiteral("--page"), QStringLiteral("coupons")};
    QVERIFY(second.forwardToRunning(args));
    QVERIFY(activated.wait(5000));
    QCOMPARE(activated.first().first().toStringList(), args);
    // And again: every later launch is handed over too.
    QVERIFY(SingleInstance(key).forwardToRunning({}));
    QVERIFY(activated.wait(5000));
    QCOMPARE(activated.size(), 2);
}

void TestSingleInstance::nobodyListening()
{
    SingleInstance lone(uniqueKey());
    QVERIFY(!lone.forwardToRunning({QStringLiteral("--sandbox")}, 300));
    QVERIFY(lone.listen());
}

void TestSingleInstance::staleSocketIsReplaced()
{
    const QString key = uniqueKey();
#ifdef Q_OS_UNIX
    // A crashed instance leaves its socket file behind: nobody answers, and a plain listen()
    // would fail with "address in use".
    QFile leftover(QDir::tempPath() + u'/' + key);
    QVERIFY(leftover.open(QIODevice::WriteOnly));
    leftover.close();
    QLocalServer plain;
    QVERIFY(!plain.listen(key));
#endif
    SingleInstance next(key);
    QVERIFY(!next.forwardToRunning({}, 300));
    QVERIFY(next.listen());
}

void TestSingleInstance::garbageIsIgnored()
{
    const QString key = uniqueKey();
    SingleInstance first(key);
    QVERIFY(first.listen());
    QSignalSpy activated(&first, &SingleInstance::activated);
    QLocalSocket socket;
    socket.connectToServer(key);
    QVERIFY(socket.waitForConnected(2000));
    socket.write(QByteArray("\x00\x00\x00\x08garbage!", 12));
    QVERIFY(socket.waitForBytesWritten(2000));
    QTest::qWait(200);
    QCOMPARE(activated.size(), 0);
}

void TestSingleInstance::keysDependOnTheDataDir()
{
    const QString a = SingleInstance::defaultKey();
    qputenv("XDG_DATA_HOME", "/tmp/pd-other-data-home");
    const QString b = SingleInstance::defaultKey();
    QVERIFY(a.startsWith(QStringLiteral("partnerdesk-")));
    QVERIFY(a != b);
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
