// Request builders refuse bad input before anything is sent; the exact JSON writer; masking;
// the retry policy's decisions and delays; SecretBytes.
#include "bss/controloperations.h"
#include "bss/httpdate.h"
#include "bss/jsonbody.h"
#include "bss/operations.h"
#include "bss/requestpacer.h"
#include "bss/retrypolicy.h"
#include "core/masking.h"
#include "core/secretbytes.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

class TestOperations : public QObject
{
    Q_OBJECT
private slots:
    void sitesAreTheOfficialSdks();
    void pacerKeepsTheRate();
    void fundsValidation_data();
    void fundsValidation();
    void fundsBodyIsExact();
    void couponReclaimLimits();
    void listFiltersOmitUnused();
    void pagingLimits();
    void jsonEscaping();
    void masking_data();
    void masking();
    void retryDecisions();
    void retryDelays();
    void httpDates();
    void secretBytes();
    void operationTable();
};

void TestOperations::fundsValidation_data()
{
    QTest::addColumn<QString>("customer");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("reseller");
    QTest::addColumn<bool>("ok");
    QTest::newRow("ok") << "c-1"
                        << "300.00"
                        << "" << true;
    QTest::newRow("ok-reseller") << "c-1"
                                 << "0.01" << QString(64, u'r') << true;
    QTest::newRow("no-customer") << ""
                                 << "1"
                                 << "" << false;
    QTest::newRow("blank-customer") << "   "
                                    << "1"
                                    << "" << false;
    QTest::newRow("long-customer") << QString(65, u'c') << "1"
                                   << "" << false;
    QTest::newRow("zero") << "c"
                          << "0"
                          << "" << false;
    QTest::newRow("negative") << "c"
                              << "-5"
                              << "" << false;
    QTest::newRow("3dp") << "c"
                         << "1.001"
                         << "" << false;
    QTest::newRow("long-reseller") << "c"
                                   << "1" << QString(65, u'r') << false;
    QTest::newRow("blank-reseller") << "c"
                                    << "1"
                                    << "  " << false;
}

void TestOperations::fundsValidation()
{
    QFETCH(QString, customer);
    QFETCH(QString, amount);
    QFETCH(QString, reseller);
    QFETCH(bool, ok);
    QString problem;
    const ApiRequest a =
        Operations::allocateToCustomer(customer, *Decimal::parse(amount), reseller, &problem);
    QCOMPARE(problem.isEmpty(), ok);
    QCOMPARE(a.body.isEmpty(), !ok);
    const ApiRequest r =
        Operations::reclaimFromCustomer(customer, *Decimal::parse(amount), reseller, &problem);
    QCOMPARE(problem.isEmpty(), ok);
    if (ok) {
        QVERIFY(a.isWrite() && r.isWrite());
        QCOMPARE(a.path, QByteArray("/v2/accounts/partner-accounts/adjust-amount"));
        QCOMPARE(r.path, QByteArray("/v2/accounts/partner-accounts/reclaim"));
    }
}

void TestOperations::fundsBodyIsExact()
{
    QString problem;
    const ApiRequest a = Operations::allocateToCustomer(
        QStringLiteral("c\"1"), *Decimal::parse(u"12.3"), QStringLiteral("rp-9"), &problem);
    QCOMPARE(a.body,
             QByteArray(R"({"customer_id":"c\"1","amount":12.30,"indirect_partner_id":"rp-9"})"));
    const ApiRequest b = Operations::allocateToCustomer(
        QStringLiteral("c"), *Decimal::parse(u"99999999.99"), QString(), &problem);
    QCOMPARE(
        b.body,
        QByteArray(
            R"({"customer_id":"c","amount":99999999.99})")); // never an empty indirect_partner_id
}

void TestOperations::couponReclaimLimits()
{
    QString problem;
    ApiRequest r =
        Operations::reclaimPartnerCoupon(QStringLiteral("CP1"), QString(100, u'r'), &problem);
    QVERIFY(problem.isEmpty());
    QCOMPARE(r.method, QByteArray("POST"));
    QVERIFY(r.isWrite());
    Operations::reclaimPartnerCoupon(QStringLiteral("CP1"), QString(101, u'r'), &problem);
    QVERIFY(!problem.isEmpty());
    Operations::reclaimPartnerCoupon(QString(), QString(), &problem);
    QVERIFY(!problem.isEmpty());
}

void TestOperations::listFiltersOmitUnused()
{
    QString problem;
    Operations::CustomerFilter f;
    f.customerName = QStringLiteral("华为");
    const ApiRequest r = Operations::listSubCustomers(f, 200, 100, &problem);
    QVERIFY(problem.isEmpty());
    QVERIFY(!r.isWrite());
    QCOMPARE(r.body, QByteArray(R"({"customer":"华为","offset":200,"limit":100})"));
    f.associationType = QStringLiteral("4"); // 1, 2 (China) or 3 (International)
    Operations::listSubCustomers(f, 0, 10, &problem);
    QVERIFY(!problem.isEmpty());
    Operations::CouponFilter c;
    c.status = 2;
    const ApiRequest coupons = Operations::listIssuedPartnerCoupons(c, 0, 50, &problem);
    QVERIFY(problem.isEmpty());
    QCOMPARE(coupons.query.size(), 3);
    QCOMPARE(coupons.query.first().name, QByteArray("status"));
    Operations::AdjustRecordFilter a;
    a.from = QDateTime(QDate(2025, 3, 1), QTime(0, 0), QTimeZone::utc());
    a.to = a.from.addDays(-1);
    Operations::listPartnerAdjustRecords(a, 0, 10, &problem);
    QVERIFY(!problem.isEmpty());
}

void TestOperations::pagingLimits()
{
    QString problem;
    Operations::listSubCustomers({}, 0, 101, &problem);
    QVERIFY(!problem.isEmpty());
    Operations::listSubCustomers({}, -1, 10, &problem);
    QVERIFY(!problem.isEmpty());
    Operations::listSubCustomers({}, 0, 100, &problem);
    QVERIFY(problem.isEmpty());
}

void TestOperations::jsonEscaping()
{
    JsonBody b;
    b.add("s", QStringLiteral("a\"b\\c\n\t\x01é"))
        .add("n", qint64(-3))
        .add("t", true)
        .add("l", QStringList{QStringLiteral("x"), QStringLiteral("y")})
        .addObjectList("o", "customer_id", {QStringLiteral("c1")});
    QCOMPARE(b.bytes(),
             QByteArray("{\"s\":\"a\\\"b\\\\c\\n\\t\\u0001\xc3\xa9\",\"n\":-3,\"t\":true,"
                        "\"l\":[\"x\",\"y\"],\"o\":[{\"customer_id\":\"c1\"}]}"));
    QCOMPARE(JsonBody().bytes(), QByteArray("{}"));
}

void TestOperations::masking_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("masked");
    QTest::newRow("phone") << "mobile_phone"
                           << "13800001234"
                           << "138****1234";
    QTest::newRow("email") << "email"
                           << "lisi@example.com"
                           << "l***@example.com";
    QTest::newRow("company") << "customer"
                             << "华为技术有限公司"
                             << "华***司";
    QTest::newRow("short-name") << "customer"
                                << "张三"
                                << "张*";
    QTest::newRow("account") << "account_name"
                             << "zhangsan01"
                             << "z***1";
    QTest::newRow("not-sensitive") << "customer_id"
                                   << "c-123"
                                   << "c-123";
    QTest::newRow("empty") << "email"
                           << ""
                           << "";
}

void TestOperations::masking()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, masked);
    QCOMPARE(Masking::mask(value, Masking::kindOfField(field)), masked);
}

void TestOperations::retryDecisions()
{
    RetryPolicy p;
    ApiRequest read;
    ApiRequest write;
    write.effect = ApiRequest::Effect::Write;
    using K = BssError::Kind;
    for (K k : {K::Network, K::Timeout, K::Server, K::RateLimited}) {
        QVERIFY(p.shouldRetry(read, BssError(k, {}, {}), 1));
        QVERIFY(!p.shouldRetry(write, BssError(k, {}, {}), 1));
        QVERIFY(!p.shouldRetry(read, BssError(k, {}, {}), p.maxAttempts));
    }
    for (K k : {K::Credentials, K::Permission, K::BusinessRule, K::MalformedResponse, K::Tls,
                K::Cancelled})
        QVERIFY(!p.shouldRetry(read, BssError(k, {}, {}), 1));
    BssError longWait(K::RateLimited, {}, {});
    longWait.setRetryAfterSeconds(3600);
    QVERIFY(!p.shouldRetry(read, longWait, 1));
}

void TestOperations::retryDelays()
{
    RetryPolicy p;
    const BssError e(BssError::Kind::Server, {}, {});
    QCOMPARE(p.delayMs(e, 1, 0.0), 250);
    QCOMPARE(p.delayMs(e, 1, 0.999999), 499);
    QCOMPARE(p.delayMs(e, 3, 1.0), 2000);
    QCOMPARE(p.delayMs(e, 30, 1.0), 8000); // capped
    BssError limited(BssError::Kind::RateLimited, {}, {});
    limited.setRetryAfterSeconds(7);
    QCOMPARE(p.delayMs(limited, 1, 0.3), 7000);
}

void TestOperations::httpDates()
{
    const QDateTime t(QDate(2026, 11, 25), QTime(8, 0, 5), QTimeZone::utc());
    QCOMPARE(HttpDate::format(t), QByteArray("Wed, 25 Nov 2026 08:00:05 GMT"));
    QCOMPARE(HttpDate::parse("Wed, 25 Nov 2026 08:00:05 GMT"), t);
    QVERIFY(!HttpDate::parse("yesterday").isValid());
    QCOMPARE(HttpDate::retryAfterSeconds(" 7 ", t), 7);
    QCOMPARE(HttpDate::retryAfterSeconds("Wed, 25 Nov 2026 08:00:35 GMT", t), 30);
    QCOMPARE(HttpDate::retryAfterSeconds("Wed, 25 Nov 2026 07:00:00 GMT", t), 0); // past
    QCOMPARE(HttpDate::retryAfterSeconds("soon", t), -1);
    QCOMPARE(HttpDate::retryAfterSeconds("", t), -1);
}

void TestOperations::secretBytes()
{
    QByteArray source("super-secret");
    source.detach();
    const char *raw = source.constData();
    Q_UNUSED(raw);
    SecretBytes s = SecretBytes::takeFrom(source);
    QVERIFY(source.isEmpty());
    QCOMPARE(s.view(), QByteArrayView("super-secret"));
    SecretBytes moved = std::move(s);
    QVERIFY(s.isEmpty());
    QCOMPARE(moved.clone().view(), QByteArrayView("super-secret"));
    moved.clear();
    QVERIFY(moved.isEmpty());
    QByteArray shared("abc");
    QByteArray other = shared; // shared: must not be zeroed under the other owner
    SecretBytes::wipe(shared);
    QCOMPARE(other, QByteArray("abc"));
}

void TestOperations::operationTable()
{
    QString problem;
    for (const QString &name : Operations::knownOperations()) {
        const ApiRequest r = Operations::byName(name, &problem);
        QVERIFY(problem.isEmpty());
        QVERIFY(r.path.startsWith('/'));
        const QString verb = Operations::isSandboxOnly(name) ? name.mid(7) : name;
        bool mutating = false;
        for (const char *w : {"Update", "Reclaim", "Create", "Unbind", "Request", "Void", "Set",
                              "Advance", "Respond", "Submit", "Freeze", "Unfreeze"})
            mutating = mutating || verb.startsWith(QLatin1String(w));
        QCOMPARE(r.isWrite(), mutating);
        QCOMPARE(Operations::isSandboxOnly(name), r.path.startsWith("/sandbox/"));
    }
    Operations::byName(QStringLiteral("DropDatabase"), &problem);
    QVERIFY(!problem.isEmpty());
    // The sandbox's controls are a table of their own: never in the client's partner API.
    QVERIFY(!ControlOperations::names().isEmpty());
    for (const QString &name : ControlOperations::names()) {
        QVERIFY(!Operations::knownOperations().contains(name));
        Operations::byName(name, &problem);
        QVERIFY2(!problem.isEmpty(), qPrintable(name));
        const ApiRequest r = ControlOperations::byName(name, &problem);
        QVERIFY(problem.isEmpty());
        QVERIFY(r.path.startsWith("/sandbox/v1/control/"));
    }
    QVERIFY(!ControlOperations::isControl(QStringLiteral("ListSubCustomers")));
    ControlOperations::byName(QStringLiteral("ListSubCustomers"), &problem);
    QVERIFY(!problem.isEmpty());
}

void TestOperations::pacerKeepsTheRate()
{
    // One pacer per AK, shared by every client that signs with it.
    auto a = RequestPacer::forAccessKey("PACER-AK-1");
    QCOMPARE(RequestPacer::forAccessKey("PACER-AK-1").get(), a.get());
    QVERIFY(RequestPacer::forAccessKey("PACER-AK-2").get() != a.get());
    a->setRate(20, 2); // 20 a second, 2 at once
    QCOMPARE(a->take(), qint64(0));
    QCOMPARE(a->take(), qint64(0));
    const qint64 wait = a->take(); // the bucket is empty: the next token in about 50 ms
    QVERIFY2(wait > 0 && wait <= 50, qPrintable(QString::number(wait)));
    QTest::qSleep(int(wait) + 5);
    QCOMPARE(a->take(), qint64(0));
    QVERIFY(a->take() > 0);
    a->setRate(1000, 1);
    QTest::qSleep(5);
    QCOMPARE(a->take(), qint64(0));
    a->setRate(0); // off: never waits
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(a->take(), qint64(0));
}

namespace {

// The operations of one of the official SDK's clients: SDK name → "METHOD path".
QHash<QString, QString> sdkOperations(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    static const QRegularExpression re(
        QStringLiteral("def _(\\w+)_http_info\\(cls, request\\):\\s*http_info = \\{\\s*"
                       "\"method\": \"(\\w+)\",\\s*\"resource_path\": \"([^\"]+)\""));
    QHash<QString, QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QString name;
        for (const QString &part : m.captured(1).split(u'_'))
            name += part.left(1).toUpper() + part.mid(1);
        out.insert(name, m.captured(2) + u' ' + m.captured(3));
    }
    return out;
}

} // namespace

// The operation table against the official Python SDK (../shared/reference, when present): an
// operation is on a site exactly when that site's SDK client has it, at the SDK's method and path.
void TestOperations::sitesAreTheOfficialSdks()
{
    const QString sdk = QStringLiteral(PC_SDK_DIR);
    const auto china =
        sdkOperations(sdk + "/huaweicloud-sdk-bss/huaweicloudsdkbss/v2/bss_client.py");
    const auto intl =
        sdkOperations(sdk + "/huaweicloud-sdk-bssintl/huaweicloudsdkbssintl/v2/bssintl_client.py");
    if (china.isEmpty() || intl.isEmpty())
        QSKIP("the official SDK is not next to the project (../shared/reference)");
    QVERIFY(china.size() > 80 && intl.size() > 50);
    int checked = 0;
    for (const QString &name : Operations::knownOperations()) {
        if (Operations::isSandboxOnly(name) || name == u"KeystoneListAuthDomains")
            continue;
        QString problem;
        const ApiRequest r = Operations::byName(name, &problem);
        const QString ours = QString::fromLatin1(r.method + ' ' + r.path);
        QVERIFY2(china.contains(name) || intl.contains(name), qPrintable(name));
        QCOMPARE(Operations::availableOn(name, Endpoint::china()), china.contains(name));
        QCOMPARE(Operations::availableOn(name, Endpoint::international()), intl.contains(name));
        for (const auto *site : {&china, &intl}) {
            if (site->contains(name))
                QCOMPARE(ours, site->value(name));
        }
        ++checked;
    }
    QVERIFY(checked >= 24);
}

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
