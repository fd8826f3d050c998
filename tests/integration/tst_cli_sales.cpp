// partnerdesk-cli's sales commands against a sandbox in this process: price inquiry (on-demand,
// period, renewal) with hand-computed totals, marketplace settlements (list, period diff from the
// sandbox and from a statement file, import), incentives/MDF, the resellers list, and the
// International site's budgets and freezing (the China site refuses them without sending); bad
// usage exits 2 before sending.
#include "clirunner.h"
#include "core/decimal.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

class TestCliSales : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void priceInquiry();
    void priceRenewal();
    void settlementsAndIncentives();
    void resellersList();
    void budgetsAndFreezing();

private:
    using Run = CliRunner::Run;
    Run cli(const QStringList &args, const QByteArray &input = {},
            const QProcessEnvironment &env = {})
    {
        return m_runner.run(args, input, env);
    }
    CliRunner m_runner{QStringLiteral(PC_CLI_PATH)};
};

void TestCliSales::initTestCase()
{
    QVERIFY(m_runner.isValid());
}

void TestCliSales::priceInquiry()
{
    SandboxFixture sbx;
    QString error;
    QVERIFY2(sbx.start({9, 60, false}, &error), qPrintable(error));
    QProcessEnvironment env = CliRunner::fixtureEnvironment();
    const QString url = sbx.server->baseUrl().toString();
    // 24 hours: 2 × 0.11 + 40 GB × 0.000486 + 5 Mbit/s × 0.063 per hour = 13.30656.
    Run r = cli({"--endpoint", url, "price", "on-demand", "--project", "p1", "--region",
                 "cn-north-4", "--line", "ecs:s6.small.1.linux*2", "--line", "evs:SAS:40", "--line",
                 "bw:19_bgp:5", "--hours", "24"},
                {}, env);
    QCOMPARE(r.code, 0);
    const QJsonObject quote = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(quote["amount"].toString(), QStringLiteral("13.30656"));
    QCOMPARE(quote["lines"].toArray().at(1)["amount"].toString(), QStringLiteral("0.46656"));
    // Three months of one s6.small at 37.00.
    r = cli({"--endpoint", url, "price", "period", "--project", "p1", "--region", "cn-north-4",
             "--line", "ecs:s6.small.1.linux", "--months", "3"},
            {}, env);
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object()["amount"].toString(),
             QStringLiteral("111.00"));
    // Refused before sending (exit 2): a bad line, a 5 GB disk, 12 months.
    r = cli({"--endpoint", url, "price", "on-demand", "--project", "p1", "--region", "cn-north-4",
             "--line", "vm:s6.small.1.linux"},
            {}, env);
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("TYPE:SPEC"));
    r = cli({"--endpoint", url, "price", "on-demand", "--project", "p1", "--region", "cn-north-4",
             "--line", "evs:SAS:5"},
            {}, env);
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("Line 1: a disk has 10 to 32,768 GB."));
    r = cli({"--endpoint", url, "price", "period", "--project", "p1", "--region", "cn-north-4",
             "--line", "ecs:s6.small.1.linux", "--months", "12"},
            {}, env);
    QCOMPARE(r.code, 2);
    // The server refuses an unknown flavour (exit 1, its code in the message).
    r = cli({"--endpoint", url, "price", "on-demand", "--project", "p1", "--region", "cn-north-4",
             "--line", "ecs:s9.huge.linux"},
            {}, env);
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("CBC.99006006"));
}

void TestCliSales::settlementsAndIncentives()
{
    SandboxFixture sbx;
    QString error;
    QVERIFY2(sbx.start({9, 60, false}, &error), qPrintable(error));
    QProcessEnvironment env = CliRunner::fixtureEnvironment();
    const QString url = sbx.server->baseUrl().toString();
    Run r = cli({"--endpoint", url, "settlements", "list", "--tab", "general"}, {}, env);
    QCOMPARE(r.code, 0);
    QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o["total_count"].toInt(), 12);
    const QString period = o["settlements"].toArray().at(1)["bill_cycle"].toString();
    const QString earlier = o["settlements"].toArray().at(2)["bill_cycle"].toString();
    r = cli({"--endpoint", url, "settlements", "list", "--period", period, "--status", "PAID"}, {},
            env);
    QCOMPARE(r.code, 0);
    for (const QJsonValue &b : QJsonDocument::fromJson(r.out).object()["settlements"].toArray()) {
        QCOMPARE(b["bill_cycle"].toString(), period);
        QCOMPARE(b["status"].toString(), QStringLiteral("PAID"));
    }
    // The diff's totals are the periods' bills.
    r = cli({"--endpoint", url, "settlements", "diff", "--from", earlier, "--to", period}, {}, env);
    QCOMPARE(r.code, 0);
    o = QJsonDocument::fromJson(r.out).object();
    Decimal from = Decimal::fromInt(0);
    const Run bills = cli({"--endpoint", url, "settlements", "list", "--period", earlier}, {}, env);
    for (const QJsonValue &b : QJsonDocument::fromJson(bills.out).object()["settlements"].toArray())
        from = from + *Decimal::fromJson(b["amount"]);
    QCOMPARE(*Decimal::parse(o["from_amount"].toString()), from);
    QCOMPARE(o["rows"].toArray().size(),
             o["new"].toInt() + o["gone"].toInt() + o["changed"].toInt() + o["unchanged"].toInt());
    // Offline: a statement file; bad rows reported on stderr with their lines, exit 1.
    const QString sample = QStringLiteral(PC_TEST_DATA "/statement_sample.csv");
    r = cli({"settlements", "diff", "--from", "2026-09", "--to", "2026-10", "--file", sample}, {},
            env);
    QCOMPARE(r.code, 1);
    o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o["new"].toInt(), 1);
    QCOMPARE(o["gone"].toInt(), 2);
    QCOMPARE(o["changed"].toInt(), 1);
    QCOMPARE(o["to_amount"].toString(), QStringLiteral("1750.50"));
    QVERIFY(r.err.contains("statement_sample.csv line 5:"));
    r = cli({"settlements", "import", sample}, {}, env);
    QCOMPARE(r.code, 1);
    o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o["rows"].toInt(), 11);
    QCOMPARE(o["imported"].toInt(), 5);
    QCOMPARE(o["problems"].toArray().size(), 6);
    // Bad usage.
    QCOMPARE(cli({"--endpoint", url, "settlements", "list", "--tab", "both"}, {}, env).code, 2);
    QCOMPARE(cli({"--endpoint", url, "settlements", "list", "--period", "2026-3"}, {}, env).code,
             2);
    QCOMPARE(cli({"--endpoint", url, "settlements", "list", "--status", "LOST"}, {}, env).code, 2);
    // Incentives and MDF.
    r = cli({"--endpoint", url, "incentives", "list", "--status", "COMPLETED"}, {}, env);
    QCOMPARE(r.code, 0);
    o = QJsonDocument::fromJson(r.out).object();
    QVERIFY(o["total_count"].toInt() > 0);
    for (const QJsonValue &p : o["payouts"].toArray())
        QCOMPARE(p["status"].toString(), QStringLiteral("COMPLETED"));
    r = cli({"--endpoint", url, "incentives", "mdf"}, {}, env);
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object()["total_count"].toInt(), 7);
    // The real site has no such API: a clear refusal, nothing sent.
    env.remove("HUAWEICLOUD_SDK_DOMAIN_ID");
    r = cli({"--site", "intl", "incentives", "list"}, {}, env);
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("no public API"));
}

void TestCliSales::priceRenewal()
{
    SandboxFixture sbx;
    QString error;
    QVERIFY2(sbx.start({9, 60, false}, &error), qPrintable(error));
    QSqlQuery q = sbx.store->query();
    QVERIFY(sbx.store->exec(&q, QStringLiteral("SELECT resource_id FROM orders WHERE status = 5 AND"
                                               " resource_spec = 's6.small.1.linux' LIMIT 1")) &&
            q.next());
    const QString resource = q.value(0).toString();
    QProcessEnvironment env = CliRunner::fixtureEnvironment();
    const QString url = sbx.server->baseUrl().toString();
    Run r = cli({"--endpoint", url, "price", "renew", "--resource", resource, "--resource",
                 "res-none", "--months", "2"},
                {}, env);
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    // 2 months of s6.small.1.linux at 37.00 list; the customer's discount may apply on top.
    QCOMPARE(o["official_website_amount"].toString(), QStringLiteral("74.00"));
    QCOMPARE(o["lines"].toArray().size(), 1);
    QCOMPARE(o["fail_resource_infos"].toArray().at(0)["resource_id"].toString(),
             QStringLiteral("res-none"));
    r = cli({"--endpoint", url, "price", "renew", "--resource", resource, "--months", "12"}, {},
            env);
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("11 months"));
    QCOMPARE(cli({"--endpoint", url, "price", "renew", "--months", "1"}, {}, env).code, 2);
}

void TestCliSales::resellersList()
{
    SandboxFixture sbx;
    QString error;
    QVERIFY2(sbx.start({9, 60, false}, &error), qPrintable(error));
    const QProcessEnvironment env = CliRunner::fixtureEnvironment();
    const QString url = sbx.server->baseUrl().toString();
    // The resellers through the Resellers page's loader: every one (all pages), with its cash.
    const Run r = cli({"--endpoint", url, "resellers", "list"}, {}, env);
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject resellers = QJsonDocument::fromJson(r.out).object();
    const QJsonArray partners = resellers["indirect_partners"].toArray();
    QVERIFY(!partners.isEmpty());
    QCOMPARE(resellers["total_count"].toInt(), partners.size());
    for (const QJsonValue &p : partners)
        QVERIFY2(Decimal::fromJson(p["balance"]).has_value(),
                 qPrintable(p["indirect_partner_id"].toString()));
}

void TestCliSales::budgetsAndFreezing()
{
    SandboxFixture sbx;
    QString error;
    QVERIFY2(sbx.start({11, 120, true}, &error), qPrintable(error));
    QProcessEnvironment env = CliRunner::fixtureEnvironment();
    const QStringList base = {"--lang", "en",         "--site",
                              "intl",   "--endpoint", sbx.server->baseUrl().toString()};
    auto count = [&sbx](const QString &sql) {
        QSqlQuery q = sbx.store->query();
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    };
    // The list: every resale customer of ours, the over-budget ones exactly the store's.
    Run r = cli(base + QStringList{"budgets", "list"}, {}, env);
    QCOMPARE(r.code, 0);
    QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value("total_count").toInt(),
             count("SELECT COUNT(*) FROM customers WHERE association_type = '3' AND"
                   " indirect_partner_id = ''"));
    r = cli(base + QStringList{"budgets", "list", "--status", "over"}, {}, env);
    QCOMPARE(r.code, 0);
    o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value("total_count").toInt(),
             count("SELECT COUNT(*) FROM budgets b JOIN customers c USING(customer_id) WHERE"
                   " c.indirect_partner_id = '' AND CAST(b.used_amount AS REAL) >="
                   " CAST(b.budget_amount AS REAL)"));
    const QJsonObject first = o.value("budgets").toArray().first().toObject();
    QCOMPARE(first.value("budget_state").toString(), QStringLiteral("over"));
    QVERIFY(first.value("customer").toString().contains(u'*')); // masked unless --reveal
    // Bad input: exit 2, nothing sent.
    const int records = count("SELECT COUNT(*) FROM budget_records");
    QCOMPARE(
        cli(base + QStringList{"budgets", "set", "--customer", "x", "--amount", "1.001", "--yes"},
            {}, env)
            .code,
        2);
    QCOMPARE(cli(base + QStringList{"budgets", "set", "--customer", "x", "--amount", "5", "--type",
                                    "weekly", "--yes"},
                 {}, env)
                 .code,
             2);
    QCOMPARE(
        cli(base + QStringList{"customers", "freeze", "--customer", "x", "--yes"}, {}, env).code,
        2); // no reason
    QCOMPARE(count("SELECT COUNT(*) FROM budget_records"), records);
    // A budget set once, and the customer frozen and unfrozen.
    const QString id = sbx.customerWhere(
        QStringLiteral("association_type = '3' AND indirect_partner_id = '' AND is_frozen = 0 AND"
                       " customer_id NOT IN (SELECT customer_id FROM budgets)")); // nothing used
    r = cli(base + QStringList{"budgets", "set", "--customer", id, "--amount", "2500", "--type",
                               "one-time", "--freeze", "auto", "--yes"},
            {}, env);
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out)
                 .object()
                 .value("results")
                 .toArray()
                 .first()
                 .toObject()
                 .value("result")
                 .toString(),
             QStringLiteral("done"));
    QCOMPARE(count("SELECT COUNT(*) FROM budget_records"), records + 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM budgets WHERE customer_id = '%1' AND"
                                  " budget_type = 'PACKAGE' AND budget_amount = '2500.00'")
                       .arg(id)),
             1);
    r = cli(
        base + QStringList{"customers", "freeze", "--customer", id, "--reason", "overdue", "--yes"},
        {}, env);
    QVERIFY2(r.code == 0, r.out + r.err);
    QCOMPARE(
        count(QStringLiteral("SELECT is_frozen FROM customers WHERE customer_id = '%1'").arg(id)),
        1);
    r = cli(base +
                QStringList{"customers", "freeze", "--customer", id, "--reason", "again", "--yes"},
            {}, env);
    QCOMPARE(r.code, 1); // skipped: already frozen, nothing sent
    QVERIFY(r.out.contains("skipped"));
    r = cli(base +
                QStringList{"customers", "unfreeze", "--customer", id, "--reason", "paid", "--yes"},
            {}, env);
    QCOMPARE(r.code, 0);
    QCOMPARE(
        count(QStringLiteral("SELECT is_frozen FROM customers WHERE customer_id = '%1'").arg(id)),
        0);
    r = cli(base + QStringList{"budgets", "quota"}, {}, env);
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value("currency").toString(),
             QStringLiteral("USD"));
    // The China site has no budgets: refused before anything is sent.
    SandboxFixture china;
    QVERIFY2(china.start({11, 20, false}, &error), qPrintable(error));
    const int served = china.server->requestsServed();
    r = cli({"--lang", "en", "--endpoint", china.server->baseUrl().toString(), "budgets", "list"},
            {}, env);
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("only on the International site"));
    QVERIFY(china.server->requestsServed() <= served + 1); // at most the account-id lookup
}

QTEST_GUILESS_MAIN(TestCliSales)
#include "tst_cli_sales.moc"
