// The offline cache on its own: answers stored and found again by request identity (query order
// does not matter, everything else does), the newest answer wins, personal fields are masked at
// every depth before they touch the disk, nothing of the clear text is in the file, a vanished
// caller gets no callback, and clear() empties it.
#include "bss/responsecache.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

class TestResponseCache : public QObject
{
    Q_OBJECT
private slots:
    void keyIdentity();
    void masksEveryPersonalField();
    void storeAndLookUp();
    void newestWinsAndClear();
    void goneContextGetsNoCallback();
    void defaultFileName();

private:
    static ApiRequest request(const QByteArray &body = "{\"offset\":0}");
    static std::optional<ResponseCache::Entry> lookUp(ResponseCache &cache, const ApiRequest &r);
};

ApiRequest TestResponseCache::request(const QByteArray &body)
{
    ApiRequest r;
    r.operation = QStringLiteral("ListSubCustomers");
    r.method = "POST";
    r.path = "/v2/partners/sub-customers/query";
    r.body = body;
    r.addQuery("limit", QStringLiteral("100"));
    r.addQuery("a", QStringLiteral("1"));
    return r;
}

std::optional<ResponseCache::Entry> TestResponseCache::lookUp(ResponseCache &cache,
                                                              const ApiRequest &r)
{
    std::optional<ResponseCache::Entry> got;
    QObject context;
    cache.lookup(r, &context, [&got](ResponseCache::Entry e) { got = e; });
    if (!QTest::qWaitFor([&] { return got.has_value(); }, 5000))
        return std::nullopt;
    return got;
}

void TestResponseCache::keyIdentity()
{
    ApiRequest a = request();
    ApiRequest b = request();
    std::swap(b.query[0], b.query[1]);
    QCOMPARE(ResponseCache::keyOf(a), ResponseCache::keyOf(b));
    ApiRequest c = request("{\"offset\":100}");
    QVERIFY(ResponseCache::keyOf(a) != ResponseCache::keyOf(c));
    ApiRequest d = request();
    d.operation = QStringLiteral("ListCustomerBillsFeeRecords");
    QVERIFY(ResponseCache::keyOf(a) != ResponseCache::keyOf(d));
    ApiRequest e = request();
    e.query[0].value = "50";
    QVERIFY(ResponseCache::keyOf(a) != ResponseCache::keyOf(e));
    QCOMPARE(ResponseCache::keyOf(a).size(), 32);
}

void TestResponseCache::masksEveryPersonalField()
{
    const QJsonObject in{
        {QStringLiteral("count"), 1},
        {QStringLiteral("customer_infos"),
         QJsonArray{QJsonObject{
             {QStringLiteral("customer_id"), QStringLiteral("c-0001")},
             {QStringLiteral("customer"), QStringLiteral("杭州云帆科技有限公司")},
             {QStringLiteral("account_name"), QStringLiteral("yunfan2024")},
             {QStringLiteral("mobile_phone"), QStringLiteral("13800001234")},
             {QStringLiteral("email"), QStringLiteral("li.lei@example.com")},
             {QStringLiteral("account_managers"),
              QJsonArray{QJsonObject{{QStringLiteral("account_name"), QStringLiteral("wangfang")},
                                     {QStringLiteral("name"), QStringLiteral("王芳")}}}},
             {QStringLiteral("balance"), QStringLiteral("1234.56")}}}}};
    const QJsonObject out = ResponseCache::masked(in);
    const QJsonObject c = out[QLatin1String("customer_infos")].toArray().first().toObject();
    QCOMPARE(c[QLatin1String("customer_id")].toString(), QStringLiteral("c-0001"));
    QCOMPARE(c[QLatin1String("customer")].toString(), QStringLiteral("杭***司"));
    QCOMPARE(c[QLatin1String("account_name")].toString(), QStringLiteral("y***4"));
    QCOMPARE(c[QLatin1String("mobile_phone")].toString(), QStringLiteral("138****1234"));
    QCOMPARE(c[QLatin1String("email")].toString(), QStringLiteral("l***@example.com"));
    const QJsonObject m = c[QLatin1String("account_managers")].toArray().first().toObject();
    QCOMPARE(m[QLatin1String("account_name")].toString(), QStringLiteral("w***g"));
    QCOMPARE(m[QLatin1String("name")].toString(), QStringLiteral("王*"));
    QCOMPARE(c[QLatin1String("balance")].toString(), QStringLiteral("1234.56"));
    QCOMPARE(out[QLatin1String("count")].toInt(), 1);
    // Masking a masked answer changes nothing (the pages mask again when they show it).
    QCOMPARE(ResponseCache::masked(out), out);

    // A payment agreement's parties are masked on the Funds page, and so in the cache: one
    // source (Masking::kindOfField) for both.
    const QJsonObject agreements{
        {QStringLiteral("agreements"),
         QJsonArray{
             QJsonObject{{QStringLiteral("agreement_id"), QStringLiteral("PA0001")},
                         {QStringLiteral("principal"), QStringLiteral("杭州云帆科技有限公司")},
                         {QStringLiteral("agent"), QStringLiteral("上海远景贸易有限公司")}}}}};
    const QJsonObject a =
        ResponseCache::masked(agreements)[QLatin1String("agreements")].toArray().first().toObject();
    QCOMPARE(a[QLatin1String("agreement_id")].toString(), QStringLiteral("PA0001"));
    QCOMPARE(a[QLatin1String("principal")].toString(), QStringLiteral("杭***司"));
    QCOMPARE(a[QLatin1String("agent")].toString(), QStringLiteral("上***司"));
}

void TestResponseCache::storeAndLookUp()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.sqlite"));
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-3600);
    {
        ResponseCache cache(file);
        QVERIFY(!lookUp(cache, request())->found);
        cache.store(request(),
                    QJsonObject{{QStringLiteral("customer"), QStringLiteral("张三丰")},
                                {QStringLiteral("total_count"), 7}},
                    at);
        const auto e = lookUp(cache, request());
        QVERIFY(e && e->found);
        QCOMPARE(e->json[QLatin1String("total_count")].toInt(), 7);
        QCOMPARE(e->json[QLatin1String("customer")].toString(), QStringLiteral("张***丰"));
        QCOMPARE(e->syncedAt.toMSecsSinceEpoch(), at.toMSecsSinceEpoch());
        QVERIFY(!lookUp(cache, request("{\"offset\":100}"))->found);
    }
    // A new run reads what the previous one stored; the clear text never reached the file.
    ResponseCache again(file);
    QVERIFY(lookUp(again, request())->found);
    again.flush();
    for (const QString &f : QDir(dir.path()).entryList(QDir::Files)) {
        QFile in(dir.filePath(f));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QVERIFY2(!in.readAll().contains(QStringLiteral("张三丰").toUtf8()), qPrintable(f));
    }
}

void TestResponseCache::newestWinsAndClear()
{
    QTemporaryDir dir;
    ResponseCache cache(dir.filePath(QStringLiteral("p.sqlite")));
    cache.store(request(), QJsonObject{{QStringLiteral("v"), 1}});
    cache.store(request(), QJsonObject{{QStringLiteral("v"), 2}});
    QCOMPARE(lookUp(cache, request())->json[QLatin1String("v")].toInt(), 2);
    cache.clear();
    QVERIFY(!lookUp(cache, request())->found);
}

void TestResponseCache::goneContextGetsNoCallback()
{
    QTemporaryDir dir;
    ResponseCache cache(dir.filePath(QStringLiteral("p.sqlite")));
    cache.store(request(), QJsonObject{{QStringLiteral("v"), 1}});
    bool called = false;
    auto *context = new QObject;
    cache.lookup(request(), context, [&called](ResponseCache::Entry) { called = true; });
    delete context;
    cache.flush();
    QTest::qWait(50);
    QVERIFY(!called);
    // And one that stays gets it.
    QVERIFY(lookUp(cache, request())->found);
}

void TestResponseCache::defaultFileName()
{
    const QString a = ResponseCache::defaultFile(QStringLiteral("profile-华为 主账号/../x"));
    QVERIFY(a.contains(QStringLiteral("/cache/profile-")));
    QVERIFY(!a.section(u'/', -1).contains(QStringLiteral("..")));
    QVERIFY(a.endsWith(QStringLiteral(".sqlite")));
    QVERIFY(a != ResponseCache::defaultFile(QStringLiteral("profile-华为 主账号/../y")));
    QCOMPARE(a, ResponseCache::defaultFile(QStringLiteral("profile-华为 主账号/../x")));
}

QTEST_MAIN(TestResponseCache)
#include "tst_responsecache.moc"
