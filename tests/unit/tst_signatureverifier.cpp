// The gateway-side check: accepts what the signer (and the official SDK vectors) produce, rejects
// tampering, unknown keys, stale dates and missing signed headers.
#include "bss/signatureverifier.h"
#include "bss/signer.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestSignatureVerifier : public QObject
{
    Q_OBJECT
private slots:
    void acceptsShippedVectors();
    void rejections_data();
    void rejections();
};

namespace {

struct Wire
{
    QByteArray method, path, query, body;
    QHash<QByteArray, QByteArray> headers; // lower-case
    SignatureVerifier::Request request() const
    {
        return {method, path, query, body,
                [this](const QByteArray &n) { return headers.value(n); }};
    }
};

const SecretBytes kSk(QByteArrayView("the-secret"));

Wire signedWire(const QDateTime &when)
{
    auto r = Signer::Request::fromUrl(
        "POST", "https://bss.myhuaweicloud.com/v2/partners/sub-customers/query?b=1&a=x%20y");
    r->headers = {{"Content-Type", "application/json"}, {"X-Language", "zh_CN"}};
    r->body = R"({"limit":10})";
    Signer::Credentials c;
    c.ak = "GOODAK";
    c.sk = &kSk;
    c.domainId = "dom";
    const auto res = Signer::sign(*r, c, when);
    Wire w{"POST", res.wirePath, res.wireQuery, r->body, {}};
    for (const auto &h : res.headers)
        w.headers.insert(h.name.toLower(), h.value);
    return w;
}

const SecretBytes *lookup(const QByteArray &ak)
{
    return ak == "GOODAK" ? &kSk : nullptr;
}

} // namespace

void TestSignatureVerifier::acceptsShippedVectors()
{
    QFile f(QStringLiteral(PC_TEST_DATA_DIR "/signing-vectors.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray vectors =
        QJsonDocument::fromJson(f.readAll()).object()[QLatin1String("vectors")].toArray();
    int checked = 0;
    for (const QJsonValue &v : vectors) {
        const QJsonObject in = v[QLatin1String("input")].toObject();
        const QJsonObject exp = v[QLatin1String("expected")].toObject();
        if (!exp[QLatin1String("authorization")].toString().startsWith(
                QLatin1String("SDK-HMAC-SHA256")))
            continue;
        const QByteArray wireUrl = exp[QLatin1String("wireUrl")].toString().toUtf8();
        const qsizetype afterHost = wireUrl.indexOf('/', wireUrl.indexOf("://") + 3);
        const qsizetype q = wireUrl.indexOf('?');
        Wire w;
        w.method = in[QLatin1String("method")].toString().toUtf8();
        w.path = q < 0 ? wireUrl.mid(afterHost) : wireUrl.mid(afterHost, q - afterHost);
        w.query = q < 0 ? QByteArray() : wireUrl.mid(q + 1);
        w.body = exp[QLatin1String("body")].toString().toUtf8();
        if (w.body.isEmpty())
            w.body = in[QLatin1String("body")].toString().toUtf8();
        const QJsonObject headers = exp[QLatin1String("headers")].toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            w.headers.insert(it.key().toLower().toUtf8(), it.value().toString().toUtf8());
        const SecretBytes sk(in[QLatin1String("sk")].toString().toUtf8());
        const QByteArray ak = in[QLatin1String("ak")].toString().toUtf8();
        const auto out = SignatureVerifier::verify(
            w.request(), [&](const QByteArray &k) { return k == ak ? &sk : nullptr; },
            Signer::parseSdkDate(in[QLatin1String("date")].toString().toUtf8()).addSecs(600));
        QVERIFY2(out.result == SignatureVerifier::Result::Ok,
                 qPrintable(v[QLatin1String("name")].toString() + u' ' +
                            QString::fromLatin1(SignatureVerifier::describe(out.result))));
        ++checked;
    }
    QCOMPARE(checked, 12);
}

void TestSignatureVerifier::rejections_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<int>("result");
    using R = SignatureVerifier::Result;
    QTest::newRow("none") << "" << int(R::Ok);
    QTest::newRow("body") << "body" << int(R::Mismatch);
    QTest::newRow("query") << "query" << int(R::Mismatch);
    QTest::newRow("path") << "path" << int(R::Mismatch);
    QTest::newRow("signed-header-value") << "language" << int(R::Mismatch);
    QTest::newRow("signature") << "signature" << int(R::Mismatch);
    QTest::newRow("unknown-ak") << "ak" << int(R::UnknownAccessKey);
    QTest::newRow("no-auth") << "no-auth" << int(R::MissingAuthorization);
    QTest::newRow("garbage-auth") << "garbage" << int(R::MalformedAuthorization);
    QTest::newRow("v11") << "v11" << int(R::UnsupportedAlgorithm);
    QTest::newRow("signed-header-missing") << "drop-domain" << int(R::MissingSignedHeader);
    QTest::newRow("late-16min") << "late" << int(R::Expired);
    QTest::newRow("early-16min") << "early" << int(R::Expired);
    QTest::newRow("within-14min") << "skew14" << int(R::Ok);
}

void TestSignatureVerifier::rejections()
{
    QFETCH(QString, tamper);
    QFETCH(int, result);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime signedAt = now;
    if (tamper == u"late")
        signedAt = now.addSecs(-16 * 60);
    else if (tamper == u"early")
        signedAt = now.addSecs(16 * 60);
    else if (tamper == u"skew14")
        signedAt = now.addSecs(-14 * 60);
    Wire w = signedWire(signedAt);
    QByteArray &auth = w.headers["authorization"];
    if (tamper == u"body")
        w.body = R"({"limit":11})";
    else if (tamper == u"query")
        w.query = "a=x%20y&b=2";
    else if (tamper == u"path")
        w.path = "/v2/partners/sub-customers/query2";
    else if (tamper == u"language")
        w.headers["x-language"] = "en_US";
    else if (tamper == u"signature")
        auth = auth.left(auth.size() - 1) + (auth.endsWith('0') ? "1" : "0");
    else if (tamper == u"ak")
        auth.replace("Access=GOODAK", "Access=OTHERAK");
    else if (tamper == u"no-auth")
        w.headers.remove("authorization");
    else if (tamper == u"garbage")
        auth = "SDK-HMAC-SHA256 nonsense";
    else if (tamper == u"v11")
        auth.replace("SDK-HMAC-SHA256", "V11-HMAC-SHA256");
    else if (tamper == u"drop-domain")
        w.headers.remove("x-domain-id");
    const auto out = SignatureVerifier::verify(w.request(), lookup, now);
    QCOMPARE(int(out.result), result);
    QVERIFY(!SignatureVerifier::describe(out.result).isEmpty());
}

QTEST_GUILESS_MAIN(TestSignatureVerifier)
#include "tst_signatureverifier.moc"
