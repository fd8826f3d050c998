// Paging: offset/limit, count vs total_count, pipelined mode, in-order delivery, errors.
#include "bss/bssclient.h"
#include "bss/operations.h"
#include "bss/pager.h"
#include "fakebssserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

// A client of `server` and a pager over ListSubCustomers.
struct Setup
{
    BssClient client;
    Pager pager;
    Setup(const FakeBssServer &server, int pipeline)
        : pager(
              &client,
              [](int offset, int limit) {
                  QString problem;
                  return Operations::listSubCustomers({}, offset, limit, &problem);
              },
              Pager::Options{QStringLiteral("customer_infos"), 100, pipeline, -1})
    {
        client.setEndpoint(Endpoint::custom(server.baseUrl()));
        client.setCredentials(server.ak, SecretBytes(server.sk));
        client.setDomainId("d");
    }
};

class TestPager : public QObject
{
    Q_OBJECT
private slots:
    void allPages_data();
    void allPages();
    void noTotalStopsOnShortPage();
    void errorStopsPaging();
};

static QByteArray page(int offset, int size, int total, const char *totalKey)
{
    QJsonArray items;
    for (int i = offset; i < std::min(offset + size, total); ++i)
        items.append(QJsonObject{{QStringLiteral("customer_id"), QStringLiteral("c%1").arg(i)}});
    QJsonObject o{{QStringLiteral("customer_infos"), items}};
    if (totalKey)
        o.insert(QLatin1String(totalKey), total);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void TestPager::allPages_data()
{
    QTest::addColumn<int>("pipeline");
    QTest::addColumn<QByteArray>("totalKey");
    QTest::newRow("sequential-count") << 1 << QByteArray("count");
    QTest::newRow("pipelined-total_count") << 4 << QByteArray("total_count");
}

void TestPager::allPages()
{
    QFETCH(int, pipeline);
    QFETCH(QByteArray, totalKey);
    FakeBssServer server;
    QVERIFY(server.listen());
    const int total = 1234;
    QList<FakeBssServer::Reply> replies;
    // The fake answers by arrival order, so script answers by offset through the request body.
    for (int offset = 0; offset < total; offset += 100)
        replies.append({200, page(offset, 100, total, totalKey.constData()), {}});
    // Arrival order equals request order here (one connection per request, requested in order);
    // the check below proves pages are delivered in offset order either way.
    server.script("/v2/partners/sub-customers/query", replies);
    Setup setup(server, pipeline);
    Pager &pager = setup.pager;
    QList<int> offsets;
    int received = 0;
    connect(&pager, &Pager::pageReceived, this, [&](int offset, const QJsonArray &items, int t) {
        offsets.append(offset);
        received += int(items.size());
        QCOMPARE(t, total);
    });
    QSignalSpy done(&pager, &Pager::finished);
    pager.start();
    QVERIFY(done.wait(20000));
    QVERIFY(!done.first().first().value<BssError>().isError());
    QCOMPARE(received, total);
    QCOMPARE(offsets.size(), 13);
    for (int i = 0; i < offsets.size(); ++i)
        QCOMPARE(offsets.at(i), i * 100);
    QCOMPARE(server.hits("/v2/partners/sub-customers/query"), 13);
    for (const auto &seen : server.seen())
        QVERIFY(seen.signatureOk);
}

void TestPager::noTotalStopsOnShortPage()
{
    FakeBssServer server;
    QVERIFY(server.listen());
    server.script("/v2/partners/sub-customers/query",
                  {{200, page(0, 100, 150, nullptr), {}}, {200, page(100, 100, 150, nullptr), {}}});
    Setup setup(server, 3);
    Pager &pager = setup.pager;
    QSignalSpy done(&pager, &Pager::finished);
    pager.start();
    QVERIFY(done.wait(10000));
    QCOMPARE(pager.received(), 150);
    QCOMPARE(server.hits("/v2/partners/sub-customers/query"), 2);
}

void TestPager::errorStopsPaging()
{
    FakeBssServer server;
    QVERIFY(server.listen());
    server.script("/v2/partners/sub-customers/query",
                  {{200, page(0, 100, 500, "count"), {}},
                   {403, R"({"error_code":"CBC.0151","error_msg":"Access denied."})", {}}});
    Setup setup(server, 2);
    Pager &pager = setup.pager;
    QSignalSpy done(&pager, &Pager::finished);
    pager.start();
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().first().value<BssError>().kind(), BssError::Kind::Permission);
    QVERIFY(!pager.isRunning());
}

QTEST_GUILESS_MAIN(TestPager)
#include "tst_pager.moc"
