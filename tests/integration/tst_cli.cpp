// partnerdesk-cli as a user runs it: sign (all shipped vectors, bad input), call against a fake
// server with credentials from the environment, exit codes and messages.
#include "clirunner.h"
#include "core/auditlog.h"
#include "core/decimal.h"
#include "fakebssserver.h"
#include "sandboxfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void version();
    void signAllVectors();
    void signBadInput_data();
    void signBadInput();
    void secretsNeverFromArgv();
    void callWithEnvironmentCredentials();
    void callErrorExitCode();
    void callRejectsBadAmountBeforeSending();
    void callWithoutCredentials();
    void messagesFollowLanguage();
    void sandboxCommand();
    void customersAndFunds();
    void coupons();
    void resellerRulesBeforeSending_data();
    void resellerRulesBeforeSending();
    void resellersAndAgency();
    void verboseLogsWithoutSecrets();

private:
    using Run = CliRunner::Run;
    Run cli(const QStringList &args, const QByteArray &input = {},
            const QProcessEnvironment &env = {})
    {
        return m_runner.run(args, input, env);
    }
    QProcessEnvironment envFor(const FakeBssServer &server);
    CliRunner m_runner{QStringLiteral(PC_CLI_PATH)};
};

void TestCli::initTestCase()
{
    QVERIFY(m_runner.isValid());
}

QProcessEnvironment TestCli::envFor(const FakeBssServer &server)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QString::fromLatin1(server.ak));
    e.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QString::fromLatin1(server.sk));
    e.insert(QStringLiteral("HUAWEICLOUD_SDK_DOMAIN_ID"), QStringLiteral("dom-1"));
    return e;
}

void TestCli::version()
{
    const Run r = cli({QStringLiteral("--version")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith("partnerdesk-cli "));
}

void TestCli::signAllVectors()
{
    QFile f(QStringLiteral(PC_TEST_DATA_DIR "/signing-vectors.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray vectors =
        QJsonDocument::fromJson(f.readAll()).object()[QLatin1String("vectors")].toArray();
    QJsonArray inputs;
    for (const QJsonValue &v : vectors)
        inputs.append(v[QLatin1String("input")]);
    const Run r = cli({QStringLiteral("sign")}, QJsonDocument(inputs).toJson());
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    const QJsonArray results = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(results.size(), vectors.size());
    for (int i = 0; i < vectors.size(); ++i) {
        const QJsonObject want = vectors[i].toObject().contains(QLatin1String("altExpected"))
                                     ? vectors[i][QLatin1String("altExpected")].toObject()
                                     : vectors[i][QLatin1String("expected")].toObject();
        const QJsonObject got = results[i].toObject();
        for (const char *key :
             {"authorization", "xSdkDate", "canonicalRequest", "stringToSign", "payloadHash"})
            QCOMPARE(got[QLatin1String(key)].toString(), want[QLatin1String(key)].toString());
        QCOMPARE(got[QLatin1String("signedHeaders")].toArray(),
                 want[QLatin1String("signedHeaders")].toArray());
        QVERIFY(got[QLatin1String("headers")].toObject().contains(QLatin1String("Authorization")));
    }
    // A single object gives a single object.
    const Run one =
        cli({QStringLiteral("sign")}, QJsonDocument(inputs.first().toObject()).toJson());
    QCOMPARE(one.code, 0);
    QVERIFY(QJsonDocument::fromJson(one.out).isObject());
}

void TestCli::signBadInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("not-json") << QByteArray("{nope") << QByteArray("JSON");
    QTest::newRow("scalar") << QByteArray("42")
                            << QByteArray(); // Qt 6.4: not JSON; later: not an object
    QTest::newRow("no-method") << QByteArray(R"({"url":"https://a/b","ak":"a","sk":"s"})")
                               << QByteArray("method");
    QTest::newRow("relative-url") << QByteArray(
                                         R"({"method":"GET","url":"/v2/x","ak":"a","sk":"s"})")
                                  << QByteArray("url");
    QTest::newRow("bad-date")
        << QByteArray(R"({"method":"GET","url":"https://a/b","ak":"a","sk":"s","date":"soon"})")
        << QByteArray("date");
    QTest::newRow("bad-headers")
        << QByteArray(R"({"method":"GET","url":"https://a/b","ak":"a","sk":"s","headers":[1]})")
        << QByteArray("headers");
    QTest::newRow("array-item")
        << QByteArray(R"([{"method":"GET","url":"https://a/b","ak":"a","sk":"s"}, 5])")
        << QByteArray("Request 2");
}

void TestCli::signBadInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, mentions);
    const Run r =
        cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("sign")}, input);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(mentions) && !r.err.trimmed().isEmpty(), r.err.constData());
    QVERIFY(!r.err.contains("\"sk\":\"s\""));
}

void TestCli::secretsNeverFromArgv()
{
    for (const QString &opt :
         {QStringLiteral("--sk=abc"), QStringLiteral("--secret-key"), QStringLiteral("--ak")}) {
        const Run r = cli({QStringLiteral("--lang"), QStringLiteral("en"), opt, QStringLiteral("x"),
                           QStringLiteral("call")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("never taken from the command line"));
    }
}

void TestCli::callWithEnvironmentCredentials()
{
    FakeBssServer server;
    QVERIFY(server.listen());
    server.script(
        "/v2/partners/sub-customers/query",
        {{200,
          R"({"count":1,"customer_infos":[{"customer_id":"c-1","account_name":"zhangsan01",)"
          R"("customer":"张三科技有限公司","telephone":"13800001234","email":"li@example.com"}]})",
          {}}});
    const Run r =
        cli({QStringLiteral("--endpoint"), server.baseUrl().toString(), QStringLiteral("--lang"),
             QStringLiteral("en"), QStringLiteral("--format"), QStringLiteral("table"),
             QStringLiteral("call"), QStringLiteral("ListSubCustomers"), QStringLiteral("--body"),
             QStringLiteral(R"({"limit":10,"offset":0})")},
            {}, envFor(server));
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(server.seen().size(), 1);
    QVERIFY2(server.seen().first().signatureOk, server.seen().first().signatureProblem.constData());
    QCOMPARE(server.seen().first().headers.value("x-language"), QByteArray("en_US"));
    QCOMPARE(server.seen().first().headers.value("x-domain-id"), QByteArray("dom-1"));
    QCOMPARE(server.seen().first().body, QByteArray(R"({"limit":10,"offset":0})"));
    QVERIFY(r.out.contains("c-1"));
    QVERIFY(r.out.contains("138****1234")); // masked by default
    QVERIFY(!r.out.contains("13800001234"));
    QVERIFY(!r.out.contains("张三科技有限公司"));

    const Run revealed =
        cli({QStringLiteral("--endpoint"), server.baseUrl().toString(), QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("--reveal"), QStringLiteral("call"),
             QStringLiteral("ListSubCustomers")},
            {}, envFor(server));
    QCOMPARE(revealed.code, 0);
    QVERIFY(revealed.out.contains("13800001234"));
}

void TestCli::callErrorExitCode()
{
    FakeBssServer server;
    QVERIFY(server.listen());
    server.script(
        "/v2/accounts/partner-accounts/adjust-amount",
        {{400, R"({"error_code":"CBC.99005003","error_msg":"Insufficient balance."})", {}}});
    const Run r = cli({QStringLiteral("--endpoint"), server.baseUrl().toString(),
                       QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("call"),
                       QStringLiteral("UpdateCustomerAccountAmount"), QStringLiteral("--body"),
                       QStringLiteral(R"({"customer_id":"c-1","amount":10.00})")},
                      {}, envFor(server));
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("CBC.99005003"));
    QVERIFY(r.err.contains("req-fake-0001"));
    QCOMPARE(server.hits("/v2/accounts/partner-accounts/adjust-amount"), 1);
    QVERIFY(!r.err.contains(server.sk));
}

void TestCli::callRejectsBadAmountBeforeSending()
{
    FakeBssServer server;
    QVERIFY(server.listen());
    server.script("/v2/accounts/partner-accounts/adjust-amount",
                  {{200, R"({"transfer_id":"T"})", {}}});
    for (const char *body :
         {R"({"customer_id":"c","amount":1.005})", R"({"customer_id":"c","amount":0})",
          R"({"customer_id":"c","amount":"abc"})", "not json",
          // Read from its digits: a double would round this to 1.00.
          R"({"customer_id":"c","amount":1.0000000000000000001})",
          // A key given twice: which one a server takes is not defined.
          R"({"customer_id":"c","amount":1,"amount":100000})",
          R"({"customer_id":"c","amount":1000000000})", R"({"customer_id":"c","amount":1e2})",
          R"({"customer_id":"c","amount":1} trailing)"}) {
        const Run r = cli({QStringLiteral("--endpoint"), server.baseUrl().toString(),
                           QStringLiteral("call"), QStringLiteral("UpdateCustomerAccountAmount"),
                           QStringLiteral("--body"), QString::fromUtf8(body)},
                          {}, envFor(server));
        QVERIFY2(r.code == 2, body);
    }
    QCOMPARE(server.hits("/v2/accounts/partner-accounts/adjust-amount"), 0);
    // A good body goes out as written.
    const Run ok =
        cli({QStringLiteral("--endpoint"), server.baseUrl().toString(), QStringLiteral("call"),
             QStringLiteral("UpdateCustomerAccountAmount"), QStringLiteral("--body"),
             QStringLiteral(R"({"customer_id":"c-audited-raw-call","amount":"12.50"})")},
            {}, envFor(server));
    QVERIFY2(ok.code == 0, ok.err.constData());
    QCOMPARE(server.hits("/v2/accounts/partner-accounts/adjust-amount"), 1);
    // A raw write is audited: its intent, then how it ended.
    {
        const QString data = qEnvironmentVariableIsSet("XDG_DATA_HOME")
                                 ? qEnvironmentVariable("XDG_DATA_HOME")
                                 : m_runner.home() + QStringLiteral("/.local/share");
        AuditLog log(data + QStringLiteral("/PartnerDesk/PartnerDesk/audit.sqlite"));
        QVERIFY(log.isOpen());
        // Only this call's entries (other tests may write to the same log at the same time).
        const QList<AuditLog::Entry> calls =
            log.entries({QStringLiteral("call"), QStringLiteral("c-audited-raw-call"), {}, {}, 10});
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls.at(0).result, QStringLiteral("done")); // newest first
        QCOMPARE(calls.at(1).result, QStringLiteral("intent"));
        QCOMPARE(calls.at(0).target, QStringLiteral("UpdateCustomerAccountAmount"));
    }
    // Usage: a repeated option or an extra argument is refused before anything is done.
    for (const QStringList &args :
         {QStringList{"funds", "allocate", "--customer", "a", "--customer", "b", "--amount", "1"},
          QStringList{"funds", "allocate", "--customer", "a", "--amount", "1", "--amount", "2"},
          QStringList{"funds", "allocate", "extra", "--customer", "a", "--amount", "1"},
          QStringList{"--yes", "--yes", "funds", "allocate", "--customer", "a", "--amount", "1"},
          QStringList{"call", "ListPartnerBalances", "ListSubCustomers"},
          QStringList{"--lang", "en", "--lang", "zh_CN", "operations"}}) {
        const Run r =
            cli(QStringList{"--endpoint", server.baseUrl().toString()} + args, {}, envFor(server));
        QVERIFY2(r.code == 2, qPrintable(args.join(u' ')));
    }
    const Run big = cli({"--lang", "en", "--endpoint", server.baseUrl().toString(), "funds",
                         "allocate", "--customer", "a", "--amount", "1000000000", "--dry-run"},
                        {}, envFor(server));
    QCOMPARE(big.code, 2);
    QVERIFY2(big.err.contains("999,999,999.99"), big.err.constData());
}

void TestCli::callWithoutCredentials()
{
    const Run r = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("call"),
                       QStringLiteral("ListPartnerBalances")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("HUAWEICLOUD_SDK_AK"));
    const Run unknown = cli({QStringLiteral("call"), QStringLiteral("NoSuchOperation")});
    QCOMPARE(unknown.code, 2);
    const Run insecure =
        cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--endpoint"),
             QStringLiteral("http://bss.example.com"), QStringLiteral("call"),
             QStringLiteral("ListPartnerBalances")},
            {}, envFor(FakeBssServer()));
    QCOMPARE(insecure.code, 2);
    QVERIFY(insecure.err.contains("loopback"));
}

void TestCli::messagesFollowLanguage()
{
    const Run zh =
        cli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("frobnicate")});
    QCOMPARE(zh.code, 2);
    QVERIFY2(QString::fromUtf8(zh.err).contains(QStringLiteral("未知命令")), zh.err.constData());
    const Run en =
        cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("frobnicate")});
    QVERIFY(en.err.contains("Unknown command"));
}

void TestCli::sandboxCommand()
{
    // The SK of the sandbox's fixed keys is refused on the command line; it comes from the
    // environment.
    QCOMPARE(cli({"sandbox", "--ak", "SBXAK", "--sk", "sbx-given-secret"}).code, 2);
    QProcess sandbox;
    QProcessEnvironment sandboxEnv = QProcessEnvironment::systemEnvironment();
    sandboxEnv.insert("PARTNERDESK_SANDBOX_SK", "sbx-given-secret");
    sandbox.setProcessEnvironment(sandboxEnv);
    sandbox.start(QStringLiteral(PC_CLI_PATH), {"sandbox", "--customers", "40", "--seed", "3",
                                                "--ak", "SBXAK", "--domain-id", "sbx-domain"});
    for (int waited = 0; !sandbox.canReadLine() && waited < 20000; waited += 10)
        QTest::qWait(10);
    const QJsonObject info = QJsonDocument::fromJson(sandbox.readLine()).object();
    QCOMPARE(info["ak"].toString(), QStringLiteral("SBXAK"));
    QCOMPARE(info["domain_id"].toString(), QStringLiteral("sbx-domain"));
    QVERIFY(!info.contains(QLatin1String("sk"))); // a given SK is never echoed
    QVERIFY(info["url"].toString().startsWith(QLatin1String("http://127.0.0.1:")));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("HUAWEICLOUD_SDK_AK", "SBXAK");
    env.insert("HUAWEICLOUD_SDK_SK", "sbx-given-secret");
    env.insert("HUAWEICLOUD_SDK_DOMAIN_ID", "sbx-domain");
    const Run list = cli({"--endpoint", info["url"].toString(), "--format", "table", "call",
                          "ListSubCustomers", "--body", R"({"limit":100})"},
                         {}, env);
    QVERIFY2(list.code == 0, list.err.constData());
    QCOMPARE(list.out.count('\n'),
             2 + 36); // header, rule, 36 own customers (4 belong to resellers)
    // Nested personal data (account_managers[].account_name) is masked too.
    const QRegularExpression manager(QStringLiteral("\"account_name\":\"([^\"]*)\""));
    auto it = manager.globalMatch(QString::fromUtf8(list.out));
    int managers = 0;
    while (it.hasNext()) {
        QVERIFY(it.next().captured(1).contains(u'*'));
        ++managers;
    }
    QCOMPARE(managers, 36);
    env.insert("HUAWEICLOUD_SDK_SK", "wrong");
    const Run bad =
        cli({"--lang", "en", "--endpoint", info["url"].toString(), "call", "ListPartnerBalances"},
            {}, env);
    QCOMPARE(bad.code, 1);
    QVERIFY(bad.err.contains("APIG.0301"));
    sandbox.kill();
    sandbox.waitForFinished(5000);
    // Secrets on the command line stay refused everywhere else.
    QCOMPARE(cli({"call", "ListPartnerBalances", "--sk", "x"}).code, 2);
}

void TestCli::customersAndFunds()
{
    SandboxFixture sbx;
    QString error;
    QVERIFY2(sbx.start({6, 60, false}, &error), qPrintable(error));
    QProcessEnvironment env = CliRunner::fixtureEnvironment();
    const QString url = sbx.server->baseUrl().toString();
    // Global options after the subcommand work too.
    const Run list =
        cli({"customers", "list", "--type", "2", "--limit", "5", "--endpoint", url}, {}, env);
    QVERIFY2(list.code == 0, list.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(list.out).object()["customer_infos"].toArray();
    QCOMPARE(rows.size(), 5);
    for (const QJsonValue &r : rows) {
        QCOMPARE(r["association_type"].toString(), QStringLiteral("2"));
        QVERIFY(r["customer"].toString().contains(u'*')); // masked unless --reveal
        // The Customers page's loader: each 代售 customer with its balance, as the store has it.
        QCOMPARE(Decimal::parse(r["balance"].toString()).value_or(Decimal::invalid()),
                 sbx.store->customerBalance(r["customer_id"].toString()));
    }
    const QString id =
        sbx.customerWhere(QStringLiteral("association_type = '2' AND indirect_partner_id = ''"));
    const Decimal before = sbx.store->customerBalance(id);
    const QStringList base{"--endpoint", url, "funds", "allocate", "--customer", id};
    Run r = cli(base + QStringList{"--amount", "5", "--dry-run"}, {}, env);
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object()["balance_after"].toString(),
             (before + Decimal::fromInt(5)).withScale(2).toString());
    QCOMPARE(sbx.store->customerBalance(id), before); // a dry run sends nothing
    const int served = sbx.server->requestsServed();
    QCOMPARE(cli(base + QStringList{"--amount", "5.001", "--yes"}, {}, env).code, 2);
    QCOMPARE(cli(base + QStringList{"--amount", "5"}, {}, env).code, 2); // no --yes, no terminal
    QCOMPARE(sbx.server->requestsServed(), served);
    r = cli(base + QStringList{"--amount", "5", "--yes"}, {}, env);
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject done = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(done["outcome"].toString(), QStringLiteral("done"));
    QVERIFY(!done["transaction_id"].toString().isEmpty());
    QCOMPARE(sbx.store->customerBalance(id), before + Decimal::fromInt(5));
    r = cli(
        {"--endpoint", url, "funds", "reclaim", "--customer", id, "--amount", "99999999", "--yes"},
        {}, env);
    QCOMPARE(r.code, 1);
    QCOMPARE(QJsonDocument::fromJson(r.out).object()["error_code"].toString(),
             QStringLiteral("CBC.99005003"));
}

void TestCli::coupons()
{
    SandboxFixture sbx;
    QString error;
    QVERIFY2(sbx.start({8, 60, false}, &error), qPrintable(error));
    QProcessEnvironment env = CliRunner::fixtureEnvironment();
    const QString url = sbx.server->baseUrl().toString();
    auto status = [&sbx](const QString &id) {
        QSqlQuery q = sbx.store->query();
        q.exec(QStringLiteral("SELECT status FROM coupons WHERE coupon_id = '%1'").arg(id));
        return q.next() ? q.value(0).toInt() : -1;
    };
    auto couponIn = [&sbx](int status, int skip) {
        QSqlQuery q = sbx.store->query();
        q.exec(QStringLiteral("SELECT coupon_id FROM coupons WHERE status = %1 AND"
                              " indirect_partner_id = '' ORDER BY seq LIMIT 1 OFFSET %2")
                   .arg(status)
                   .arg(skip));
        return q.next() ? q.value(0).toString() : QString();
    };
    const QString usable = couponIn(2, 0);
    const QString second = couponIn(2, 1);
    const QStringList ids{couponIn(1, 0), usable, couponIn(3, 0), couponIn(4, 0)};
    Run r =
        cli(QStringList{"--endpoint", url, "coupons", "reclaim"} + ids + QStringList{"--dry-run"},
            {}, env);
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object()["skipped"].toArray().size(), 3);
    QCOMPARE(status(usable), 2); // a dry run sends nothing
    r = cli(QStringList{"--endpoint", url, "coupons", "reclaim"} + ids + QStringList{"--yes"}, {},
            env);
    QVERIFY2(r.code == 0, r.err.constData()); // skipped is not a failure
    const QJsonArray results = QJsonDocument::fromJson(r.out).object()["results"].toArray();
    QCOMPARE(results.size(), 4);
    int reclaimed = 0;
    for (const QJsonValue &v : results) {
        if (v["result"].toString() == u"reclaimed") {
            ++reclaimed;
            QCOMPARE(v["coupon_id"].toString(), usable);
            QVERIFY(!v["amount"].toString().isEmpty());
        }
    }
    QCOMPARE(reclaimed, 1);
    QCOMPARE(status(usable), 5);
    // A failed reclaim makes the exit status 1.
    QVERIFY(sbx.setFaults(QStringLiteral("5xx=1,count=1,on=write")));
    r = cli({"--endpoint", url, "coupons", "reclaim", second, "--yes"}, {}, env);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains("\"not_applied\""), r.out.constData());
    QCOMPARE(status(second), 2);
    // Issue: one agency customer gets a coupon, a referral customer is refused per item.
    const QString agency =
        sbx.customerWhere(QStringLiteral("association_type = '2' AND indirect_partner_id = ''"));
    const QString referral =
        sbx.customerWhere(QStringLiteral("association_type = '1' AND indirect_partner_id = ''"));
    const QStringList issue{"--endpoint",   url,          "coupons", "issue",      "--quota",
                            "QT0000000001", "--customer", agency,    "--customer", referral,
                            "--face-value", "20"};
    QCOMPARE(cli(issue + QStringList{"--face-value", "1.234"}, {}, env).code, 2);
    r = cli(issue + QStringList{"--yes"}, {}, env);
    QCOMPARE(r.code, 1); // a partial failure
    const QJsonArray issued = QJsonDocument::fromJson(r.out).object()["results"].toArray();
    QCOMPARE(issued.size(), 2);
    QCOMPARE(issued[0]["result"].toString(), QStringLiteral("done"));
    QVERIFY(issued[0]["transaction_id"].toString().startsWith(u"CP")); // the coupon
    QCOMPARE(issued[1]["result"].toString(), QStringLiteral("not_applied"));
    QCOMPARE(issued[1]["error_code"].toString(), QStringLiteral("CBC.5021"));
}

void TestCli::resellerRulesBeforeSending_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no reseller") << QStringList{"--amount", "5"}
                                 << QStringLiteral("indirect_partner_id is required.");
    QTest::newRow("empty reseller") << QStringList{"--reseller", "", "--amount", "5"}
                                    << QStringLiteral("indirect_partner_id is required.");
    QTest::newRow("blank reseller") << QStringList{"--reseller", "  ", "--amount", "5"}
                                    << QStringLiteral("indirect_partner_id must not be blank.");
    QTest::newRow("65 characters")
        << QStringList{"--reseller", QString(65, u'r'), "--amount", "5"}
        << QStringLiteral("indirect_partner_id can have at most 64 characters.");
    QTest::newRow("zero") << QStringList{"--reseller", "rp-0001", "--amount", "0"}
                          << QStringLiteral("The amount must be greater than 0.");
    QTest::newRow("three decimals")
        << QStringList{"--reseller", "rp-0001", "--amount", "1.234"}
        << QStringLiteral("The amount can have at most 2 decimal places.");
    QTest::newRow("not a number") << QStringList{"--reseller", "rp-0001", "--amount", "abc"}
                                  << QStringLiteral(
                                         "Enter the amount as a number, for example 300.00.");
}

void TestCli::resellerRulesBeforeSending()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    for (const char *action : {"allocate", "reclaim"}) {
        const Run r = cli(QStringList{"--lang", "en", "--endpoint", "http://127.0.0.1:1",
                                      "resellers", QLatin1String(action), "--yes"} +
                          args);
        QCOMPARE(r.code, 2); // rejected before anything was sent (port 1 is never reached)
        QCOMPARE(QString::fromUtf8(r.err).trimmed(), message);
    }
}

void TestCli::resellersAndAgency()
{
    SandboxFixture sbx;
    QString error;
    QVERIFY2(sbx.start({9, 60, false}, &error), qPrintable(error));
    QProcessEnvironment env = CliRunner::fixtureEnvironment();
    const QString url = sbx.server->baseUrl().toString();
    // The sandbox agrees with the client's rules when they are bypassed (raw call).
    Run r = cli(
        {"--endpoint", url, "call", "UpdateIndirectPartnerAccount", "--body",
         QStringLiteral("{\"indirect_partner_id\":\"%1\",\"amount\":5}").arg(QString(65, u'r'))},
        {}, env);
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("CBC.0100"));
    r = cli({"--endpoint", url, "call", "UpdateIndirectPartnerAccount", "--body",
             R"({"indirect_partner_id":"","amount":5})"},
            {}, env);
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("CBC.0100"));

    // A batch allocation with one failing reseller.
    const Decimal cash = sbx.store->partnerCash();
    const Decimal theirs = sbx.store->partnerCash(QStringLiteral("rp-0001"));
    r = cli({"--endpoint", url, "resellers", "allocate", "--reseller", "rp-0001", "--reseller",
             "rp-9999", "--amount", "250.50", "--yes"},
            {}, env);
    QCOMPARE(r.code, 1); // one failed
    const QJsonArray results = QJsonDocument::fromJson(r.out).object()["results"].toArray();
    QCOMPARE(results.size(), 2);
    QVERIFY2(results[0]["result"].toString() == u"done", r.out.constData());
    QCOMPARE(results[1]["error_code"].toString(), QStringLiteral("CBC.99000037"));
    QCOMPARE(sbx.store->partnerCash(), cash - *Decimal::parse(u"250.50"));
    QCOMPARE(sbx.store->partnerCash(QStringLiteral("rp-0001")),
             theirs + *Decimal::parse(u"250.50"));
    // More than the reseller holds: refused by the server, nothing moves.
    r = cli({"--endpoint", url, "resellers", "reclaim", "--reseller", "rp-0001", "--amount",
             "99999999", "--yes"},
            {}, env);
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains("CBC.99005003"));
    QCOMPARE(sbx.store->partnerCash(QStringLiteral("rp-0001")),
             theirs + *Decimal::parse(u"250.50"));

    // The ledger through `funds records`.
    r = cli({"--endpoint", url, "funds", "records"}, {}, env);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(QJsonDocument::fromJson(r.out).object()["total_count"].toInt() > 20);
    QCOMPARE(
        cli({"--endpoint", url, "funds", "records", "--from", "2020-01-01", "--to", "2026-01-01"},
            {}, env)
            .code,
        2);

    // Payment agreements (sandbox only): add, list, void, void again.
    r = cli({"--endpoint", url, "agency", "add", "--name", "深圳星河数智科技有限公司"}, {}, env);
    QVERIFY2(r.code == 0, r.err.constData());
    const QString id = QJsonDocument::fromJson(r.out).object()["agreement_id"].toString();
    QVERIFY(!id.isEmpty());
    r = cli({"--endpoint", url, "agency", "list", "--reveal"}, {}, env);
    QVERIFY(r.out.contains(id.toUtf8()));
    QCOMPARE(cli({"--endpoint", url, "agency", "void", id}, {}, env).code, 0);
    // Voiding it again is not even sent: the agreement is void already.
    r = cli({"--endpoint", url, "agency", "void", id}, {}, env);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains("\"skipped\""), r.out.constData());
    QCOMPARE(cli({"--endpoint", url, "agency", "add", "--name", ""}, {}, env).code, 2);
}

// --verbose: every request, answer and write step on stderr, by category; never the secret key,
// a signature or a body. Without it, none of that.
void TestCli::verboseLogsWithoutSecrets()
{
    SandboxFixture sbx;
    QString error;
    QVERIFY2(sbx.start({3, 20, false}, &error), qPrintable(error));
    const QProcessEnvironment env = CliRunner::fixtureEnvironment();
    const QString url = sbx.server->baseUrl().toString();
    const QString id =
        sbx.customerWhere(QStringLiteral("association_type = '2' AND indirect_partner_id = ''"));
    Run r = cli({"--verbose", "--endpoint", url, "funds", "allocate", "--customer", id, "--amount",
                 "1.00", "--yes"},
                {}, env);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.err.contains("partnerdesk.network: send UpdateCustomerAccountAmount POST"),
             r.err.constData());
    QVERIFY(r.err.contains("partnerdesk.network: answer UpdateCustomerAccountAmount HTTP 200"));
    QVERIFY(r.err.contains("request id sbx-"));
    QVERIFY(r.err.contains("partnerdesk.ops: send UpdateCustomerAccountAmount"));
    QVERIFY(r.err.contains("partnerdesk.ops: settled UpdateCustomerAccountAmount"));
    QVERIFY(!r.err.contains("fixture-sk"));
    QVERIFY(!r.err.contains("Signature="));
    QVERIFY(!r.err.contains("\"amount\""));
    r = cli({"--endpoint", url, "call", "ListPartnerBalances"}, {}, env);
    QCOMPARE(r.code, 0);
    QVERIFY(!r.err.contains("partnerdesk."));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
