// Signing a typical BSS POST (ListSubCustomers with a JSON body), as throughput, against two
// baselines measured in the same run:
//  - the floor: raw OpenSSL over the same bytes (SHA-256 of the body, SHA-256 of the canonical
//    request, HMAC-SHA256 of the string to sign, hex) with nothing else: target >= 30 % of it;
//  - the official Node SDK signer through ../shared/signing/refsign (per signature, its process
//    start-up subtracted by running 1 and N+1 requests): target >= 20x. Skipped without node.
#include "benchreport.h"
#include "bss/signer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <cstring>

namespace {

const char kBody[] =
    "{\"offset\":0,\"limit\":100,\"account_name\":\"示例客户\","
    "\"indirect_partner_id\":\"\",\"associated_on_begin\":\"2026-01-01T00:00:00Z\","
    "\"associated_on_end\":\"2026-12-01T00:00:00Z\",\"association_type\":\"2\"}";
const char kAk[] = "ZUOZLIGJ7XEXAMPLEAK1";
const char kSk[] = "pXBvmEXAMPLEsecretKEYq2Y8kKnQ3fWm0Ad7sLp1";
const char kDomain[] = "0970dd7a1300f5672ff2c003c60ae115";
const char kDate[] = "20251201T081500Z";

Signer::Request typicalRequest()
{
    Signer::Request r;
    r.method = "POST";
    r.host = "bss.myhuaweicloud.com";
    r.path = "/v2/partners/sub-customers/query";
    r.headers = {{"Content-Type", "application/json"}, {"X-Language", "zh_CN"}};
    r.body = QByteArray(kBody);
    return r;
}

template<typename F> double opsPerSecond(F &&op)
{
    // PC_BENCH_SECONDS shortens the run (e.g. under a profiler).
    const double seconds = qEnvironmentVariableIsSet("PC_BENCH_SECONDS")
                               ? qEnvironmentVariable("PC_BENCH_SECONDS").toDouble()
                               : 1.5;
    for (int i = 0; i < 2000; ++i)
        op(); // warm-up
    QElapsedTimer t;
    t.start();
    qint64 n = 0;
    while (t.nsecsElapsed() < qint64(seconds * 1e9)) {
        for (int i = 0; i < 1000; ++i)
            op();
        n += 1000;
    }
    return double(n) / (double(t.nsecsElapsed()) / 1e9);
}

void hex(const unsigned char *in, size_t n, char *out)
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; ++i) {
        out[2 * i] = digits[in[i] >> 4];
        out[2 * i + 1] = digits[in[i] & 15];
    }
}

// The node signer's time per signature, or 0 (and *why) when it cannot run.
double nodeSecondsPerSignature(const QByteArray &expectedAuthorization, QString *why)
{
    const QString dir = qEnvironmentVariable("PC_REFSIGN_DIR");
    if (dir.isEmpty()) {
        *why = QStringLiteral("PC_REFSIGN_DIR not set (scripts/bench.sh prepares it; needs node)");
        return 0;
    }
    const QJsonObject one{
        {QStringLiteral("method"), QStringLiteral("POST")},
        {QStringLiteral("url"),
         QStringLiteral("https://bss.myhuaweicloud.com/v2/partners/sub-customers/query")},
        {QStringLiteral("headers"),
         QJsonObject{{QStringLiteral("Content-Type"), QStringLiteral("application/json")},
                     {QStringLiteral("X-Language"), QStringLiteral("zh_CN")}}},
        {QStringLiteral("body"), QString::fromUtf8(kBody)},
        {QStringLiteral("ak"), QString::fromLatin1(kAk)},
        {QStringLiteral("sk"), QString::fromLatin1(kSk)},
        {QStringLiteral("date"), QString::fromLatin1(kDate)},
        {QStringLiteral("domainId"), QString::fromLatin1(kDomain)}};
    const auto run = [&](int count, QJsonArray *out) -> double {
        QJsonArray in;
        for (int i = 0; i < count; ++i)
            in.append(one);
        QProcess node;
        node.setWorkingDirectory(dir);
        QElapsedTimer t;
        t.start();
        node.start(QStringLiteral("node"), {QStringLiteral("refsign.js")});
        if (!node.waitForStarted())
            return -1;
        node.write(QJsonDocument(in).toJson(QJsonDocument::Compact));
        node.closeWriteChannel();
        if (!node.waitForFinished(300000) || node.exitCode() != 0)
            return -1;
        const double s = double(t.nsecsElapsed()) / 1e9;
        *out = QJsonDocument::fromJson(node.readAllStandardOutput()).array();
        return s;
    };
    constexpr int kMany = 20000;
    QJsonArray few, many;
    const double t1 = run(1, &few);
    const double tn = run(kMany + 1, &many);
    if (t1 < 0 || tn < 0 || many.size() != kMany + 1) {
        *why = QStringLiteral("node refsign.js failed to run");
        return 0;
    }
    if (many.first().toObject().value(QStringLiteral("authorization")).toString().toUtf8() !=
        expectedAuthorization) {
        *why = QStringLiteral("node's signature differs from ours: not comparable");
        return 0;
    }
    return (tn - t1) / kMany;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Signer::Request request = typicalRequest();
    const SecretBytes sk{QByteArray(kSk)};
    Signer::Credentials creds;
    creds.ak = kAk;
    creds.sk = &sk;
    creds.domainId = kDomain;
    const QDateTime time = Signer::parseSdkDate(kDate);
    const Signer::Result reference = Signer::sign(request, creds, time);

    volatile size_t sink = 0;
    const double ours = opsPerSecond([&] {
        const Signer::Result r = Signer::sign(request, creds, time);
        sink = sink + size_t(r.authorization.size());
    });

    // The floor: only the cryptography over the same canonical bytes.
    const QByteArray canonical = reference.canonicalRequest;
    const QByteArray body = request.body;
    const QByteArray prefix = "SDK-HMAC-SHA256\n" + QByteArray(kDate) + '\n';
    const double floor = opsPerSecond([&] {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int len = 0;
        char text[64];
        EVP_Digest(body.constData(), size_t(body.size()), digest, &len, EVP_sha256(), nullptr);
        hex(digest, len, text); // the payload hash line (already part of `canonical`)
        EVP_Digest(canonical.constData(), size_t(canonical.size()), digest, &len, EVP_sha256(),
                   nullptr);
        char sts[128];
        std::memcpy(sts, prefix.constData(), size_t(prefix.size()));
        hex(digest, len, sts + prefix.size());
        HMAC(EVP_sha256(), kSk, int(std::strlen(kSk)), reinterpret_cast<const unsigned char *>(sts),
             size_t(prefix.size()) + 64, digest, &len);
        hex(digest, len, text);
        sink = sink + size_t(text[0]);
    });

    bool ok = true;
    BenchReport::Row vsFloor;
    vsFloor.id = QStringLiteral("sign.vs_openssl_floor");
    vsFloor.what = QStringLiteral("Signer::sign, typical BSS POST");
    vsFloor.baseline = QStringLiteral("raw OpenSSL SHA-256 + HMAC of the same canonical bytes");
    vsFloor.unit = QStringLiteral("ops/s");
    vsFloor.value = ours;
    vsFloor.baselineValue = floor;
    vsFloor.minRatio = 0.30;
    ok &= BenchReport::report(vsFloor);

    BenchReport::Row vsNode;
    vsNode.id = QStringLiteral("sign.vs_node_sdk");
    vsNode.what = vsFloor.what;
    vsNode.baseline = QStringLiteral("official Node SDK signer (refsign.js), start-up excluded");
    vsNode.unit = QStringLiteral("ops/s");
    vsNode.value = ours;
    vsNode.minRatio = 20;
    QString why;
    const double nodeSeconds = nodeSecondsPerSignature(reference.authorization, &why);
    if (nodeSeconds > 0) {
        vsNode.baselineValue = 1.0 / nodeSeconds;
        vsNode.note = QStringLiteral("node: 20,001 requests in one process minus 1 request");
    } else {
        vsNode.skipped = true;
        vsNode.note = why;
    }
    ok &= BenchReport::report(vsNode);
    return ok ? 0 : 1;
}
