// Each sandbox fault kind against the real client: what the client sees, whether it retries
// (reads only), and — for writes whose answer went missing — that the records tell the truth.
// Also the per-AK rate limit, clock-skew rejection and the control endpoint's checks.
#include "bss/operations.h"
#include "bss/responses.h"
#include "core/decimal.h"
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>

class TestSandboxFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void badSpecsRejected();
    void latency();
    void serverErrors();
    void throttled();
    void timeouts();
    void droppedConnections();
    void malformedJson();
    void appliedButLost();
    void faultsOnlyWhereAsked();
    void clockSkewRejected();
    void perAccessKeyRateLimit();
    void controlEndpointWorksUnderSkew();
    void oversizedBodyRefusedBeforeBuffering();
    void conflictingLengthsRefused();
    void damagedStoredAmountIsAnError();

private:
    QByteArray rawExchange(const QByteArray &head, int waitMs = 3000);
    BssJob *allocate(const QString &amount);
    int adjustRecordCount();
    SandboxFixture m_sbx;
    QString m_customer;
};

void TestSandboxFaults::initTestCase()
{
    QString error;
    QVERIFY2(m_sbx.start({5, 200, false}, &error), qPrintable(error));
    m_customer =
        m_sbx.customerWhere(QStringLiteral("association_type = '2' AND indirect_partner_id = ''"));
    m_sbx.client->setTimeoutMs(1500);
}

void TestSandboxFaults::init()
{
    m_sbx.server->faults().clear();
}

BssJob *TestSandboxFaults::allocate(const QString &amount)
{
    QString problem;
    return m_sbx.run(
        Operations::allocateToCustomer(m_customer, *Decimal::parse(amount), QString(), &problem));
}

int TestSandboxFaults::adjustRecordCount()
{
    QString problem;
    Operations::AdjustRecordFilter f;
    f.customerId = m_customer;
    BssJob *j = m_sbx.run(Operations::listPartnerAdjustRecords(f, 0, 1, &problem));
    return j->error().isError() ? -1 : j->json()[u"total_count"].toInt();
}

void TestSandboxFaults::badSpecsRejected()
{
    for (const char *bad : {"5xx=2", "latency=-1", "boom=1", "5xx=0.6,429=0.6", "skew=x"}) {
        BssJob *j = m_sbx.call(QStringLiteral("SandboxSetFaults"),
                               {{QStringLiteral("spec"), QLatin1String(bad)}});
        QCOMPARE(j->error().code(), QStringLiteral("CBC.0100"));
    }
    BssJob *j = m_sbx.call(QStringLiteral("SandboxSetFaults"),
                           {{QStringLiteral("spec"), QStringLiteral("latency=10-20,5xx=10%")}});
    QVERIFY(!j->error().isError());
    QCOMPARE(j->json()[u"spec"].toString(), QStringLiteral("latency=10-20,5xx=0.1"));
    QVERIFY(m_sbx.setFaults(QString())); // cleared
    QVERIFY(m_sbx.server->faults().spec().isEmpty());
}

void TestSandboxFaults::latency()
{
    QVERIFY(m_sbx.setFaults(QStringLiteral("latency=400")));
    QElapsedTimer t;
    t.start();
    BssJob *j = m_sbx.call(QStringLiteral("ListPartnerBalances"));
    QVERIFY(!j->error().isError());
    QVERIFY2(t.elapsed() >= 390, qPrintable(QString::number(t.elapsed())));
}

void TestSandboxFaults::serverErrors()
{
    // Reads are retried with backoff and get through.
    QVERIFY(m_sbx.setFaults(QStringLiteral("5xx=1,count=2")));
    BssJob *j = m_sbx.call(QStringLiteral("ListPartnerBalances"));
    QVERIFY2(!j->error().isError(), qPrintable(j->error().diagnosticText()));
    QCOMPARE(j->attempts(), 3);
    // A write is sent once; a 5xx leaves its outcome unknown. Here nothing was applied.
    const Decimal cash = m_sbx.store->partnerCash();
    QVERIFY(m_sbx.setFaults(QStringLiteral("5xx=1,count=1,on=write")));
    j = allocate(QStringLiteral("5.00"));
    QCOMPARE(j->error().kind(), BssError::Kind::Server);
    QCOMPARE(j->attempts(), 1);
    QVERIFY(j->error().outcomeUnknown());
    QCOMPARE(m_sbx.store->partnerCash(), cash);
}

void TestSandboxFaults::throttled()
{
    QVERIFY(m_sbx.setFaults(QStringLiteral("429=1,retry-after=1,count=1")));
    QElapsedTimer t;
    t.start();
    BssJob *j = m_sbx.call(QStringLiteral("ListPartnerBalances"));
    QVERIFY2(!j->error().isError(), qPrintable(j->error().diagnosticText()));
    QCOMPARE(j->attempts(), 2);
    QVERIFY(t.elapsed() >= 950); // Retry-After honoured
    // A throttled write is not sent again by the client.
    QVERIFY(m_sbx.setFaults(QStringLiteral("429=1,retry-after=1,count=1,on=write")));
    j = allocate(QStringLiteral("1.00"));
    QCOMPARE(j->error().kind(), BssError::Kind::RateLimited);
    QCOMPARE(j->error().retryAfterSeconds(), 1);
    QCOMPARE(j->attempts(), 1);
}

void TestSandboxFaults::timeouts()
{
    QVERIFY(m_sbx.setFaults(QStringLiteral("timeout=1,count=1")));
    BssJob *j = m_sbx.call(QStringLiteral("ListPartnerBalances"));
    QVERIFY2(!j->error().isError(), qPrintable(j->error().diagnosticText()));
    QCOMPARE(j->attempts(), 2);
    // A write that gets no answer: outcome unknown, and the records show it was not applied.
    const int before = adjustRecordCount();
    QVERIFY(m_sbx.setFaults(QStringLiteral("timeout=1,count=1,on=write")));
    j = allocate(QStringLiteral("2.00"));
    QCOMPARE(j->error().kind(), BssError::Kind::Timeout);
    QVERIFY(j->error().outcomeUnknown());
    QCOMPARE(j->attempts(), 1);
    QCOMPARE(adjustRecordCount(), before);
}

void TestSandboxFaults::droppedConnections()
{
    QVERIFY(m_sbx.setFaults(QStringLiteral("drop=1,count=1")));
    BssJob *j = m_sbx.call(QStringLiteral("ListPartnerBalances"));
    QVERIFY2(!j->error().isError(), qPrintable(j->error().diagnosticText()));
    const Decimal cash = m_sbx.store->partnerCash();
    QVERIFY(m_sbx.setFaults(QStringLiteral("drop=1,count=1,on=write")));
    j = allocate(QStringLiteral("3.00"));
    QCOMPARE(j->error().kind(), BssError::Kind::Network);
    QVERIFY(j->error().outcomeUnknown());
    QCOMPARE(m_sbx.store->partnerCash(), cash); // dropped before it was applied
}

void TestSandboxFaults::malformedJson()
{
    QVERIFY(m_sbx.setFaults(QStringLiteral("malformed=1,count=1")));
    BssJob *j = m_sbx.call(QStringLiteral("ListPartnerBalances"));
    QCOMPARE(j->error().kind(), BssError::Kind::MalformedResponse);
    // A garbled answer to a write: applied, outcome unknown until the records are read.
    const int before = adjustRecordCount();
    QVERIFY(m_sbx.setFaults(QStringLiteral("malformed=1,count=1,on=write")));
    j = allocate(QStringLiteral("4.00"));
    QCOMPARE(j->error().kind(), BssError::Kind::MalformedResponse);
    QVERIFY(j->error().outcomeUnknown());
    QCOMPARE(adjustRecordCount(), before + 1);
}

// The change is made, then the connection drops: the client must not send it again, and the
// adjust records show exactly one allocation with the amount.
void TestSandboxFaults::appliedButLost()
{
    const Decimal cash = m_sbx.store->partnerCash();
    const int before = adjustRecordCount();
    QVERIFY(m_sbx.setFaults(QStringLiteral("lost=1,count=1,on=write")));
    BssJob *j = allocate(QStringLiteral("7.77"));
    QVERIFY(j->error().isError());
    QVERIFY(j->error().outcomeUnknown());
    QCOMPARE(j->attempts(), 1);
    QCOMPARE(m_sbx.store->partnerCash(), cash - *Decimal::parse(u"7.77"));
    QCOMPARE(adjustRecordCount(), before + 1);
    QString problem;
    Operations::AdjustRecordFilter f;
    f.customerId = m_customer;
    const auto records = Responses::adjustRecords(
        m_sbx.run(Operations::listPartnerAdjustRecords(f, 0, 1, &problem))->json(), &problem);
    QVERIFY(records);
    QCOMPARE(records->items.first().amount, *Decimal::parse(u"7.77"));
    // "lost" never touches reads.
    QVERIFY(m_sbx.setFaults(QStringLiteral("lost=1")));
    QVERIFY(!m_sbx.call(QStringLiteral("ListPartnerBalances"))->error().isError());
}

void TestSandboxFaults::faultsOnlyWhereAsked()
{
    QVERIFY(m_sbx.setFaults(QStringLiteral("5xx=1,on=ListIssuedPartnerCoupons")));
    QVERIFY(!m_sbx.call(QStringLiteral("ListPartnerBalances"))->error().isError());
    QCOMPARE(m_sbx.call(QStringLiteral("ListIssuedPartnerCoupons"))->error().kind(),
             BssError::Kind::Server);
    QVERIFY(m_sbx.setFaults(QStringLiteral("5xx=1,on=/v2/promotions/")));
    QVERIFY(!m_sbx.call(QStringLiteral("ListSubCustomers"))->error().isError());
    QCOMPARE(m_sbx.call(QStringLiteral("ListIssuedPartnerCoupons"))->error().kind(),
             BssError::Kind::Server);
    // The control endpoint itself is never faulted, so a test can always clear the faults.
    QVERIFY(m_sbx.setFaults(QStringLiteral("5xx=1")));
    QVERIFY(m_sbx.setFaults(QString()));
}

void TestSandboxFaults::clockSkewRejected()
{
    QVERIFY(m_sbx.setFaults(QStringLiteral("skew=1200")));
    BssJob *j = m_sbx.call(QStringLiteral("ListPartnerBalances"));
    QCOMPARE(j->error().kind(), BssError::Kind::Credentials);
    QCOMPARE(j->error().code(), QStringLiteral("APIG.0301"));
    QCOMPARE(j->attempts(), 1); // credential errors are never retried
    // The client measured the gap from the server's Date header.
    QVERIFY2(qAbs(m_sbx.client->clockSkewSeconds() - 1200) <= 5,
             qPrintable(QString::number(m_sbx.client->clockSkewSeconds())));
    m_sbx.server->faults().clear();
    QVERIFY(!m_sbx.call(QStringLiteral("ListPartnerBalances"))->error().isError());
}

void TestSandboxFaults::perAccessKeyRateLimit()
{
    QVERIFY(m_sbx.setRateLimit(4, 4));
    QString problem;
    const ApiRequest r = Operations::listPartnerBalances(QString(), &problem);
    int throttled = 0;
    connect(m_sbx.client, &BssClient::requestFailed, this, [&](const QString &, const BssError &e) {
        throttled += e.kind() == BssError::Kind::RateLimited;
    });
    QList<BssJob *> jobs;
    for (int i = 0; i < 12; ++i) {
        BssJob *job = m_sbx.client->call(r);
        job->setAutoDelete(false);
        job->setParent(this);
        jobs.append(job);
    }
    int attempts = 0;
    for (BssJob *job : jobs) {
        if (!job->isFinished())
            QVERIFY(QSignalSpy(job, &BssJob::finished).wait(20000));
        QVERIFY2(!job->error().isError(), qPrintable(job->error().diagnosticText()));
        attempts += job->attempts();
    }
    QVERIFY2(attempts > 12, "some requests must have been answered 429 and retried");
    QCOMPARE(throttled, 0); // none gave up
    m_sbx.server->rateLimiter().setLimit(0, 1);
}

void TestSandboxFaults::controlEndpointWorksUnderSkew()
{
    QVERIFY(m_sbx.setFaults(QStringLiteral("skew=1200")));
    QCOMPARE(SandboxChecks::code(allocate(QStringLiteral("1.00"))), QStringLiteral("APIG.0301"));
    // The signed control call still gets through, and turns the skew off again.
    QVERIFY(m_sbx.setFaults(QString()));
    QVERIFY(SandboxChecks::ok(allocate(QStringLiteral("1.00"))));
}

QByteArray TestSandboxFaults::rawExchange(const QByteArray &head, int waitMs)
{
    QTcpSocket s;
    s.connectToHost(m_sbx.server->baseUrl().host(), quint16(m_sbx.server->baseUrl().port()));
    if (!s.waitForConnected(3000))
        return {};
    s.write(head);
    QByteArray got;
    QElapsedTimer t;
    t.start();
    // The server is in this thread: let it run while waiting.
    while (t.elapsed() < waitMs && s.state() == QAbstractSocket::ConnectedState) {
        QTest::qWait(10);
        got += s.readAll();
    }
    return got + s.readAll();
}

void TestSandboxFaults::oversizedBodyRefusedBeforeBuffering()
{
    // Only the head of a 100 MB body is sent: the answer comes before any of the body.
    const QByteArray got = rawExchange(
        "POST /v2/accounts/partner-accounts/adjust-amount HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        "Content-Type: application/json\r\nContent-Length: 104857600\r\n\r\n{\"a\":");
    QVERIFY2(got.startsWith("HTTP/1.1 413"), got.constData());
    QVERIFY(got.contains("APIG.0201"));
    // The server goes on serving.
    QVERIFY(SandboxChecks::ok(m_sbx.call(QStringLiteral("ListPartnerBalances"))));
}

void TestSandboxFaults::conflictingLengthsRefused()
{
    QByteArray got = rawExchange("POST /v2/accounts/partner-accounts/adjust-amount HTTP/1.1\r\n"
                                 "Host: 127.0.0.1\r\nContent-Length: 4\r\n"
                                 "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
    QVERIFY2(got.startsWith("HTTP/1.1 411"), got.constData());
    got = rawExchange("POST /v2/accounts/partner-accounts/adjust-amount HTTP/1.1\r\n"
                      "Host: 127.0.0.1\r\nContent-Length: 2\r\nContent-Length: 40\r\n\r\n{}");
    QVERIFY2(got.startsWith("HTTP/1.1 400"), got.constData());
    QVERIFY(SandboxChecks::ok(m_sbx.call(QStringLiteral("ListPartnerBalances"))));
}

void TestSandboxFaults::damagedStoredAmountIsAnError()
{
    // A damaged --data file: the customer's balance is not a number. The write is refused with
    // a server error, nothing moves, and the server stays up.
    const Decimal cash = m_sbx.store->partnerCash();
    QSqlQuery q = m_sbx.store->query();
    q.prepare(QStringLiteral("UPDATE customers SET balance = '' WHERE customer_id = ?"));
    q.addBindValue(m_customer);
    QVERIFY(q.exec());
    QCOMPARE(SandboxChecks::code(allocate(QStringLiteral("1.00"))), QStringLiteral("CBC.0999"));
    QCOMPARE(m_sbx.store->partnerCash(), cash);
    q.prepare(QStringLiteral("UPDATE customers SET balance = '10.00' WHERE customer_id = ?"));
    q.addBindValue(m_customer);
    QVERIFY(q.exec());
    QVERIFY(SandboxChecks::ok(allocate(QStringLiteral("1.00"))));
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
