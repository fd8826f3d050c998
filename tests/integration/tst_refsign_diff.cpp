// Differential test: 400 random requests signed by our Signer and by the official Node SDK signer
// (../shared/signing/refsign) must give the same Authorization. Inputs stay inside the rules on
// which the SDK and the gateway agree (signing.md §11): trimmed header values, raw (not
// pre-encoded) paths without characters a URL parser would encode, ASCII query names.
#include "bss/signer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

class TestRefsignDiff : public QObject
{
    Q_OBJECT
private slots:
    void matchesOfficialSdk();
};

static QString pick(QRandomGenerator &rng, const QStringList &from)
{
    return from.at(int(rng.bounded(from.size())));
}

static QString randomText(QRandomGenerator &rng)
{
    static const QStringList parts = {"a",   "Z9",        "x y", "华为",  "云 经销商", "~tilde",
                                      "a*b", "1+1=2",     "/s/", "!'()",  "q?&#",      "100%",
                                      "é",   "\"quote\"", "-._", ",;:@$", ""};
    QString s;
    for (int i = 0, n = int(rng.bounded(1, 4)); i < n; ++i)
        s += pick(rng, parts);
    return s;
}

void TestRefsignDiff::matchesOfficialSdk()
{
    const QString dir = qEnvironmentVariable("PC_REFSIGN_DIR");
    if (dir.isEmpty())
        QSKIP("PC_REFSIGN_DIR not set");
    QRandomGenerator rng(0xB55);
    QJsonArray inputs;
    QList<Signer::Result> ours;
    static const QStringList segments = {"v2",  "partners", "sub-customers", "query",
                                         "x~y", "a=b",      "a@b",           "balances",
                                         "v3",  "records",  "a*b",           "c+d"};
    static const QStringList names = {"limit", "offset", "customer_id", "status",
                                      "Alpha", "b_c",    "x-y",         "z"};
    for (int i = 0; i < 400; ++i) {
        QJsonObject in;
        const bool post = rng.bounded(2) == 1;
        QString path;
        for (int s = 0, n = int(rng.bounded(1, 5)); s < n; ++s)
            path += u'/' + pick(rng, segments);
        if (rng.bounded(4) == 0)
            path += u'/';
        const QString host = rng.bounded(3) == 0 ? QStringLiteral("bss.example.com:8443")
                                                 : QStringLiteral("bss.myhuaweicloud.com");
        in.insert("method", post ? "POST" : "GET");
        in.insert("url", QStringLiteral("https://") + host + path);
        QJsonObject query;
        for (int q = 0, n = int(rng.bounded(0, 5)); q < n; ++q)
            query.insert(pick(rng, names), randomText(rng));
        in.insert("query", query);
        QJsonObject headers{{"Content-Type", "application/json"}};
        if (rng.bounded(2))
            headers.insert("X-Language", rng.bounded(2) ? "zh_CN" : "en_US");
        if (rng.bounded(3) == 0)
            headers.insert("X-Custom-Trace", QStringLiteral("t-%1").arg(rng.generate()));
        in.insert("headers", headers);
        QByteArray body;
        if (post) {
            QJsonObject b{{"customer_id", randomText(rng)}, {"limit", int(rng.bounded(1, 100))}};
            body = QJsonDocument(b).toJson(QJsonDocument::Compact);
            in.insert("body", QString::fromUtf8(body));
        }
        in.insert("ak",
                  QStringLiteral("AK%1").arg(rng.generate(), 8, 16, QLatin1Char('0')).toUpper());
        in.insert(
            "sk",
            QStringLiteral("sk-%1-%2").arg(rng.generate()).arg(randomText(rng).toHtmlEscaped()));
        in.insert("date", QDateTime::fromSecsSinceEpoch(1600000000 + rng.bounded(200000000),
                                                        QTimeZone::utc())
                              .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
        in.insert("domainId", QStringLiteral("%1").arg(rng.generate64(), 32, 16, QLatin1Char('0')));
        if (rng.bounded(5) == 0)
            in.insert("securityToken", QStringLiteral("tok+/=%1").arg(rng.generate()));
        inputs.append(in);

        auto req = Signer::Request::fromUrl(in["method"].toString().toUtf8(),
                                            in["url"].toString().toUtf8());
        QVERIFY(req);
        req->query.clear();
        for (auto it = query.begin(); it != query.end(); ++it)
            req->query.append({it.key().toUtf8(), it.value().toString().toUtf8()});
        for (auto it = headers.begin(); it != headers.end(); ++it)
            req->headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
        req->body = body;
        const SecretBytes sk(in["sk"].toString().toUtf8());
        Signer::Credentials c;
        c.ak = in["ak"].toString().toUtf8();
        c.sk = &sk;
        c.domainId = in["domainId"].toString().toUtf8();
        c.securityToken = in["securityToken"].toString().toUtf8();
        ours.append(Signer::sign(*req, c, Signer::parseSdkDate(in["date"].toString().toUtf8())));
    }
    QProcess node;
    node.setWorkingDirectory(dir);
    node.start(QStringLiteral("node"), {QStringLiteral("refsign.js")});
    QVERIFY(node.waitForStarted());
    node.write(QJsonDocument(inputs).toJson(QJsonDocument::Compact));
    node.closeWriteChannel();
    QVERIFY(node.waitForFinished(120000));
    QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
    const QJsonArray theirs = QJsonDocument::fromJson(node.readAllStandardOutput()).array();
    QCOMPARE(theirs.size(), inputs.size());
    for (int i = 0; i < theirs.size(); ++i) {
        const QJsonObject t = theirs.at(i).toObject();
        QVERIFY2(
            QString::fromUtf8(ours.at(i).canonicalRequest) == t["canonicalRequest"].toString(),
            qPrintable(QStringLiteral("#%1 input %2\nours:\n%3\nsdk:\n%4")
                           .arg(i)
                           .arg(QString::fromUtf8(QJsonDocument(inputs.at(i).toObject()).toJson()),
                                QString::fromUtf8(ours.at(i).canonicalRequest),
                                t["canonicalRequest"].toString())));
        QCOMPARE(QString::fromUtf8(ours.at(i).authorization), t["authorization"].toString());
    }
}

QTEST_GUILESS_MAIN(TestRefsignDiff)
#include "tst_refsign_diff.moc"
