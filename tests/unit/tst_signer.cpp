// The signer against the 12 official vectors and the canonicalisation rules (signing.md §3, §12).
#include "bss/canonical.h"
#include "bss/crypto.h"
#include "bss/signer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

class TestSigner : public QObject
{
    Q_OBJECT
private slots:
    void vectors_data();
    void vectors();
    void percentEncode_data();
    void percentEncode();
    void canonicalUri_data();
    void canonicalUri();
    void queryParsingAndSorting();
    void headersTrimmedLoweredSorted();
    void underscoreHeadersNotSigned();
    void defaultPortDropped();
    void callerContentSha256Verbatim();
    void securityTokenAndProjectId();
    void v11DerivedKey();
    void hmacRfc4231();
    void sdkDateFormat();
};

static QJsonArray loadVectors()
{
    QFile f(QStringLiteral(PC_TEST_DATA_DIR "/signing-vectors.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open signing-vectors.json");
    return QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("vectors")).toArray();
}

void TestSigner::vectors_data()
{
    QTest::addColumn<QJsonObject>("vector");
    const QJsonArray vs = loadVectors();
    QCOMPARE(vs.size(), 12);
    for (const QJsonValue &v : vs)
        QTest::newRow(v[QLatin1String("name")].toString().toUtf8().constData()) << v.toObject();
}

void TestSigner::vectors()
{
    QFETCH(QJsonObject, vector);
    const QJsonObject in = vector.value(QLatin1String("input")).toObject();
    const QJsonObject expected = vector.contains(QLatin1String("altExpected"))
                                     ? vector.value(QLatin1String("altExpected")).toObject()
                                     : vector.value(QLatin1String("expected")).toObject();

    auto req = Signer::Request::fromUrl(in[QLatin1String("method")].toString().toUtf8(),
                                        in[QLatin1String("url")].toString().toUtf8());
    QVERIFY(req);
    if (in.contains(QLatin1String("query"))) {
        req->query.clear();
        const QJsonObject q = in[QLatin1String("query")].toObject();
        for (auto it = q.begin(); it != q.end(); ++it)
            req->query.append({it.key().toUtf8(), it.value().toString().toUtf8()});
    }
    const QJsonObject headers = in[QLatin1String("headers")].toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        req->headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
    req->body = in[QLatin1String("body")].toString().toUtf8();

    const SecretBytes sk(in[QLatin1String("sk")].toString().toUtf8());
    Signer::Credentials creds;
    creds.ak = in[QLatin1String("ak")].toString().toUtf8();
    creds.sk = &sk;
    creds.domainId = in[QLatin1String("domainId")].toString().toUtf8();
    creds.securityToken = in[QLatin1String("securityToken")].toString().toUtf8();
    const QDateTime t = Signer::parseSdkDate(in[QLatin1String("date")].toString().toUtf8());
    QVERIFY(t.isValid());
    const Signer::Result r = Signer::sign(*req, creds, t);

    QCOMPARE(QString::fromUtf8(r.canonicalRequest),
             expected[QLatin1String("canonicalRequest")].toString());
    QCOMPARE(QString::fromUtf8(r.stringToSign), expected[QLatin1String("stringToSign")].toString());
    QCOMPARE(QString::fromUtf8(r.payloadHash), expected[QLatin1String("payloadHash")].toString());
    QCOMPARE(QString::fromUtf8(r.xSdkDate), expected[QLatin1String("xSdkDate")].toString());
    QCOMPARE(QString::fromUtf8(r.authorization),
             expected[QLatin1String("authorization")].toString());
    QStringList signedHeaders;
    for (const QByteArray &h : r.signedHeaders)
        signedHeaders << QString::fromUtf8(h);
    QStringList want;
    for (const QJsonValue &v : expected[QLatin1String("signedHeaders")].toArray())
        want << v.toString();
    QCOMPARE(signedHeaders, want);
}

void TestSigner::percentEncode_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("unreserved") << QByteArray("AZaz09-._~") << QByteArray("AZaz09-._~");
    QTest::newRow("space") << QByteArray("a b") << QByteArray("a%20b");
    QTest::newRow("plus") << QByteArray("1+1") << QByteArray("1%2B1");
    QTest::newRow("star") << QByteArray("a*b") << QByteArray("a%2Ab");
    QTest::newRow("slash") << QByteArray("/a") << QByteArray("%2Fa");
    QTest::newRow("percent") << QByteArray("100%") << QByteArray("100%25");
    QTest::newRow("cjk") << QByteArray("资") << QByteArray("%E8%B5%84");
    QTest::newRow("latin1-byte") << QByteArray("\xe9") << QByteArray("%E9");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestSigner::percentEncode()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, encoded);
    QCOMPARE(Canonical::percentEncode(raw), encoded);
    QCOMPARE(Canonical::percentDecode(encoded), raw);
}

void TestSigner::canonicalUri_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("canonical");
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("plain") << QByteArray("/v2/a/b") << QByteArray("/v2/a/b/")
                           << QByteArray("/v2/a/b");
    QTest::newRow("trailing") << QByteArray("/v2/a/") << QByteArray("/v2/a/")
                              << QByteArray("/v2/a");
    QTest::newRow("empty") << QByteArray("") << QByteArray("/") << QByteArray("/");
    QTest::newRow("root") << QByteArray("/") << QByteArray("/") << QByteArray("/");
    QTest::newRow("pre-encoded") << QByteArray("/v2/a%20b") << QByteArray("/v2/a%20b/")
                                 << QByteArray("/v2/a%20b");
    QTest::newRow("raw-space") << QByteArray("/v2/a b") << QByteArray("/v2/a%20b/")
                               << QByteArray("/v2/a%20b");
    QTest::newRow("cjk") << QByteArray("/v2/客户") << QByteArray("/v2/%E5%AE%A2%E6%88%B7/")
                         << QByteArray("/v2/%E5%AE%A2%E6%88%B7");
    QTest::newRow("lower-hex") << QByteArray("/v2/%2a") << QByteArray("/v2/%2A/")
                               << QByteArray("/v2/%2A");
    QTest::newRow("tilde-encoded")
        << QByteArray("/v2/%7Ex") << QByteArray("/v2/~x/") << QByteArray("/v2/~x");
    QTest::newRow("bad-percent") << QByteArray("/v2/100%") << QByteArray("/v2/100%25/")
                                 << QByteArray("/v2/100%25");
}

void TestSigner::canonicalUri()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, canonical);
    QFETCH(QByteArray, wire);
    QCOMPARE(Canonical::canonicalUri(path), canonical);
    QCOMPARE(Canonical::wirePath(path), wire);
}

void TestSigner::queryParsingAndSorting()
{
    const auto items = Canonical::parseQuery("?b=2&a=1&flag&empty=&a=0&x%20y=1%2B1&plus=a+b&&");
    QCOMPARE(items.size(), 7);
    QCOMPARE(items.at(2).value, QByteArray());
    QCOMPARE(items.at(5).name, QByteArray("x y"));
    QCOMPARE(items.at(5).value, QByteArray("1+1"));
    QCOMPARE(items.at(6).value, QByteArray("a+b")); // '+' is not a space
    QCOMPARE(Canonical::canonicalQuery(items),
             QByteArray("a=0&a=1&b=2&empty=&flag=&plus=a%2Bb&x%20y=1%2B1"));
    // Upper case sorts before lower case, '_' between them (byte order).
    QCOMPARE(Canonical::canonicalQuery({{"b", "1"}, {"B", "1"}, {"_", "1"}}),
             QByteArray("B=1&_=1&b=1"));
    QCOMPARE(Canonical::canonicalQuery({}), QByteArray());
}

static Signer::Result signSimple(Signer::Request r, const QByteArray &domain = {})
{
    static const SecretBytes sk(QByteArrayView("SECRET"));
    Signer::Credentials c;
    c.ak = "AK";
    c.sk = &sk;
    c.domainId = domain;
    return Signer::sign(r, c, Signer::parseSdkDate("20250301T081500Z"));
}

void TestSigner::headersTrimmedLoweredSorted()
{
    auto r = Signer::Request::fromUrl("GET", "https://bss.myhuaweicloud.com/v2/x");
    r->headers = {{"X-Zeta", "  a  b  "}, {"Content-Type", "application/json"}, {"X-Alpha", "1"}};
    const auto res = signSimple(*r);
    QVERIFY(
        res.canonicalRequest.contains("x-alpha:1\nx-sdk-date:20250301T081500Z\nx-zeta:a  b\n\n"));
    QCOMPARE(res.signedHeaders,
             (QList<QByteArray>{"content-type", "host", "x-alpha", "x-sdk-date", "x-zeta"}));
}

void TestSigner::underscoreHeadersNotSigned()
{
    auto r = Signer::Request::fromUrl("GET", "https://bss.myhuaweicloud.com/v2/x");
    r->headers = {{"X_Under", "1"}, {"Content-Length", "0"}};
    const auto res = signSimple(*r);
    QVERIFY(!res.signedHeaders.contains("x_under"));
    QVERIFY(!res.signedHeaders.contains("content-length"));
}

void TestSigner::defaultPortDropped()
{
    auto a = Signer::Request::fromUrl("GET", "https://BSS.MyHuaweiCloud.com:443/v2/x");
    QCOMPARE(a->host, QByteArray("bss.myhuaweicloud.com"));
    auto b = Signer::Request::fromUrl("GET", "http://127.0.0.1:8080/v2/x");
    QCOMPARE(b->host, QByteArray("127.0.0.1:8080"));
    QVERIFY(!Signer::Request::fromUrl("GET", "not a url"));
}

void TestSigner::callerContentSha256Verbatim()
{
    auto r = Signer::Request::fromUrl("POST", "https://bss.myhuaweicloud.com/v2/x");
    r->headers = {{"Content-Type", "application/json"}, {"X-Sdk-Content-Sha256", "abc123"}};
    r->body = "{}";
    const auto res = signSimple(*r);
    QCOMPARE(res.payloadHash, QByteArray("abc123"));
    QVERIFY(res.canonicalRequest.endsWith("\nabc123"));
}

void TestSigner::securityTokenAndProjectId()
{
    auto r = Signer::Request::fromUrl("GET", "https://ecs.example.com/v1/x");
    static const SecretBytes sk(QByteArrayView("S"));
    Signer::Credentials c;
    c.ak = "AK";
    c.sk = &sk;
    c.projectId = "p1";
    c.securityToken = "tok";
    const auto res = Signer::sign(*r, c, QDateTime::currentDateTimeUtc());
    QVERIFY(res.signedHeaders.contains("x-project-id"));
    QVERIFY(res.signedHeaders.contains("x-security-token"));
    QVERIFY(!res.signedHeaders.contains("x-domain-id"));
}

void TestSigner::v11DerivedKey()
{
    // signing.md §5: info 20241231/cn-north-4/iotdm gives this derived key for the example AK/SK.
    const QByteArray okm = crypto::hkdfSha256("pXBvmEXAMPLEsecretKEYq2Y8kKnQ3fWm0Ad7sLp1",
                                              "ZUOZLIGJ7XEXAMPLEAK1", "20241231/cn-north-4/iotdm");
    QCOMPARE(okm.toHex(),
             QByteArray("77fde1453228ff5647afd43872bbad8ebaf6ae64abf3e4606f286f462cbb806a"));
    // And a whole request, cross-checked once with the official Node SDK (refsign).
    auto r =
        Signer::Request::fromUrl("POST", "https://iotda.cn-north-4.example.com/v5/iot/x?b=2&a=1");
    r->headers = {{"Content-Type", "application/json"}};
    r->body = "{\"a\":1}";
    const SecretBytes sk(QByteArrayView("pXBvmEXAMPLEsecretKEYq2Y8kKnQ3fWm0Ad7sLp1"));
    Signer::Credentials c;
    c.ak = "ZUOZLIGJ7XEXAMPLEAK1";
    c.sk = &sk;
    const auto res = Signer::sign(*r, c, Signer::parseSdkDate("20241231T235959Z"),
                                  Signer::Derived{"cn-north-4", "iotdm"});
    QCOMPARE(
        res.authorization,
        QByteArray("V11-HMAC-SHA256 Credential=ZUOZLIGJ7XEXAMPLEAK1/20241231/cn-north-4/iotdm, "
                   "SignedHeaders=content-type;host;x-sdk-date, "
                   "Signature=ecbdb4ecd303fa841077913a99babad5060d3577367d939f7fec7580ddae9752"));
}

void TestSigner::hmacRfc4231()
{
    QCOMPARE(crypto::hmacSha256Hex("Jefe", "what do ya want for nothing?"),
             QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    QCOMPARE(crypto::sha256Hex(""),
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    // RFC 4231 case 1 (20-byte key), case 6 (a 131-byte key, hashed first), a key of exactly one
    // block (value from Python's hmac module) and an empty key: the
    // HMAC is built on the cached digest (crypto.cpp), so each key length path is checked.
    QCOMPARE(crypto::hmacSha256Hex(QByteArray(20, '\x0b'), "Hi There"),
             QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"));
    QCOMPARE(crypto::hmacSha256Hex(QByteArray(131, '\xaa'),
                                   "Test Using Larger Than Block-Size Key - Hash Key First"),
             QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"));
    QCOMPARE(crypto::hmacSha256Hex(QByteArray(64, 'k'), "exactly one block of key"),
             QByteArray("baa93ea4ccc7062ed6870c5e7937dbd35ad7791df4e29df9addeb429ff491acf"));
    QCOMPARE(crypto::hmacSha256Hex("", ""),
             QByteArray("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad"));
}

void TestSigner::sdkDateFormat()
{
    const QDateTime t = Signer::parseSdkDate("20240229T000102Z");
    QVERIFY(t.isValid());
    QCOMPARE(Signer::formatSdkDate(t), QByteArray("20240229T000102Z"));
    QCOMPARE(Signer::formatSdkDate(Signer::parseSdkDate("2024-02-29T08:01:02+08:00")),
             QByteArray("20240229T000102Z"));
    QVERIFY(!Signer::parseSdkDate("yesterday").isValid());
    // Hand-formatted: padding of every field, and a local time converted to UTC first.
    QCOMPARE(Signer::formatSdkDate(QDateTime(QDate(987, 1, 2), QTime(3, 4, 5), QTimeZone::utc())),
             QByteArray("09870102T030405Z"));
    QCOMPARE(Signer::formatSdkDate(
                 QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59), QTimeZone(8 * 3600))),
             QByteArray("20261231T155959Z"));
}

QTEST_GUILESS_MAIN(TestSigner)
#include "tst_signer.moc"
