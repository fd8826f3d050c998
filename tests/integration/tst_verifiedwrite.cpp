// The verified-write engine against the sandbox: a write and its audit trail (intent before,
// outcome after), a refusal, bad input and an unwritable audit log that send nothing, a 429
// re-sent, the two ways an answer goes missing (applied and lost; never applied, settled only by
// the late probe), a foreign write of the same amount (unknown, with the candidates), an
// interrupted write settled after a restart, and N concurrent writers on one customer under
// each fault: every "done" is a distinct ledger record, no transaction id twice, done ≤ records.
#include "core/auditlog.h"
#include "core/writejournal.h"
#include "ops/fundswrites.h"
#include "ops/verifiedwrite.h"
#include "ops/writereconciler.h"
#include "sandboxfixture.h"

#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace {

WriteOutcome runToEnd(VerifiedWrite *w, int waitMs = 20000)
{
    QSignalSpy done(w, &VerifiedWrite::finished);
    w->start();
    if (done.isEmpty())
        done.wait(waitMs);
    return w->outcome();
}

} // namespace

class TestVerifiedWrite : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void allocatesAndAuditsBeforeAndAfter();
    void refusedByTheServer();
    void badInputSendsNothing();
    void noAuditLogNoWrite();
    void throttledBeforeProcessingIsSentAgain();
    void lostAnswerFoundInRecords();
    void neverAppliedNeedsTheLateProbe();
    void foreignWriteOfTheSameAmountIsUnknown();
    void interruptedWriteIsSettledOnRestart();
    void concurrentWriters_data();
    void concurrentWriters();

private:
    WriteSpec allocate(const QString &amount) const
    {
        return FundsWrites::customer(
            FundsWrites::Kind::Allocate, m_customer,
            Decimal::parse(amount, Decimal::ParseMode::UserInput).value_or(Decimal::invalid()));
    }
    int adjustRecords(const QString &customer);
    QList<AuditLog::Entry> auditFor(qint64 intentId);

    SandboxFixture m_sbx;
    QString m_customer;
};

void TestVerifiedWrite::initTestCase()
{
    QString error;
    QVERIFY2(m_sbx.start({9, 200, false}, &error), qPrintable(error));
    m_customer =
        m_sbx.customerWhere(QStringLiteral("association_type = '2' AND indirect_partner_id = ''"));
    m_sbx.client->setTimeoutMs(1000);
}

int TestVerifiedWrite::adjustRecords(const QString &customer)
{
    QSqlQuery q = m_sbx.store->query();
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM adjust_records WHERE customer_id = ?"));
    q.addBindValue(customer);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

QList<AuditLog::Entry> TestVerifiedWrite::auditFor(qint64 intentId)
{
    QList<AuditLog::Entry> out;
    AuditLog::Filter f;
    f.limit = 100000;
    for (const AuditLog::Entry &e : m_sbx.audit()->entries(f)) {
        if (e.intentId == intentId)
            out.prepend(e); // oldest first
    }
    return out;
}

void TestVerifiedWrite::allocatesAndAuditsBeforeAndAfter()
{
    const Decimal cash = m_sbx.store->partnerCash();
    VerifiedWrite w(m_sbx.writer(), allocate(QStringLiteral("10.10")));
    QSignalSpy sending(&w, &VerifiedWrite::sending);
    // The intent is committed before the write leaves: checked at the moment it is sent.
    bool intentBeforeSend = false;
    connect(&w, &VerifiedWrite::sending, this, [&] {
        const auto entries = auditFor(w.outcome().intentId);
        intentBeforeSend = entries.size() == 1 && entries.first().result == u"intent";
    });
    const WriteOutcome o = runToEnd(&w);
    QCOMPARE(int(o.kind), int(WriteOutcome::Kind::Done));
    QVERIFY(!o.reference.isEmpty());
    QVERIFY(!o.fromRecords);
    QVERIFY(intentBeforeSend);
    QCOMPARE(m_sbx.store->partnerCash(), cash - *Decimal::parse(u"10.10"));
    const auto entries = auditFor(o.intentId);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).result, QStringLiteral("intent"));
    QCOMPARE(entries.at(1).result, QStringLiteral("done"));
    QCOMPARE(entries.at(1).amount, *Decimal::parse(u"10.10"));
    QCOMPARE(entries.at(1).currency, QStringLiteral("CNY"));
    QCOMPARE(entries.at(1).detail, QStringLiteral("adjust:") + o.reference);
    QCOMPARE(entries.at(1).site, QStringLiteral("sandbox-china"));
}

void TestVerifiedWrite::refusedByTheServer()
{
    VerifiedWrite w(m_sbx.writer(), allocate(QStringLiteral("999999999")));
    const WriteOutcome o = runToEnd(&w);
    QCOMPARE(int(o.kind), int(WriteOutcome::Kind::NotApplied));
    QCOMPARE(o.error.code(), QStringLiteral("CBC.99005003"));
    QVERIFY(o.sent);
    const auto entries = auditFor(o.intentId);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).result, QStringLiteral("not-applied"));
    QCOMPARE(entries.at(1).errorCode, QStringLiteral("CBC.99005003"));
}

void TestVerifiedWrite::badInputSendsNothing()
{
    const int served = m_sbx.server->requestsServed();
    for (const QString &amount :
         {QStringLiteral("0"), QStringLiteral("1.234"), QStringLiteral("-5")}) {
        VerifiedWrite w(m_sbx.writer(), allocate(amount));
        const WriteOutcome o = runToEnd(&w);
        QCOMPARE(int(o.kind), int(WriteOutcome::Kind::NotApplied));
        QCOMPARE(o.error.kind(), BssError::Kind::InvalidRequest);
        QVERIFY(!o.sent);
        QCOMPARE(o.intentId, qint64(0));
    }
    QCOMPARE(m_sbx.server->requestsServed(), served);
}

void TestVerifiedWrite::noAuditLogNoWrite()
{
    // A folder where the audit database should be: it cannot be opened.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("audit.sqlite")));
    AuditLog broken(dir.filePath(QStringLiteral("audit.sqlite")));
    QVERIFY(!broken.isOpen());
    WriteJournal journal(&broken);
    Writer writer = m_sbx.writer();
    writer.journal = &journal;
    const int served = m_sbx.server->requestsServed();
    const int records = adjustRecords(m_customer);
    VerifiedWrite w(writer, allocate(QStringLiteral("1.00")));
    const WriteOutcome o = runToEnd(&w);
    QCOMPARE(int(o.kind), int(WriteOutcome::Kind::NotApplied));
    QVERIFY(!o.sent);
    QVERIFY(o.error.userMessage().contains(QStringLiteral("audit log")));
    QCOMPARE(m_sbx.server->requestsServed(), served); // not even the probe
    QCOMPARE(adjustRecords(m_customer), records);
}

void TestVerifiedWrite::throttledBeforeProcessingIsSentAgain()
{
    const int records = adjustRecords(m_customer);
    QVERIFY(m_sbx.setFaults(
        QStringLiteral("429=1,retry-after=1,count=1,on=UpdateCustomerAccountAmount")));
    VerifiedWrite w(m_sbx.writer(), allocate(QStringLiteral("2.00")));
    const WriteOutcome o = runToEnd(&w);
    QCOMPARE(int(o.kind), int(WriteOutcome::Kind::Done));
    QCOMPARE(o.history.size(), 1); // the re-send shows in the item's history
    QVERIFY(o.history.first().contains(QStringLiteral("429")));
    QCOMPARE(adjustRecords(m_customer), records + 1); // exactly once
}

void TestVerifiedWrite::lostAnswerFoundInRecords()
{
    const Decimal cash = m_sbx.store->partnerCash();
    QVERIFY(m_sbx.setFaults(QStringLiteral("lost=1,count=1,on=write")));
    VerifiedWrite w(m_sbx.writer(), allocate(QStringLiteral("3.33")));
    const WriteOutcome o = runToEnd(&w);
    QCOMPARE(int(o.kind), int(WriteOutcome::Kind::Done));
    QVERIFY(o.fromRecords);
    QVERIFY(!o.reference.isEmpty());
    QCOMPARE(m_sbx.store->partnerCash(), cash - *Decimal::parse(u"3.33")); // once
    QCOMPARE(auditFor(o.intentId).last().detail, QStringLiteral("adjust:") + o.reference);
}

void TestVerifiedWrite::neverAppliedNeedsTheLateProbe()
{
    const Decimal cash = m_sbx.store->partnerCash();
    QVERIFY(m_sbx.setFaults(QStringLiteral("timeout=1,count=1,on=write")));
    VerifiedWrite w(m_sbx.writer(1500), allocate(QStringLiteral("4.44")));
    QSignalSpy checking(&w, &VerifiedWrite::checking);
    const WriteOutcome o = runToEnd(&w);
    // The first probe after the timeout cannot tell: "unknown, checking again at …".
    QVERIFY(!checking.isEmpty());
    const auto interim = checking.first().first().value<WriteOutcome>();
    QCOMPARE(int(interim.kind), int(WriteOutcome::Kind::Unknown));
    QVERIFY(interim.nextCheck.isValid());
    QCOMPARE(int(o.kind), int(WriteOutcome::Kind::NotApplied));
    QVERIFY(o.fromRecords);
    QVERIFY(o.error.outcomeUnknown());
    QVERIFY(o.sentAt.msecsTo(o.settledAt) >= 1500); // only a late enough probe says so
    QCOMPARE(m_sbx.store->partnerCash(), cash);
}

void TestVerifiedWrite::foreignWriteOfTheSameAmountIsUnknown()
{
    const int records = adjustRecords(m_customer);
    QVERIFY(m_sbx.setFaults(QStringLiteral("lost=1,count=1,on=write")));
    VerifiedWrite w(m_sbx.writer(), allocate(QStringLiteral("5.55")));
    // Another computer moves the same amount to the same customer at the same time.
    connect(&w, &VerifiedWrite::sending, this, [this] {
        QVERIFY(m_sbx.store->addAdjustRecord(
            QString(), QStringLiteral("T-FOREIGN-1"), m_customer, QString(),
            FundsWrites::operationType(FundsWrites::Kind::Allocate), *Decimal::parse(u"5.55"),
            SandboxStore::nowUtc()));
    });
    const WriteOutcome o = runToEnd(&w);
    QCOMPARE(adjustRecords(m_customer), records + 2);
    QCOMPARE(int(o.kind), int(WriteOutcome::Kind::Unknown));
    QVERIFY(!o.nextCheck.isValid()); // final: the user must look
    QCOMPARE(o.candidates.size(), 2);
    QVERIFY(o.candidates.contains(QStringLiteral("T-FOREIGN-1")));
}

void TestVerifiedWrite::interruptedWriteIsSettledOnRestart()
{
    // A process that committed its intent, sent the write and died: its intent stays open
    // with a pid that no longer runs.
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    QVERIFY(gone.waitForFinished());
    const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 999999;
    Writer writer = m_sbx.writer(200);
    WriteSpec spec = allocate(QStringLiteral("6.66"));
    WriteJournal::Intent intent;
    intent.operation = spec.operation;
    intent.matchKey = writer.profile + u'|' + spec.matchKey;
    intent.params = spec.params;
    intent.windowStart = QDateTime::currentDateTimeUtc().addSecs(-60);
    AuditLog::Entry e;
    e.profile = writer.profile;
    e.action = spec.action;
    e.target = spec.target;
    e.amount = spec.amount;
    QString error;
    QVERIFY2(writer.journal->begin(intent, e, &error), qPrintable(error));
    QSqlQuery q(m_sbx.audit()->database());
    QVERIFY(q.exec(QStringLiteral("UPDATE write_intents SET owner_pid = %1 WHERE id = %2")
                       .arg(deadPid)
                       .arg(intent.id)));
    // Its write did land.
    QVERIFY(m_sbx.setFaults(QStringLiteral("lost=1,count=1,on=write")));
    BssJob *sent = m_sbx.run(spec.write);
    QVERIFY(sent->error().isError());

    WriteReconciler reconciler(writer);
    QSignalSpy settled(&reconciler, &WriteReconciler::settled);
    QSignalSpy finished(&reconciler, &WriteReconciler::finished);
    reconciler.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(settled.size(), 1);
    const auto o = settled.first().at(1).value<WriteOutcome>();
    QCOMPARE(int(o.kind), int(WriteOutcome::Kind::Done));
    QVERIFY(o.wasInterrupted);
    QVERIFY(o.fromRecords);
    QCOMPARE(auditFor(intent.id).last().result, QStringLiteral("done"));
    // Settled once: a second start finds nothing.
    WriteReconciler again(writer);
    QSignalSpy none(&again, &WriteReconciler::finished);
    again.start();
    QVERIFY(none.wait(5000));
    QCOMPARE(none.first().first().toInt(), 0);
}

void TestVerifiedWrite::concurrentWriters_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<bool>("threads");
    for (const char *f : {"lost=0.5", "drop=0.5", "timeout=0.5", "5xx=0.5", "lost=0.3,drop=0.3"}) {
        QTest::addRow("%s, one thread", f) << QString::fromLatin1(f) << false;
        QTest::addRow("%s, threads", f) << QString::fromLatin1(f) << true;
    }
}

// One writer with a client and a journal connection of its own, on a thread of its own.
class ThreadWriter : public QObject
{
public:
    ThreadWriter(const Writer &base, const QUrl &url, const QString &auditFile, WriteSpec spec)
        : m_base(base), m_url(url), m_file(auditFile), m_spec(std::move(spec))
    {}
    void run()
    {
        m_client = std::make_unique<BssClient>();
        m_client->setEndpoint(Endpoint::custom(m_url));
        m_client->setCredentials("FIXTUREAK", SecretBytes(QByteArrayView("fixture-sk")));
        m_client->setDomainId("fixture-domain");
        m_client->setTimeoutMs(1000);
        m_log = std::make_unique<AuditLog>(m_file);
        m_journal = std::make_unique<WriteJournal>(m_log.get());
        Writer w = m_base;
        w.client = m_client.get();
        w.journal = m_journal.get();
        auto *write = new VerifiedWrite(w, m_spec, this);
        connect(write, &VerifiedWrite::finished, this, [this](const WriteOutcome &o) {
            outcome = o;
            // Everything this thread made is ended on it (its SQLite connection among them).
            QTimer::singleShot(0, this, [this] {
                qDeleteAll(children());
                m_journal.reset();
                m_log.reset();
                m_client.reset();
                finished = true;
                thread()->quit();
            });
        });
        write->start();
    }
    WriteOutcome outcome;
    std::atomic<bool> finished{false};

private:
    Writer m_base;
    QUrl m_url;
    QString m_file;
    WriteSpec m_spec;
    std::unique_ptr<BssClient> m_client;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<WriteJournal> m_journal;
};

void TestVerifiedWrite::concurrentWriters()
{
    QFETCH(QString, fault);
    QFETCH(bool, threads);
    constexpr int N = 12;
    // A customer of its own per row, so that rows do not see each other's records.
    static int next = 0;
    QSqlQuery q = m_sbx.store->query();
    QVERIFY(
        q.exec(QStringLiteral("SELECT customer_id FROM customers WHERE association_type ="
                              " '2' AND indirect_partner_id = '' ORDER BY seq LIMIT 1 OFFSET %1")
                   .arg(5 + next++)));
    QVERIFY(q.next());
    const QString customer = q.value(0).toString();
    const int before = adjustRecords(customer);
    QVERIFY(m_sbx.setFaults(fault + QStringLiteral(",on=UpdateCustomerAccountAmount,seed=7")));
    const WriteSpec spec =
        FundsWrites::customer(FundsWrites::Kind::Allocate, customer, *Decimal::parse(u"1.00"));
    const Writer base = m_sbx.writer(1500);

    QList<WriteOutcome> outcomes;
    if (!threads) {
        std::vector<std::unique_ptr<VerifiedWrite>> writes;
        QList<std::shared_ptr<QSignalSpy>> spies;
        for (int i = 0; i < N; ++i) {
            writes.push_back(std::make_unique<VerifiedWrite>(base, spec));
            spies.append(
                std::make_shared<QSignalSpy>(writes.back().get(), &VerifiedWrite::finished));
        }
        for (auto &w : writes)
            w->start();
        for (auto &s : spies)
            QVERIFY(!s->isEmpty() || s->wait(30000));
        for (auto &w : writes)
            outcomes.append(w->outcome());
    } else {
        std::vector<std::unique_ptr<QThread>> pool;
        std::vector<std::unique_ptr<ThreadWriter>> writers;
        for (int i = 0; i < N; ++i) {
            pool.push_back(std::make_unique<QThread>());
            writers.push_back(std::make_unique<ThreadWriter>(base, m_sbx.server->baseUrl(),
                                                             m_sbx.audit()->fileName(), spec));
            writers.back()->moveToThread(pool.back().get());
            ThreadWriter *tw = writers.back().get();
            connect(pool.back().get(), &QThread::started, tw, [tw] { tw->run(); });
        }
        for (auto &t : pool)
            t->start();
        QDeadlineTimer deadline(60000);
        for (auto &w : writers)
            QTRY_VERIFY_WITH_TIMEOUT(w->finished || deadline.hasExpired(), 60000);
        for (auto &t : pool)
            QVERIFY(t->wait(10000));
        for (auto &w : writers) {
            QVERIFY(w->finished);
            outcomes.append(w->outcome);
        }
        writers.clear(); // deleted here, not on their finished threads
    }
    m_sbx.server->faults().clear();

    const int added = adjustRecords(customer) - before;
    QSet<QString> references;
    int done = 0;
    int unknown = 0;
    for (const WriteOutcome &o : std::as_const(outcomes)) {
        if (o.kind == WriteOutcome::Kind::Done) {
            ++done;
            QVERIFY2(!references.contains(o.reference),
                     qPrintable(QStringLiteral("%1 reported twice").arg(o.reference)));
            references.insert(o.reference);
        }
        unknown += o.kind == WriteOutcome::Kind::Unknown;
        QVERIFY(o.kind != WriteOutcome::Kind::Interrupted);
    }
    // Every "done" is a distinct record of the ledger, and none is made up.
    QVERIFY2(done <= added, qPrintable(QStringLiteral("%1 done, %2 added").arg(done).arg(added)));
    QSqlQuery ids = m_sbx.store->query();
    ids.prepare(QStringLiteral("SELECT trans_id FROM adjust_records WHERE customer_id = ?"));
    ids.addBindValue(customer);
    QVERIFY(ids.exec());
    QSet<QString> ledger;
    while (ids.next())
        ledger.insert(ids.value(0).toString());
    for (const QString &r : std::as_const(references))
        QVERIFY2(ledger.contains(r), qPrintable(r));
    // Nothing applied is reported as not applied: what landed is done or (at worst) unknown.
    QVERIFY2(
        added <= done + unknown,
        qPrintable(
            QStringLiteral("%1 added, %2 done, %3 unknown").arg(added).arg(done).arg(unknown)));
    qInfo("%s: %d writes, %d added, %d done, %d unknown", qPrintable(fault), N, added, done,
          unknown);
}

QTEST_MAIN(TestVerifiedWrite)
#include "tst_verifiedwrite.moc"
