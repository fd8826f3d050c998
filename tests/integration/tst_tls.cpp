// TLS is never ignored: a real HTTPS server on loopback with a freshly made self-signed
// certificate. The client refuses it (a TLS error, one attempt, nothing decrypted by the server),
// while a client that was told to trust that exact certificate talks to the same server fine, so
// the refusal is about trust, not a broken server. Plain HTTP to a host that is not this computer
// is refused before any connection.
#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/operations.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace {

struct Identity
{
    QSslCertificate certificate;
    QSslKey key;
};

QByteArray pemOf(int (*write)(BIO *, void *), void *object)
{
    BIO *bio = BIO_new(BIO_s_mem());
    write(bio, object);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray out(data, size);
    BIO_free(bio);
    return out;
}

// A P-256 key and a self-signed certificate for localhost / 127.0.0.1, valid for a day.
Identity selfSigned()
{
    EVP_PKEY *key = EVP_EC_gen("P-256");
    X509 *cert = X509_new();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert), -60);
    X509_gmtime_adj(X509_getm_notAfter(cert), 86400);
    X509_set_pubkey(cert, key);
    X509_NAME *name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("localhost"), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *san =
        X509V3_EXT_conf_nid(nullptr, &ctx, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1");
    X509_add_ext(cert, san, -1);
    X509_EXTENSION_free(san);
    X509_sign(cert, key, EVP_sha256());
    Identity id;
    id.certificate = QSslCertificate(
        pemOf([](BIO *b, void *c) { return PEM_write_bio_X509(b, static_cast<X509 *>(c)); }, cert));
    id.key = QSslKey(pemOf(
                         [](BIO *b, void *k) {
                             return PEM_write_bio_PrivateKey(b, static_cast<EVP_PKEY *>(k), nullptr,
                                                             nullptr, 0, nullptr, nullptr);
                         },
                         key),
                     QSsl::Ec);
    X509_free(cert);
    EVP_PKEY_free(key);
    return id;
}

// Answers every decrypted request with a BSS-like JSON body and counts them.
class HttpsServer : public QSslServer
{
public:
    explicit HttpsServer(const Identity &id)
    {
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setLocalCertificate(id.certificate);
        c.setPrivateKey(id.key);
        c.setPeerVerifyMode(QSslSocket::VerifyNone); // the server does not ask for a client cert
        setSslConfiguration(c);
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    if (!s->readAll().contains("\r\n\r\n"))
                        return;
                    ++requests;
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                             "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
                    s->disconnectFromHost();
                });
            }
        });
    }
    int requests = 0;
};

} // namespace

class TestTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void selfSignedCertificateIsRefused();
    void theSameServerWorksWhenTrusted();
    void plainHttpToAnotherHostIsRefused();

private:
    Identity m_id;
};

void TestTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    m_id = selfSigned();
    QVERIFY(!m_id.certificate.isNull());
    QVERIFY(!m_id.key.isNull());
    QVERIFY(m_id.certificate.isSelfSigned());
}

void TestTls::selfSignedCertificateIsRefused()
{
    HttpsServer server(m_id);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    BssClient client;
    client.setEndpoint(
        Endpoint::custom(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()))));
    client.setCredentials("AKTESTTLS0000000000", SecretBytes(QByteArray("sk-for-the-tls-test")));
    client.setDomainId("tls-test-domain");
    QString problem;
    const ApiRequest request = Operations::listSubCustomers({}, 0, 10, &problem);
    QVERIFY(problem.isEmpty());
    BssJob *job = client.call(request);
    job->setAutoDelete(false);
    QSignalSpy finished(job, &BssJob::finished);
    QVERIFY(job->isFinished() || finished.wait(20000));
    QCOMPARE(job->error().kind(), BssError::Kind::Tls);
    QCOMPARE(job->attempts(), 1); // a certificate problem is not retried
    QVERIFY2(job->error().diagnosticText().contains(QStringLiteral("self signed"),
                                                    Qt::CaseInsensitive) ||
                 job->error().diagnosticText().contains(QStringLiteral("certificate"),
                                                        Qt::CaseInsensitive),
             qPrintable(job->error().diagnosticText()));
    QVERIFY(!job->error().userMessage().isEmpty());
    QCOMPARE(server.requests, 0); // nothing was sent in the clear or through the bad tunnel
    delete job;
}

void TestTls::theSameServerWorksWhenTrusted()
{
    HttpsServer server(m_id);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(server.serverPort())));
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setCaCertificates({m_id.certificate}); // trust exactly this certificate
    request.setSslConfiguration(c);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(20000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), QByteArray("{}"));
    QCOMPARE(server.requests, 1);
    delete reply;
}

void TestTls::plainHttpToAnotherHostIsRefused()
{
    // Plain HTTP goes to this computer only (the sandbox); any other host is refused before a
    // connection is made, whatever is listening there.
    for (const QString &url : {QStringLiteral("http://192.0.2.10:8080"),
                               QStringLiteral("http://bss.myhuaweicloud.com")}) {
        BssClient client;
        client.setEndpoint(Endpoint::custom(QUrl(url)));
        client.setCredentials("AKTESTTLS0000000000",
                              SecretBytes(QByteArray("sk-for-the-tls-test")));
        client.setDomainId("tls-test-domain");
        QString problem;
        BssJob *job = client.call(Operations::listSubCustomers({}, 0, 10, &problem));
        job->setAutoDelete(false);
        QSignalSpy finished(job, &BssJob::finished);
        QVERIFY(job->isFinished() || finished.wait(5000));
        QCOMPARE(job->error().kind(), BssError::Kind::InvalidRequest);
        QVERIFY(job->error().userMessage().contains(QStringLiteral("loopback")));
        QCOMPARE(job->attempts(), 1);
        delete job;
    }
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
