// 询价 against the sandbox's price catalogue: the requests PriceInquiry builds are priced to the
// hand-computed totals (list prices from the catalogue, the 85 % contract discount of a V5
// customer as the best offer), every input rule is refused before sending with its message, and
// the sandbox refuses what the client would not catch (an unknown flavour).
#include "bss/priceinquiry.h"
#include "sandboxfixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace SandboxChecks;

class TestPriceInquiry : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void onDemandMatchesTheCatalogue();
    void periodTakesTheBestOffer();
    void rulesBeforeSending_data();
    void rulesBeforeSending();
    void unknownProductIsRefusedByTheServer();
    void renewalOfExistingResources();

private:
    static PriceInquiry::Request threeLines(const QString &project);
    SandboxFixture m_sbx;
};

void TestPriceInquiry::initTestCase()
{
    QString error;
    QVERIFY2(m_sbx.start({4, 120, false}, &error), qPrintable(error));
}

PriceInquiry::Request TestPriceInquiry::threeLines(const QString &project)
{
    using P = PriceInquiry::Product;
    return {project,
            QStringLiteral("cn-north-4"),
            {{QStringLiteral("vm"), P::Ecs, QStringLiteral("s6.small.1.linux"), 0, 2},
             {QStringLiteral("disk"), P::Evs, QStringLiteral("SAS"), 40, 1},
             {QStringLiteral("bw"), P::Bandwidth, QStringLiteral("19_bgp"), 5, 1}}};
}

void TestPriceInquiry::onDemandMatchesTheCatalogue()
{
    // Not a customer's project: no discount. 24 hours of
    //   2 × s6.small.1.linux at 0.11/h            = 5.28
    //   SAS 40 GB at 0.000486/GB/h                = 0.46656
    //   19_bgp 5 Mbit/s at 0.063/Mbit/s/h         = 7.56
    QString problem;
    const ApiRequest r =
        PriceInquiry::onDemand(threeLines(QStringLiteral("no-discount-project")), 24, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    BssJob *job = m_sbx.run(r);
    QVERIFY(ok(job));
    const auto quote = PriceInquiry::onDemandQuote(job->json(), &problem);
    QVERIFY2(quote, qPrintable(problem));
    QCOMPARE(quote->official, *Decimal::parse(u"13.30656"));
    QCOMPARE(quote->amount, *Decimal::parse(u"13.30656"));
    QVERIFY(quote->discount.isZero());
    QCOMPARE(quote->currency, QStringLiteral("CNY"));
    QCOMPARE(quote->lines.size(), 3);
    QCOMPARE(quote->lines.at(0).amount, *Decimal::parse(u"5.28"));
    QCOMPARE(quote->lines.at(1).amount, *Decimal::parse(u"0.46656")); // all 5 decimals kept
    QCOMPARE(quote->lines.at(2).amount, *Decimal::parse(u"7.56"));
    QCOMPARE(quote->lines.at(0).productId, QStringLiteral("OFFI-ECS-S6S1L"));
}

void TestPriceInquiry::periodTakesTheBestOffer()
{
    // A V5 customer's project: the 85 % contract discount is the best offer. Three months of
    //   2 × s6.large.2.linux at 143.40/month     = 860.40 → 731.34
    //   2 × SSD 100 GB at 1.00/GB/month          = 600.00 → 510.00
    const QString v5 = m_sbx.customerWhere(QStringLiteral("customer_level = 'V5'"));
    QVERIFY(!v5.isEmpty());
    using P = PriceInquiry::Product;
    const PriceInquiry::Request req{
        v5,
        QStringLiteral("cn-north-4"),
        {{QStringLiteral("vm"), P::Ecs, QStringLiteral("s6.large.2.linux"), 0, 2},
         {QStringLiteral("disk"), P::Evs, QStringLiteral("SSD"), 100, 2}}};
    QString problem;
    const ApiRequest r = PriceInquiry::period(req, PriceInquiry::Period::Month, 3, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    BssJob *job = m_sbx.run(r);
    QVERIFY(ok(job));
    const auto quote = PriceInquiry::periodQuote(job->json(), &problem);
    QVERIFY2(quote, qPrintable(problem));
    QCOMPARE(quote->official, *Decimal::parse(u"1460.40"));
    QCOMPARE(quote->amount, *Decimal::parse(u"1241.34"));
    QCOMPARE(quote->discount, *Decimal::parse(u"219.06"));
    QVERIFY(quote->discountName.contains(u"85"));
    QCOMPARE(quote->lines.at(0).official, *Decimal::parse(u"860.40"));
    QCOMPARE(quote->lines.at(0).amount, *Decimal::parse(u"731.34"));
    QCOMPARE(quote->lines.at(1).amount, *Decimal::parse(u"510.00"));
    // A year is ten months' list price.
    const ApiRequest year = PriceInquiry::period(req, PriceInquiry::Period::Year, 1, &problem);
    job = m_sbx.run(year);
    QVERIFY(ok(job));
    QCOMPARE(PriceInquiry::periodQuote(job->json(), &problem)->official,
             *Decimal::parse(u"4868.00")); // (286.80 + 200.00) × 10
}

void TestPriceInquiry::rulesBeforeSending_data()
{
    QTest::addColumn<int>("rule");
    QTest::addColumn<QString>("message");
    QTest::newRow("no project") << 0 << QStringLiteral("project_id is required.");
    QTest::newRow("no region") << 1 << QStringLiteral("region is required.");
    QTest::newRow("no lines") << 2 << QStringLiteral("Price 1 to 100 product lines at a time.");
    QTest::newRow("same id") << 3 << QStringLiteral("Line 2: the id vm is used twice.");
    QTest::newRow("no flavour") << 4 << QStringLiteral("Line 1: choose the flavour or type.");
    QTest::newRow("tiny disk") << 5 << QStringLiteral("Line 2: a disk has 10 to 32,768 GB.");
    QTest::newRow("no bandwidth") << 6 << QStringLiteral("Line 3: bandwidth is 1 to 2,000 Mbit/s.");
    QTest::newRow("zero quantity") << 7 << QStringLiteral("Line 1: the quantity is 1 to 10,000.");
    QTest::newRow("0 hours") << 8 << QStringLiteral("Price 1 to 8,784 hours (a year).");
    QTest::newRow("12 months") << 9
                               << QStringLiteral("Choose 1 to 11 months, 1 to 3 years, 1 to 366 "
                                                 "days or 1 to 8,784 hours.");
}

void TestPriceInquiry::rulesBeforeSending()
{
    QFETCH(int, rule);
    QFETCH(QString, message);
    PriceInquiry::Request req = threeLines(QStringLiteral("p1"));
    int hours = 24;
    switch (rule) {
    case 0:
        req.projectId.clear();
        break;
    case 1:
        req.region.clear();
        break;
    case 2:
        req.lines.clear();
        break;
    case 3:
        req.lines[1].id = QStringLiteral("vm");
        break;
    case 4:
        req.lines[0].spec = QStringLiteral("  ");
        break;
    case 5:
        req.lines[1].size = 5;
        break;
    case 6:
        req.lines[2].size = 0;
        break;
    case 7:
        req.lines[0].quantity = 0;
        break;
    case 8:
        hours = 0;
        break;
    default:
        break;
    }
    QString problem;
    const ApiRequest r = rule == 9
                             ? PriceInquiry::period(req, PriceInquiry::Period::Month, 12, &problem)
                             : PriceInquiry::onDemand(req, hours, &problem);
    QCOMPARE(problem, message);
    QVERIFY(r.path.isEmpty()); // nothing to send
}

void TestPriceInquiry::unknownProductIsRefusedByTheServer()
{
    PriceInquiry::Request req = threeLines(QStringLiteral("p1"));
    req.lines[0].spec = QStringLiteral("s9.huge.64.linux");
    QString problem;
    BssJob *job = m_sbx.run(PriceInquiry::onDemand(req, 1, &problem));
    QCOMPARE(code(job), QStringLiteral("CBC.99006006"));
}

void TestPriceInquiry::renewalOfExistingResources()
{
    // Two yearly/monthly resources of a V5 customer (best offer 85 %), in the sandbox's orders:
    //   s6.large.2.linux at 143.40/month, 3 months  = 430.20
    //   SSD 100 GB at 1.00/GB/month, 3 months       = 300.00
    // total 730.20 → 85 % = 620.67; an unknown ID is reported, not priced.
    const QString v5 = m_sbx.customerWhere(QStringLiteral("customer_level = 'V5'"));
    QSqlQuery q = m_sbx.store->query();
    const QString insert = QStringLiteral(
        "INSERT INTO orders(order_id, customer_id, service_type, resource_type, resource_id,"
        " resource_spec, region, resource_size, status) VALUES(?,?,?,?,?,?,?,?,5)");
    QVERIFY(
        m_sbx.store->exec(&q, insert,
                          {QStringLiteral("CS-RENEW-1"), v5, QStringLiteral("hws.service.type.ec2"),
                           QStringLiteral("hws.resource.type.vm"), QStringLiteral("res-vm-1"),
                           QStringLiteral("s6.large.2.linux"), QStringLiteral("cn-north-4"), 0}));
    QVERIFY(
        m_sbx.store->exec(&q, insert,
                          {QStringLiteral("CS-RENEW-2"), v5, QStringLiteral("hws.service.type.ebs"),
                           QStringLiteral("hws.resource.type.volume"), QStringLiteral("res-disk-1"),
                           QStringLiteral("SSD"), QStringLiteral("cn-north-4"), 100}));
    QString problem;
    const ApiRequest r =
        PriceInquiry::renewal({QStringLiteral("res-vm-1"), QStringLiteral(" res-disk-1 "),
                               QStringLiteral("res-none"), QStringLiteral("res-vm-1")},
                              PriceInquiry::Period::Month, 3, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(r.body.contains("\"resource_ids\":[\"res-vm-1\",\"res-disk-1\",\"res-none\"]"));
    BssJob *job = m_sbx.run(r);
    QVERIFY(ok(job));
    const auto quote = PriceInquiry::renewalQuote(job->json(), &problem);
    QVERIFY2(quote, qPrintable(problem));
    QCOMPARE(quote->official, *Decimal::parse(u"730.20"));
    QCOMPARE(quote->amount, *Decimal::parse(u"620.67"));
    QCOMPARE(quote->discount, *Decimal::parse(u"109.53"));
    QCOMPARE(quote->lines.size(), 2);
    QCOMPARE(quote->lines.at(0).id, QStringLiteral("res-vm-1"));
    QCOMPARE(quote->lines.at(0).official, *Decimal::parse(u"430.20"));
    QCOMPARE(quote->failed.size(), 1);
    QCOMPARE(quote->failed.at(0).id, QStringLiteral("res-none"));
    QCOMPARE(quote->failed.at(0).code, QStringLiteral("CBC.99006006"));
    // A year of the VM: ten months' list price, 1434.00 → 1218.90.
    job = m_sbx.run(PriceInquiry::renewal({QStringLiteral("res-vm-1")}, PriceInquiry::Period::Year,
                                          1, &problem));
    QVERIFY(ok(job));
    QCOMPARE(PriceInquiry::renewalQuote(job->json(), &problem)->amount,
             *Decimal::parse(u"1218.90"));
    // Refused before sending.
    const QStringList eleven = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"};
    PriceInquiry::renewal(eleven, PriceInquiry::Period::Month, 1, &problem);
    QVERIFY(problem.contains(u"1 to 10"));
    PriceInquiry::renewal({QStringLiteral(" ")}, PriceInquiry::Period::Month, 1, &problem);
    QVERIFY(problem.contains(u"1 to 10"));
    PriceInquiry::renewal({QStringLiteral("x")}, PriceInquiry::Period::Month, 12, &problem);
    QVERIFY(problem.contains(u"11 months"));
    PriceInquiry::renewal({QStringLiteral("x")}, PriceInquiry::Period::Day, 3, &problem);
    QVERIFY(problem.contains(u"11 months"));
    PriceInquiry::renewal({QString(65, u'x')}, PriceInquiry::Period::Year, 1, &problem);
    QVERIFY(problem.contains(u"64"));
}

QTEST_GUILESS_MAIN(TestPriceInquiry)
#include "tst_priceinquiry.moc"
