// The BSS client against a scripted fake server over real HTTP on loopback: signatures as the
// gateway checks them, every error class, retries only for reads, Retry-After, timeouts, dropped
// connections, TLS failures and refused endpoints.
#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/operations.h"
#include "bss/responses.h"
#include "fakebssserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using Reply = FakeBssServer::Reply;

class BlackHole;

class TestBssClient : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void signedReadSucceeds();
    void queryAndBodyArriveExactlyAsSigned();
    void languageHeaderFollowsUi();
    void errorClasses_data();
    void errorClasses();
    void readsRetryWritesNever();
    void retryAfterHonoured();
    void writeNotRetriedOnRateLimit();
    void partialFailuresSurfacePerItem();
    void timeoutRead();
    void timeoutWriteIsUnknownOutcome();
    void droppedConnectionWrite();
    void refusedConnectionIsKnownNotSent();
    void tlsFailureNeverIgnored();
    void plainHttpOnlyToLoopback();
    void missingCredentialsRefused();
    void operationsTheSiteLacksAreRefused();
    void cancelRead();
    void clockSkewExplained();

private:
    // Points the client at `hole` (a server that accepts and never answers).
    bool pointAt(BlackHole &hole, const char *scheme = "http");
    BssJob *run(const ApiRequest &request);
    ApiRequest balances();
    ApiRequest allocate();
    FakeBssServer *m_server = nullptr;
    BssClient *m_client = nullptr;
};

void TestBssClient::init()
{
    m_server = new FakeBssServer(this);
    QVERIFY(m_server->listen());
    m_client = new BssClient(this);
    m_client->setEndpoint(Endpoint::custom(m_server->baseUrl()));
    m_client->setCredentials(m_server->ak, SecretBytes(m_server->sk));
    m_client->setDomainId("0970dd7a1300f5672ff2c003c60ae115");
    RetryPolicy fast;
    fast.baseDelayMs = 20;
    fast.maxDelayMs = 80;
    m_client->setRetryPolicy(fast);
    m_client->setTimeoutMs(5000);
}

void TestBssClient::cleanup()
{
    delete m_client;
    delete m_server;
}

BssJob *TestBssClient::run(const ApiRequest &request)
{
    BssJob *job = m_client->call(request);
    job->setAutoDelete(false);
    job->setParent(this);
    QSignalSpy spy(job, &BssJob::finished);
    if (!job->isFinished())
        spy.wait(20000);
    return job;
}

ApiRequest TestBssClient::balances()
{
    QString problem;
    return Operations::listPartnerBalances(QString(), &problem);
}

ApiRequest TestBssClient::allocate()
{
    QString problem;
    ApiRequest r = Operations::allocateToCustomer(QStringLiteral("cust-1"),
                                                  *Decimal::parse(u"300.5"), QString(), &problem);
    Q_ASSERT(problem.isEmpty());
    return r;
}

void TestBssClient::signedReadSucceeds()
{
    const QByteArray path = "/v2/accounts/partner-accounts/balances";
    m_server->script(path, {Reply{200,
                                  R"({"account_balances":[{"account_id":"a1","account_type":1,)"
                                  R"("amount":1234.56,"currency":"CNY","measure_id":1}]})",
                                  {}}});
    BssJob *job = run(balances());
    QVERIFY2(!job->error().isError(), qPrintable(job->error().diagnosticText()));
    QCOMPARE(job->httpStatus(), 200);
    QCOMPARE(m_server->seen().size(), 1);
    const auto &seen = m_server->seen().first();
    QVERIFY2(seen.signatureOk, seen.signatureProblem.constData());
    QCOMPARE(seen.headers.value("x-domain-id"), QByteArray("0970dd7a1300f5672ff2c003c60ae115"));
    QString problem;
    const auto list = Responses::partnerBalances(job->json(), &problem);
    QVERIFY(list);
    QCOMPARE(list->first().amount.toString(), QStringLiteral("1234.56"));
}

void TestBssClient::queryAndBodyArriveExactlyAsSigned()
{
    const QByteArray path = "/v2/promotions/benefits/partner-coupons";
    m_server->script(path, {Reply{200, R"({"total_count":0,"user_coupons":[]})", {}}});
    QString unused;
    ApiRequest r = Operations::byName(QStringLiteral("ListIssuedPartnerCoupons"), &unused);
    r.addQuery("customer_id", QString::fromUtf8("a b+c*/~!'()资"));
    r.addQuery("limit", QStringLiteral("10"));
    BssJob *job = run(r);
    QVERIFY2(!job->error().isError(), qPrintable(job->error().diagnosticText()));
    QVERIFY2(m_server->seen().last().signatureOk,
             m_server->seen().last().signatureProblem.constData());
    QCOMPARE(m_server->seen().last().rawQuery,
             QByteArray("customer_id=a%20b%2Bc%2A%2F~%21%27%28%29%E8%B5%84&limit=10"));

    const QByteArray adjust = "/v2/accounts/partner-accounts/adjust-amount";
    m_server->script(adjust, {Reply{200, R"({"transfer_id":"T-1"})", {}}});
    BssJob *w = run(allocate());
    QVERIFY(!w->error().isError());
    QCOMPARE(m_server->seen().last().body,
             QByteArray(R"({"customer_id":"cust-1","amount":300.50})"));
    QVERIFY(m_server->seen().last().signatureOk);
    QString problem;
    QCOMPARE(*Responses::transactionId(w->json(), &problem), QStringLiteral("T-1"));
}

void TestBssClient::languageHeaderFollowsUi()
{
    m_server->script("/v2/accounts/partner-accounts/balances", {Reply{}});
    m_client->setLanguage(QStringLiteral("en"));
    run(balances());
    QCOMPARE(m_server->seen().last().headers.value("x-language"), QByteArray("en_US"));
    m_client->setLanguage(QStringLiteral("zh_CN"));
    run(balances());
    QCOMPARE(m_server->seen().last().headers.value("x-language"), QByteArray("zh_CN"));
    QVERIFY(m_server->seen().last().signatureOk);
}

void TestBssClient::errorClasses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    using K = BssError::Kind;
    QTest::newRow("apig-0301")
        << 401
        << QByteArray(
               R"({"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information: verify aksk signature fail"})")
        << int(K::Credentials) << "APIG.0301";
    QTest::newRow("cbc-0154") << 401
                              << QByteArray(
                                     R"({"error_code":"CBC.0154","error_msg":"token invalid"})")
                              << int(K::Credentials) << "CBC.0154";
    QTest::newRow("cbc-0155") << 403
                              << QByteArray(
                                     R"({"error_code":"CBC.0155","error_msg":"not allowed"})")
                              << int(K::Credentials) << "CBC.0155";
    QTest::newRow("cbc-0151") << 403
                              << QByteArray(
                                     R"({"error_code":"CBC.0151","error_msg":"Access denied."})")
                              << int(K::Permission) << "CBC.0151";
    QTest::newRow("reseller") << 400
                              << QByteArray(
                                     R"({"error_code":"CBC.99000037","error_msg":"no permission"})")
                              << int(K::Permission) << "CBC.99000037";
    QTest::newRow("ip-limited")
        << 400
        << QByteArray(
               R"({"error_code":"CBC.99007197","error_msg":"Your IP has been rate-limited"})")
        << int(K::RateLimited) << "CBC.99007197";
    QTest::newRow("balance")
        << 400 << QByteArray(R"({"error_code":"CBC.99005003","error_msg":"insufficient balance"})")
        << int(K::BusinessRule) << "CBC.99005003";
    QTest::newRow("param") << 400
                           << QByteArray(
                                  R"({"error_code":"CBC.0100","error_msg":"Parameter error."})")
                           << int(K::BusinessRule) << "CBC.0100";
    QTest::newRow("server") << 500
                            << QByteArray(R"({"error_code":"CBC.0999","error_msg":"Other error."})")
                            << int(K::Server) << "CBC.0999";
    QTest::newRow("bad-json-200") << 200 << QByteArray("<html>oops") << int(K::MalformedResponse)
                                  << "";
    QTest::newRow("json-array-200")
        << 200 << QByteArray("[1,2]") << int(K::MalformedResponse) << "";
    QTest::newRow("html-400") << 400 << QByteArray("<html>Bad Request</html>")
                              << int(K::MalformedResponse) << "";
}

void TestBssClient::errorClasses()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, code);
    RetryPolicy once;
    once.maxAttempts = 1;
    m_client->setRetryPolicy(once);
    m_server->script("/v2/accounts/partner-accounts/balances", {Reply{status, body, {}}});
    BssJob *job = run(balances());
    QCOMPARE(int(job->error().kind()), kind);
    QCOMPARE(job->error().code(), code);
    QCOMPARE(job->error().requestId(), QStringLiteral("req-fake-0001"));
    QVERIFY(!job->error().userMessage().isEmpty());
    if (!code.isEmpty())
        QVERIFY(job->error().userMessage().contains(code));
    QVERIFY(!job->error().outcomeUnknown()); // a read never has an unknown outcome
}

void TestBssClient::readsRetryWritesNever()
{
    m_server->script(
        "/v2/accounts/partner-accounts/balances",
        {Reply{503, "{}", {}}, Reply{502, "{}", {}}, Reply{200, R"({"account_balances":[]})", {}}});
    BssJob *read = run(balances());
    QVERIFY2(!read->error().isError(), qPrintable(read->error().diagnosticText()));
    QCOMPARE(read->attempts(), 3);
    QCOMPARE(m_server->hits("/v2/accounts/partner-accounts/balances"), 3);

    const QByteArray adjust = "/v2/accounts/partner-accounts/adjust-amount";
    m_server->script(adjust, {Reply{503, R"({"error_code":"CBC.0999","error_msg":"busy"})", {}},
                              Reply{200, R"({"transfer_id":"T"})", {}}});
    BssJob *write = run(allocate());
    QCOMPARE(write->error().kind(), BssError::Kind::Server);
    QVERIFY(write->error().outcomeUnknown());
    QVERIFY(write->error().userMessage().contains(QStringLiteral("did not retry")));
    QCOMPARE(write->attempts(), 1);
    QCOMPARE(m_server->hits(adjust), 1);
}

void TestBssClient::retryAfterHonoured()
{
    m_server->script("/v2/accounts/partner-accounts/balances",
                     {Reply{429,
                            R"({"error_code":"APIG.0308","error_msg":"throttled"})",
                            {{"Retry-After", "1"}}},
                      Reply{200, "{}", {}}});
    QElapsedTimer t;
    t.start();
    BssJob *job = run(balances());
    QVERIFY(!job->error().isError());
    QCOMPARE(job->attempts(), 2);
    QVERIFY2(t.elapsed() >= 950, qPrintable(QString::number(t.elapsed())));
}

void TestBssClient::writeNotRetriedOnRateLimit()
{
    const QByteArray adjust = "/v2/accounts/partner-accounts/adjust-amount";
    m_server->script(adjust, {Reply{429, "{}", {{"Retry-After", "1"}}},
                              Reply{200, R"({"transfer_id":"T"})", {}}});
    BssJob *job = run(allocate());
    QCOMPARE(job->error().kind(), BssError::Kind::RateLimited);
    QCOMPARE(job->error().retryAfterSeconds(), 1);
    QVERIFY(!job->error().outcomeUnknown()); // 429: the gateway refused it, nothing happened
    QCOMPARE(m_server->hits(adjust), 1);
}

void TestBssClient::partialFailuresSurfacePerItem()
{
    const QByteArray path = "/v2/promotions/benefits/partner-coupons";
    m_server->script(
        path,
        {Reply{
            200,
            R"({"coupon_infos":[{"id":"c1","coupon_id":"K1"}],)"
            R"("error_details":[{"id":"c2","error_code":"CBC.99000035","error_msg":"not your customer"}]})",
            {}}});
    QString problem;
    ApiRequest r = Operations::byName(QStringLiteral("CreatePartnerCoupons"), &problem);
    r.body = R"({"quota_id":"q","customer_ids":["c1","c2"],"face_value":10})";
    BssJob *job = run(r);
    QVERIFY(!job->error().isError());
    QCOMPARE(job->partialFailures().size(), 1);
    QCOMPARE(job->partialFailures().first().id, QStringLiteral("c2"));
    QCOMPARE(job->partialFailures().first().code, QStringLiteral("CBC.99000035"));
}

// A server that accepts connections and never answers.
class BlackHole : public QTcpServer
{
public:
    int accepted = 0;
    QList<QTcpSocket *> sockets;
    BlackHole()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                ++accepted;
                sockets.append(s);
                if (dropOnData)
                    connect(s, &QTcpSocket::readyRead, s, [s] {
                        s->readAll();
                        s->abort();
                    });
            }
        });
    }
    bool dropOnData = false;
};

bool TestBssClient::pointAt(BlackHole &hole, const char *scheme)
{
    if (!hole.listen(QHostAddress::LocalHost, 0))
        return false;
    m_client->setEndpoint(Endpoint::custom(QUrl(
        QStringLiteral("%1://127.0.0.1:%2").arg(QLatin1String(scheme)).arg(hole.serverPort()))));
    return true;
}

void TestBssClient::timeoutRead()
{
    BlackHole hole;
    hole.dropOnData = false;
    QVERIFY(pointAt(hole, "http"));
    m_client->setTimeoutMs(300);
    RetryPolicy two;
    two.maxAttempts = 2;
    two.baseDelayMs = 10;
    m_client->setRetryPolicy(two);
    BssJob *job = run(balances());
    QCOMPARE(job->error().kind(), BssError::Kind::Timeout);
    QCOMPARE(job->attempts(), 2);
    QVERIFY(!job->error().outcomeUnknown());
}

void TestBssClient::timeoutWriteIsUnknownOutcome()
{
    BlackHole hole;
    hole.dropOnData = false;
    QVERIFY(pointAt(hole, "http"));
    m_client->setTimeoutMs(300);
    BssJob *job = run(allocate());
    QCOMPARE(job->error().kind(), BssError::Kind::Timeout);
    QVERIFY(job->error().outcomeUnknown());
    QCOMPARE(job->attempts(), 1);
    QTest::qWait(200);
    QCOMPARE(hole.accepted, 1);
}

void TestBssClient::droppedConnectionWrite()
{
    BlackHole hole;
    hole.dropOnData = true;
    QVERIFY(pointAt(hole, "http"));
    BssJob *job = run(allocate());
    QCOMPARE(job->error().kind(), BssError::Kind::Network);
    QVERIFY(job->error().outcomeUnknown());
    QCOMPARE(job->attempts(), 1);
}

void TestBssClient::refusedConnectionIsKnownNotSent()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    m_client->setEndpoint(Endpoint::custom(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
    BssJob *job = run(allocate());
    QCOMPARE(job->error().kind(), BssError::Kind::Network);
    QVERIFY(!job->error().outcomeUnknown());
}

void TestBssClient::tlsFailureNeverIgnored()
{
    // An HTTPS request to a server that does not speak TLS: the handshake fails and the client
    // reports it as a TLS error (it never falls back or ignores).
    BlackHole hole;
    QVERIFY(hole.listen(QHostAddress::LocalHost, 0));
    connect(&hole, &QTcpServer::newConnection, &hole, [&hole] {
        for (QTcpSocket *s : hole.sockets)
            s->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
    });
    m_client->setEndpoint(
        Endpoint::custom(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(hole.serverPort()))));
    BssJob *job = run(allocate());
    QCOMPARE(job->error().kind(), BssError::Kind::Tls);
    QVERIFY(!job->error().outcomeUnknown());
}

void TestBssClient::plainHttpOnlyToLoopback()
{
    QVERIFY(!Endpoint::custom(QUrl(QStringLiteral("http://10.1.2.3:8080"))).isValid());
    QVERIFY(!Endpoint::custom(QUrl(QStringLiteral("http://bss.example.com"))).isValid());
    QVERIFY(!Endpoint::custom(QUrl(QStringLiteral("ftp://127.0.0.1"))).isValid());
    QVERIFY(Endpoint::custom(QUrl(QStringLiteral("http://localhost:1"))).isValid());
    QVERIFY(Endpoint::custom(QUrl(QStringLiteral("http://[::1]:1"))).isValid());
    QVERIFY(Endpoint::custom(QUrl(QStringLiteral("https://bss.example.com"))).isValid());
    m_client->setEndpoint(Endpoint::custom(QUrl(QStringLiteral("http://bss.example.com"))));
    BssJob *job = run(balances());
    QCOMPARE(job->error().kind(), BssError::Kind::InvalidRequest);
    QCOMPARE(job->attempts(), 1);
    QVERIFY(job->error().userMessage().contains(QStringLiteral("loopback")));
}

void TestBssClient::missingCredentialsRefused()
{
    BssClient bare;
    bare.setEndpoint(Endpoint::custom(m_server->baseUrl()));
    BssJob *job = bare.call(balances());
    QSignalSpy done(job, &BssJob::finished);
    QVERIFY(done.wait(5000));
    QCOMPARE(job->error().kind(), BssError::Kind::InvalidRequest);
    QCOMPARE(m_server->seen().size(), 0);
}

// An operation the site lacks never leaves the client: the China site's transfers on an
// International endpoint, an International-only name on China, the sandbox's extensions on a
// real site.
void TestBssClient::operationsTheSiteLacksAreRefused()
{
    QString problem;
    m_client->setEndpoint(Endpoint::custom(m_server->baseUrl(), Endpoint::Api::International));
    BssJob *job = m_client->call(balances()); // ListPartnerBalances: China only
    QSignalSpy done(job, &BssJob::finished);
    // The refusal is reported after call() returns, so a caller that connects then hears it.
    QVERIFY(!job->isFinished());
    QVERIFY(done.wait(5000));
    QCOMPARE(job->error().kind(), BssError::Kind::InvalidRequest);
    QVERIFY2(job->error().userMessage().contains(QLatin1String("ListPartnerBalances")),
             qPrintable(job->error().userMessage()));
    QCOMPARE(m_server->seen().size(), 0);
    // Both sites have ListSubCustomers: it is sent.
    m_server->script("/v2/partners/sub-customers/query", {Reply{200, R"({"count":0})", {}}});
    job = m_client->call(Operations::listSubCustomers({}, 0, 10, &problem));
    QSignalSpy sent(job, &BssJob::finished);
    QVERIFY(sent.wait(5000));
    QVERIFY2(!job->error().isError(), qPrintable(job->error().diagnosticText()));
    QCOMPARE(m_server->seen().size(), 1);

    QVERIFY(Operations::availableOn(QStringLiteral("ListPartnerBalances"), Endpoint::china()));
    QVERIFY(
        !Operations::availableOn(QStringLiteral("ListPartnerBalances"), Endpoint::international()));
    QVERIFY(Operations::availableOn(QStringLiteral("ListSubCustomers"), Endpoint::international()));
    QVERIFY(!Operations::availableOn(QStringLiteral("SandboxListSettlements"), Endpoint::china()));
    QVERIFY(Operations::availableOn(QStringLiteral("SandboxListSettlements"),
                                    Endpoint::custom(m_server->baseUrl())));
    QVERIFY(!Operations::availableOn(QStringLiteral("NoSuchOperation"), Endpoint::china()));
}

void TestBssClient::cancelRead()
{
    BlackHole hole;
    hole.dropOnData = false;
    QVERIFY(pointAt(hole, "http"));
    BssJob *job = m_client->call(balances());
    job->setAutoDelete(false);
    QSignalSpy spy(job, &BssJob::finished);
    QTest::qWait(100);
    job->cancel();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(job->error().kind(), BssError::Kind::Cancelled);
    delete job;
}

void TestBssClient::clockSkewExplained()
{
    m_server->script(
        "/v2/accounts/partner-accounts/balances",
        {Reply{401, R"({"error_code":"APIG.0301","error_msg":"verify aksk signature fail"})", {}}});
    m_client->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(-40 * 60); });
    BssJob *job = run(balances());
    QCOMPARE(job->error().kind(), BssError::Kind::Credentials);
    QCOMPARE(job->attempts(), 1); // never retried: 5 failures lock the AK
    QVERIFY(qAbs(job->error().clockSkewSeconds() - 40 * 60) < 120);
    QVERIFY2(job->error().userMessage().contains(QStringLiteral("clock")),
             qPrintable(job->error().userMessage()));
}

QTEST_GUILESS_MAIN(TestBssClient)
#include "tst_bssclient.moc"
