// A customer's orders and yearly/monthly resources against the sandbox over HTTP, on both sites:
// the resources the customer detail shows are every one the server holds in those states,
// expiring soonest first whatever order the API sent; an order's details come through its
// {order_id} path; a reseller's customer and an order of someone else are refused; a malformed
// answer is an error, never a shorter list.
#include "bss/orderoperations.h"
#include "bss/pager.h"
#include "bss/priceinquiry.h"
#include "fakebssserver.h"
#include "models/recordspecs.h"
#include "models/recordtablemodel.h"
#include "ops/customerresources.h"
#include "ops/orderdetails.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace SandboxChecks;

class TestOrders : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void expiringFirstSortsAndCounts();
    void resourcesAreTheServersExpiringFirst_data();
    void resourcesAreTheServersExpiringFirst();
    void orderDetailsByPath();
    void othersAreRefused();
    void badInputSendsNothing();
    void aMalformedAnswerIsAnError();

private:
    // A direct customer of `sbx` with completed yearly/monthly orders (a resource each).
    QString customerWithResources(SandboxFixture &sbx);
    SandboxFixture m_china, m_intl;
};

void TestOrders::initTestCase()
{
    QString error;
    QVERIFY2(m_china.start({5, 150, false}, &error), qPrintable(error));
    QVERIFY2(m_intl.start({5, 150, true}, &error), qPrintable(error));
}

QString TestOrders::customerWithResources(SandboxFixture &sbx)
{
    return sbx.customerWhere(QStringLiteral(
        "indirect_partner_id = '' AND customer_id IN (SELECT customer_id FROM orders WHERE"
        " status = 5 GROUP BY customer_id HAVING COUNT(*) >= 2)"));
}

void TestOrders::expiringFirstSortsAndCounts()
{
    const QDateTime now(QDate(2026, 12, 4), QTime(12, 0), Qt::LocalTime);
    auto at = [&](int days) { return now.addDays(days).toUTC().toString(Qt::ISODate); };
    const QJsonArray sent{QJsonObject{{QStringLiteral("resource_id"), QStringLiteral("late")},
                                      {QStringLiteral("expire_time"), at(40)}},
                          QJsonObject{{QStringLiteral("resource_id"), QStringLiteral("none")}},
                          QJsonObject{{QStringLiteral("resource_id"), QStringLiteral("gone")},
                                      {QStringLiteral("expire_time"), at(-3)}},
                          QJsonObject{{QStringLiteral("resource_id"), QStringLiteral("soon")},
                                      {QStringLiteral("expire_time"), at(2)}}};
    const QJsonArray got = CustomerResources::expiringFirst(sent, now);
    QStringList order;
    for (const QJsonValue &v : got)
        order << v[QLatin1String("resource_id")].toString();
    QCOMPARE(order, (QStringList{"gone", "soon", "late", "none"}));
    QCOMPARE(got[0][QLatin1String("days_left")].toInt(), -3);
    QCOMPARE(got[1][QLatin1String("days_left")].toInt(), 2);
    QCOMPARE(got[2][QLatin1String("days_left")].toInt(), 40);
    QVERIFY(got[3][QLatin1String("days_left")].isUndefined());
}

void TestOrders::resourcesAreTheServersExpiringFirst_data()
{
    QTest::addColumn<bool>("international");
    QTest::newRow("china") << false;
    QTest::newRow("intl") << true;
}

void TestOrders::resourcesAreTheServersExpiringFirst()
{
    QFETCH(bool, international);
    SandboxFixture &sbx = international ? m_intl : m_china;
    const QString customer = customerWithResources(sbx);
    QVERIFY(!customer.isEmpty());

    auto *model = new RecordTableModel(RecordSpecs::periodResources(), this);
    CustomerResources resources(sbx.client, model);
    QSignalSpy loaded(&resources, &CustomerResources::loaded);
    QSignalSpy failed(&resources, &CustomerResources::failed);
    resources.load(customer);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(failed.count(), 0);

    // The same query read directly: the same resources, whatever their order.
    OrderOperations::ResourceFilter f;
    f.customerId = customer;
    f.statuses = {2, 4, 5};
    QString problem;
    BssJob *direct = sbx.run(OrderOperations::listCustomerResources(f, 0, 100, &problem));
    QVERIFY(ok(direct));
    const QJsonArray sent = direct->json().value(QLatin1String("data")).toArray();
    QCOMPARE(Pager::totalOf(direct->json()), int(sent.size()));
    QCOMPARE(model->rowCount(), int(sent.size()));
    QVERIFY(model->rowCount() >= 2);
    QSet<QString> expected, shown;
    for (const QJsonValue &v : sent)
        expected << v[QLatin1String("resource_id")].toString();
    QDateTime previous;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QJsonObject o = model->record(r);
        shown << o.value(QLatin1String("resource_id")).toString();
        const QDateTime expires =
            QDateTime::fromString(o.value(QLatin1String("expire_time")).toString(), Qt::ISODate);
        QVERIFY(expires.isValid());
        QVERIFY(!previous.isValid() || previous <= expires); // soonest first
        previous = expires;
        // In use exactly while not yet expired, as the server says.
        QCOMPARE(o.value(QLatin1String("status")).toInt(),
                 expires > QDateTime::currentDateTimeUtc() ? 2 : 5);
        QCOMPARE(o.value(QLatin1String("days_left")).toInt() < 0,
                 o.value(QLatin1String("status")).toInt() == 5);
    }
    QCOMPARE(shown, expected);

    // Only expired ones when asked for those: the filter is the server's, not ignored.
    f.statuses = {5};
    BssJob *expired = sbx.run(OrderOperations::listCustomerResources(f, 0, 100, &problem));
    QVERIFY(ok(expired));
    for (const QJsonValue &v : expired->json().value(QLatin1String("data")).toArray())
        QCOMPARE(v[QLatin1String("status")].toInt(), 5);

    // The resources are the ones whose renewal can be priced.
    const QString id = model->record(0).value(QLatin1String("resource_id")).toString();
    BssJob *renew = sbx.run(PriceInquiry::renewal({id}, PriceInquiry::Period::Month, 1, &problem));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(ok(renew));
    const auto quote = PriceInquiry::renewalQuote(renew->json(), &problem);
    QVERIFY2(quote, qPrintable(problem));
    QVERIFY(quote->failed.isEmpty());
}

void TestOrders::orderDetailsByPath()
{
    const QString customer = customerWithResources(m_china);
    QString problem;
    BssJob *orders =
        m_china.run(OrderOperations::listCustomerOrders(customer, QString(), 0, 10, &problem));
    QVERIFY(ok(orders));
    const QJsonArray list = orders->json().value(QLatin1String("order_infos")).toArray();
    QVERIFY(!list.isEmpty());
    const QJsonObject first = list.first().toObject();
    const QString id = first.value(QLatin1String("order_id")).toString();

    auto *lines = new RecordTableModel(RecordSpecs::orderLines(), this);
    OrderDetails details(m_china.client, lines);
    QSignalSpy loaded(&details, &OrderDetails::loaded);
    details.load(id, QString());
    QVERIFY(loaded.wait(20000));
    QCOMPARE(details.order().value(QLatin1String("order_id")).toString(), id);
    QCOMPARE(details.order().value(QLatin1String("customer_id")).toString(), customer);
    QCOMPARE(dec(details.order().value(QLatin1String("amount_after_discount"))),
             dec(first.value(QLatin1String("amount_after_discount"))));
    QCOMPARE(lines->rowCount(), 1);
    const QJsonObject line = lines->record(0);
    QCOMPARE(line.value(QLatin1String("order_id")).toString(), id);
    QVERIFY(line.value(QLatin1String("period")).isObject()); // for the Period column
    QCOMPARE(line.value(QLatin1String("period"))[QLatin1String("type")].toInt(),
             line.value(QLatin1String("period_type")).toInt());
}

void TestOrders::othersAreRefused()
{
    // An order that is nobody's of ours.
    auto *lines = new RecordTableModel(RecordSpecs::orderLines(), this);
    OrderDetails details(m_china.client, lines);
    QSignalSpy failed(&details, &OrderDetails::failed);
    details.load(QStringLiteral("CS-NOT-OURS"), QString());
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().first().value<BssError>().code(), QStringLiteral("CBC.0151"));
    QCOMPARE(lines->rowCount(), 0);

    // A reseller's customer: the reseller's to see.
    const QString theirs = m_china.customerWhere(QStringLiteral("indirect_partner_id <> ''"));
    QVERIFY(!theirs.isEmpty());
    QVERIFY(!CustomerResources::visibleFor(QStringLiteral("rp-1")));
    auto *model = new RecordTableModel(RecordSpecs::periodResources(), this);
    CustomerResources resources(m_china.client, model);
    QSignalSpy refused(&resources, &CustomerResources::failed);
    resources.load(theirs);
    QVERIFY(refused.wait(20000));
    QCOMPARE(refused.first().first().value<BssError>().code(), QStringLiteral("CBC.99000035"));

    // A path with no order in it is an unknown API, answered as the gateway answers one.
    BssJob *bare = m_china.call(QStringLiteral("ShowCustomerOrderDetails"));
    QVERIFY(bare->error().isError());
}

void TestOrders::badInputSendsNothing()
{
    QString problem;
    OrderOperations::ResourceFilter f;
    QVERIFY(OrderOperations::listCustomerResources(f, 0, 10, &problem).operation.isEmpty());
    QVERIFY(!problem.isEmpty()); // a customer is required
    f.customerId = QStringLiteral("c1");
    f.statuses = {1};
    OrderOperations::listCustomerResources(f, 0, 10, &problem);
    QVERIFY(!problem.isEmpty());
    f.statuses = {};
    for (int i = 0; i <= OrderOperations::MaxResourceIds; ++i)
        f.resourceIds << QStringLiteral("r%1").arg(i);
    OrderOperations::listCustomerResources(f, 0, 10, &problem);
    QVERIFY(!problem.isEmpty());
    OrderOperations::showOrderDetails(QString(), QString(), 0, 10, &problem);
    QVERIFY(!problem.isEmpty());
    OrderOperations::showOrderDetails(QStringLiteral("CS1"), QString(), 0, 101, &problem);
    QVERIFY(!problem.isEmpty());
    // An ID is one path segment, whatever it holds.
    const ApiRequest r =
        OrderOperations::showOrderDetails(QStringLiteral("a/b?c"), QString(), 0, 10, &problem);
    QVERIFY(problem.isEmpty());
    QCOMPARE(r.path, QByteArray("/v2/orders/customer-orders/details/a%2Fb%3Fc"));

    auto *model = new RecordTableModel(RecordSpecs::periodResources(), this);
    CustomerResources resources(m_china.client, model);
    QSignalSpy failed(&resources, &CustomerResources::failed);
    const int served = m_china.server->requestsServed();
    resources.load(QStringLiteral(" "));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<BssError>().kind(), BssError::Kind::InvalidRequest);
    QTest::qWait(100);
    QCOMPARE(m_china.server->requestsServed(), served);
}

void TestOrders::aMalformedAnswerIsAnError()
{
    FakeBssServer server;
    QVERIFY(server.listen());
    BssClient client;
    client.setEndpoint(Endpoint::custom(server.baseUrl()));
    client.setCredentials(server.ak, SecretBytes(server.sk));
    client.setDomainId("0970dd7a1300f5672ff2c003c60ae115");
    server.script("/v2/orders/suscriptions/resources/query",
                  {{200,
                    "{\"total_count\":2,\"data\":[{\"resource_id\":\"r1\",\"expire_time\":"
                    "\"2027-01-01T00:00:00Z\"},{\"resource_id\":\"r2\",\"expire_time\":"
                    "\"next week\"}]}",
                    {}}});
    auto *model = new RecordTableModel(RecordSpecs::periodResources(), this);
    CustomerResources resources(&client, model);
    QSignalSpy failed(&resources, &CustomerResources::failed);
    QSignalSpy loaded(&resources, &CustomerResources::loaded);
    resources.load(QStringLiteral("c1"));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<BssError>().kind(), BssError::Kind::MalformedResponse);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(loaded.count(), 0);

    server.script("/v2/orders/customer-orders/details/CS1",
                  {{200, "{\"total_count\":0,\"order_line_items\":[]}", {}}});
    auto *lines = new RecordTableModel(RecordSpecs::orderLines(), this);
    OrderDetails details(&client, lines);
    QSignalSpy detailsFailed(&details, &OrderDetails::failed);
    details.load(QStringLiteral("CS1"), QString());
    QVERIFY(detailsFailed.wait(10000));
    QCOMPARE(detailsFailed.first().first().value<BssError>().kind(),
             BssError::Kind::MalformedResponse); // no order_info
}

QTEST_GUILESS_MAIN(TestOrders)
#include "tst_orders.moc"
