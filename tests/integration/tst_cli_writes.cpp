// The CLI's writes as separate processes sharing one audit database: N processes allocating the
// same amount to the same customer under each fault (every "done" a distinct ledger record, no
// transaction id twice); a batch SIGKILLed mid-way (an intent for every write that reached the
// server, reported interrupted and settled by the next run); a batch stopped by SIGINT (nothing
// new sent, what was in flight settled, the partial result printed).
#include "sandboxfixture.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

class TestCliWrites : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void concurrentProcesses_data();
    void concurrentProcesses();
    void killedBatchIsSettledByTheNextRun();
    void interruptStopsSendingAndSettles();

private:
    QProcessEnvironment env() const;
    std::unique_ptr<QProcess> start(const QStringList &args);
    void waitFor(QProcess *p, int ms = 60000);
    QStringList usableCoupons(int n);
    int count(const QString &sql, const QVariantList &values = {});
    // The intents in the CLI's audit database: target → state.
    QHash<QString, QString> intents();

    SandboxFixture m_sbx;
    QTemporaryDir m_data; // XDG_DATA_HOME of every CLI run here: one audit database
    QTemporaryDir m_home;
    QStringList m_used; // coupons handed out to a test already
};

void TestCliWrites::initTestCase()
{
    QString error;
    QVERIFY2(m_sbx.start({23, 400, false}, &error), qPrintable(error));
    QVERIFY(m_data.isValid() && m_home.isValid());
}

QProcessEnvironment TestCliWrites::env() const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QStringLiteral("FIXTUREAK"));
    e.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QStringLiteral("fixture-sk"));
    e.insert(QStringLiteral("HUAWEICLOUD_SDK_DOMAIN_ID"), QStringLiteral("fixture-domain"));
    e.insert(QStringLiteral("HOME"), m_home.path());
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    e.insert(QStringLiteral("XDG_DATA_HOME"), m_data.path());
    e.insert(QStringLiteral("PARTNERDESK_LATE_PROBE_MS"), QStringLiteral("1500"));
    return e;
}

std::unique_ptr<QProcess> TestCliWrites::start(const QStringList &args)
{
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(env());
    p->start(QStringLiteral(PC_CLI_PATH),
             QStringList{"--lang", "en", "--endpoint", m_sbx.server->baseUrl().toString()} + args);
    p->closeWriteChannel();
    return p;
}

void TestCliWrites::waitFor(QProcess *p, int ms)
{
    // The server is in this process: keep its event loop running.
    for (int waited = 0; p->state() != QProcess::NotRunning && waited < ms; waited += 10)
        QTest::qWait(10);
}

int TestCliWrites::count(const QString &sql, const QVariantList &values)
{
    QSqlQuery q = m_sbx.store->query();
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

QStringList TestCliWrites::usableCoupons(int n)
{
    QSqlQuery q = m_sbx.store->query();
    QStringList out;
    if (q.exec(QStringLiteral("SELECT coupon_id FROM coupons WHERE indirect_partner_id = '' AND"
                              " status = 2 AND balance <> '0.00' AND coupon_id NOT IN ('%1')"
                              " ORDER BY seq LIMIT %2")
                   .arg(m_used.join(QStringLiteral("','")))
                   .arg(n)))
        while (q.next())
            out << q.value(0).toString();
    m_used += out;
    return out;
}

QHash<QString, QString> TestCliWrites::intents()
{
    QHash<QString, QString> out;
    const QString file = m_data.filePath(QStringLiteral("PartnerDesk/PartnerDesk/audit.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT target, state FROM write_intents")))
                while (q.next())
                    out.insert(q.value(0).toString(), q.value(1).toString());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t"));
    return out;
}

void TestCliWrites::concurrentProcesses_data()
{
    QTest::addColumn<QString>("fault");
    for (const char *f : {"lost=0.5", "drop=0.5", "timeout=0.5", "5xx=0.5"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestCliWrites::concurrentProcesses()
{
    QFETCH(QString, fault);
    constexpr int N = 8;
    static int next = 0;
    QSqlQuery q = m_sbx.store->query();
    QVERIFY(
        q.exec(QStringLiteral("SELECT customer_id FROM customers WHERE association_type ="
                              " '2' AND indirect_partner_id = '' ORDER BY seq LIMIT 1 OFFSET %1")
                   .arg(10 + next++)));
    QVERIFY(q.next());
    const QString customer = q.value(0).toString();
    const QString records =
        QStringLiteral("SELECT COUNT(*) FROM adjust_records WHERE customer_id = ?");
    const int before = count(records, {customer});
    QVERIFY(m_sbx.setFaults(fault + QStringLiteral(",on=UpdateCustomerAccountAmount,seed=11")));
    std::vector<std::unique_ptr<QProcess>> runs;
    for (int i = 0; i < N; ++i)
        runs.push_back(
            start({"funds", "allocate", "--customer", customer, "--amount", "1.00", "--yes"}));
    for (auto &p : runs)
        waitFor(p.get());
    m_sbx.server->faults().clear();
    const int added = count(records, {customer}) - before;
    QSet<QString> ids;
    int done = 0, unknown = 0;
    for (auto &p : runs) {
        QCOMPARE(p->state(), QProcess::NotRunning);
        const QByteArray out = p->readAllStandardOutput();
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QVERIFY2(!o.isEmpty(), p->readAllStandardError().constData());
        const QString outcome = o.value(QLatin1String("outcome")).toString();
        QCOMPARE(p->exitCode(), outcome == u"done" ? 0 : 1);
        if (outcome == u"done") {
            ++done;
            const QString id = o.value(QLatin1String("transaction_id")).toString();
            QVERIFY2(!ids.contains(id), qPrintable(id + QStringLiteral(" reported twice")));
            ids.insert(id);
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM adjust_records WHERE trans_id = ?"),
                           {id}),
                     1);
        }
        unknown += outcome == u"unknown";
    }
    QVERIFY2(done <= added, qPrintable(QStringLiteral("%1 done, %2 added").arg(done).arg(added)));
    QVERIFY2(
        added <= done + unknown,
        qPrintable(
            QStringLiteral("%1 added, %2 done, %3 unknown").arg(added).arg(done).arg(unknown)));
    qInfo("%s: %d processes, %d added, %d done, %d unknown", qPrintable(fault), N, added, done,
          unknown);
}

void TestCliWrites::killedBatchIsSettledByTheNextRun()
{
    const QStringList coupons = usableCoupons(25);
    QCOMPARE(coupons.size(), 25);
    // Slow writes, so that the kill lands with some of them on the wire.
    QVERIFY(m_sbx.setFaults(QStringLiteral("latency=250,on=ReclaimPartnerCoupons")));
    auto run = start(QStringList{"coupons", "reclaim"} + coupons + QStringList{"--yes"});
    QTRY_VERIFY_WITH_TIMEOUT(count(QStringLiteral("SELECT COUNT(*) FROM coupon_records WHERE"
                                                  " operation_type = 2 AND coupon_id IN ('%1')")
                                       .arg(coupons.join(QStringLiteral("','")))) >= 3,
                             20000);
    ::kill(pid_t(run->processId()), SIGKILL);
    waitFor(run.get(), 5000);
    QTest::qWait(400); // what was on the wire reaches the server
    m_sbx.server->faults().clear();

    // Every write that reached the server had its intent committed before it was sent.
    const QHash<QString, QString> before = intents();
    QSqlQuery q = m_sbx.store->query();
    QVERIFY(q.exec(QStringLiteral("SELECT coupon_id FROM coupons WHERE status = 5 AND coupon_id"
                                  " IN ('%1')")
                       .arg(coupons.join(QStringLiteral("','")))));
    int reclaimed = 0;
    while (q.next()) {
        ++reclaimed;
        QVERIFY2(before.contains(q.value(0).toString()), qPrintable(q.value(0).toString()));
    }
    QVERIFY(reclaimed > 0 && reclaimed < coupons.size());
    int open = 0;
    for (const QString &c : coupons)
        open += before.contains(c) && before.value(c) != u"resolved";
    QVERIFY2(open > 0, "the kill left no write in flight");

    // The next run (any write command) reports them interrupted and settles them.
    auto next = start(QStringList{"coupons", "reclaim"} + usableCoupons(1) + QStringList{"--yes"});
    waitFor(next.get());
    const QByteArray err = next->readAllStandardError();
    QCOMPARE(next->exitCode(), 0);
    QCOMPARE(err.count("An earlier write was interrupted"), open);
    const QHash<QString, QString> after = intents();
    for (const QString &c : coupons) {
        if (after.contains(c))
            QCOMPARE(after.value(c), QStringLiteral("resolved"));
    }
}

void TestCliWrites::interruptStopsSendingAndSettles()
{
    const QStringList coupons = usableCoupons(25);
    QCOMPARE(coupons.size(), 25);
    QVERIFY(m_sbx.setFaults(QStringLiteral("latency=250,on=ReclaimPartnerCoupons")));
    auto run = start(QStringList{"coupons", "reclaim"} + coupons + QStringList{"--yes"});
    const QString reclaimed = QStringLiteral("SELECT COUNT(*) FROM coupons WHERE status = 5 AND"
                                             " coupon_id IN ('%1')")
                                  .arg(coupons.join(QStringLiteral("','")));
    QTRY_VERIFY_WITH_TIMEOUT(count(reclaimed) >= 3, 20000);
    ::kill(pid_t(run->processId()), SIGINT);
    waitFor(run.get(), 30000);
    m_sbx.server->faults().clear();
    QCOMPARE(run->exitStatus(), QProcess::NormalExit);
    QCOMPARE(run->exitCode(), 1);
    const QJsonObject o = QJsonDocument::fromJson(run->readAllStandardOutput()).object();
    QVERIFY(o.value(QLatin1String("stopped")).toBool());
    int done = 0, cancelled = 0;
    for (const QJsonValue &v : o.value(QLatin1String("results")).toArray()) {
        done += v[QLatin1String("result")].toString() == u"reclaimed";
        cancelled += v[QLatin1String("result")].toString() == u"cancelled";
    }
    QVERIFY(cancelled > 0);
    QCOMPARE(done, count(reclaimed)); // what was in flight was settled, and nothing else sent
    QCOMPARE(done + cancelled, coupons.size());
    QVERIFY(run->readAllStandardError().contains("stopped"));
    for (const QString &c : coupons) {
        const QHash<QString, QString> all = intents();
        if (all.contains(c))
            QCOMPARE(all.value(c), QStringLiteral("resolved"));
    }
}

QTEST_GUILESS_MAIN(TestCliWrites)
#include "tst_cli_writes.moc"
