// The real client against the sandbox server over HTTP: signatures, listing and filters, paging,
// partner balances, allocate/reclaim with their business rules and records, coupon reclaim.
#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/controloperations.h"
#include "bss/operations.h"
#include "bss/pager.h"
#include "bss/responses.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

class TestSandbox : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void routesAreTheClientsOperations();
    void wrongSecretIsRejected();
    void listsAndFilters();
    void pagesThroughEveryCustomer();
    void allocateAndReclaimMoveMoneyExactly();
    void fundsBusinessRules();
    void couponReclaimRules();
    void resellerScope();
    void clockSkewRejected();
    void officialSdkSignaturesAccepted();

private:
    BssJob *run(const ApiRequest &r, BssClient *client = nullptr);
    QJsonObject customerWhere(const QString &associationType);
    SandboxStore *m_store = nullptr;
    SandboxServer *m_server = nullptr;
    BssClient *m_client = nullptr;
};

void TestSandbox::initTestCase()
{
    m_store = new SandboxStore();
    QVERIFY2(m_store->isOpen(), qPrintable(m_store->lastError()));
    QVERIFY2(m_store->seed({7, 300, false}), qPrintable(m_store->lastError()));
    m_server = new SandboxServer(m_store, this);
    m_server->setCredentials("SANDBOXAK", SecretBytes(QByteArrayView("sandbox-sk")),
                             "sandbox-domain");
    QVERIFY(m_server->listen() != 0);
    m_client = new BssClient(this);
    m_client->setEndpoint(Endpoint::custom(m_server->baseUrl()));
    m_client->setCredentials("SANDBOXAK", SecretBytes(QByteArrayView("sandbox-sk")));
    m_client->setDomainId("sandbox-domain");
}

// The sandbox builds its routes from the client's operation table and the control table: every
// operation the client can send is served at the method and path the client uses, and nothing else.
void TestSandbox::routesAreTheClientsOperations()
{
    // Per site: the site's operations, IAM's domain look-up, the sandbox's own extensions and
    // its control operations.
    const auto expectedOf = [](Endpoint::Api api) {
        QStringList expected = Operations::operationsOf(api) + ControlOperations::names() +
                               QStringList{QStringLiteral("KeystoneListAuthDomains")};
        for (const QString &name : Operations::knownOperations()) {
            if (Operations::isSandboxOnly(name))
                expected.append(name);
        }
        expected.sort();
        return expected;
    };
    const QStringList expected = expectedOf(Endpoint::Api::China);
    QCOMPARE(m_server->operations(), expected);
    SandboxStore intlStore;
    QVERIFY(intlStore.seed({3, 10, true}));
    SandboxServer intl(&intlStore);
    QCOMPARE(intl.operations(), expectedOf(Endpoint::Api::International));
    QVERIFY(!intl.operations().contains(QStringLiteral("ListPartnerBalances"))); // China only
    QVERIFY(intl.operations().contains(QStringLiteral("ListSubCustomers")));
    // Over HTTP a China-only path on the International sandbox gets the gateway's JSON answer
    // for an API that does not exist, not a bare 404.
    QVERIFY(intl.listen() != 0);
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(
        QUrl(intl.baseUrl().toString() + "/v2/accounts/partner-accounts/balances")));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value("error_code").toString(),
             QStringLiteral("APIG.0101"));
    reply->deleteLater();
    QString problem;
    for (const QString &name : expected) {
        const ApiRequest r = ControlOperations::isControl(name)
                                 ? ControlOperations::byName(name, &problem)
                                 : Operations::byName(name, &problem);
        QVERIFY2(m_server->routes().contains(r.method + ' ' + r.path), qPrintable(name));
    }
}

void TestSandbox::cleanupTestCase()
{
    delete m_client;
    delete m_server; // before the store it serves
    delete m_store;
}

BssJob *TestSandbox::run(const ApiRequest &r, BssClient *client)
{
    BssJob *job = (client ? client : m_client)->call(r);
    job->setAutoDelete(false);
    job->setParent(this);
    QSignalSpy spy(job, &BssJob::finished);
    if (!job->isFinished())
        spy.wait(10000);
    return job;
}

QJsonObject TestSandbox::customerWhere(const QString &associationType)
{
    QString problem;
    Operations::CustomerFilter f;
    f.associationType = associationType;
    BssJob *job = run(Operations::listSubCustomers(f, 0, 1, &problem));
    return job->json().value(QLatin1String("customer_infos")).toArray().first().toObject();
}

void TestSandbox::wrongSecretIsRejected()
{
    BssClient wrong;
    wrong.setEndpoint(Endpoint::custom(m_server->baseUrl()));
    wrong.setCredentials("SANDBOXAK", SecretBytes(QByteArrayView("not-the-secret")));
    wrong.setDomainId("sandbox-domain");
    QString problem;
    BssJob *job = run(Operations::listPartnerBalances(QString(), &problem), &wrong);
    QCOMPARE(job->error().kind(), BssError::Kind::Credentials);
    QCOMPARE(job->error().code(), QStringLiteral("APIG.0301"));
    QCOMPARE(job->attempts(), 1);
    BssClient unknown;
    unknown.setEndpoint(Endpoint::custom(m_server->baseUrl()));
    unknown.setCredentials("OTHERAK", SecretBytes(QByteArrayView("sandbox-sk")));
    unknown.setDomainId("sandbox-domain");
    QCOMPARE(run(Operations::listPartnerBalances(QString(), &problem), &unknown)->error().code(),
             QStringLiteral("APIG.0301"));
    // IAM discovery works without a domain id.
    BssJob *iam = run(Operations::listAuthDomains());
    QCOMPARE(*Responses::domainId(iam->json(), &problem), QStringLiteral("sandbox-domain"));
}

void TestSandbox::listsAndFilters()
{
    QString problem;
    BssJob *all = run(Operations::listSubCustomers({}, 0, 100, &problem));
    QVERIFY2(!all->error().isError(), qPrintable(all->error().diagnosticText()));
    const auto page = Responses::customers(all->json(), &problem);
    QVERIFY(page);
    QCOMPARE(page->total, 270); // every tenth seeded customer belongs to a reseller
    QCOMPARE(page->items.size(), 100);
    const Customer first = page->items.first();
    Operations::CustomerFilter f;
    f.accountName = first.accountName.right(6); // fuzzy: infix
    const auto byName = Responses::customers(
        run(Operations::listSubCustomers(f, 0, 10, &problem))->json(), &problem);
    QVERIFY(byName && !byName->items.isEmpty());
    QCOMPARE(byName->items.first().customerId, first.customerId);
    Operations::CustomerFilter byId;
    byId.customerId = first.customerId;
    QCOMPARE(Responses::customers(run(Operations::listSubCustomers(byId, 0, 10, &problem))->json(),
                                  &problem)
                 ->total,
             1);
    Operations::CustomerFilter referral;
    referral.associationType = QStringLiteral("1");
    const auto referrals = Responses::customers(
        run(Operations::listSubCustomers(referral, 0, 100, &problem))->json(), &problem);
    QVERIFY(referrals->total > 0 && referrals->total < 270);
    for (const Customer &c : referrals->items)
        QCOMPARE(c.associationType, QStringLiteral("1"));
    // The sandbox enforces limit <= 100 itself.
    ApiRequest raw = Operations::byName(QStringLiteral("ListSubCustomers"), &problem);
    raw.body = R"({"limit":101})";
    QCOMPARE(run(raw)->error().code(), QStringLiteral("CBC.0100"));
}

void TestSandbox::pagesThroughEveryCustomer()
{
    Pager pager(
        m_client,
        [](int offset, int limit) {
            QString problem;
            return Operations::listSubCustomers({}, offset, limit, &problem);
        },
        Pager::Options{QStringLiteral("customer_infos"), 100, 3, -1});
    QSet<QString> ids;
    connect(&pager, &Pager::pageReceived, this, [&](int, const QJsonArray &items, int) {
        for (const QJsonValue &v : items)
            ids.insert(v[QLatin1String("customer_id")].toString());
    });
    QSignalSpy done(&pager, &Pager::finished);
    pager.start();
    QVERIFY(done.wait(10000));
    QCOMPARE(ids.size(), 270);
}

void TestSandbox::allocateAndReclaimMoveMoneyExactly()
{
    const QString id =
        customerWhere(QStringLiteral("2")).value(QLatin1String("customer_id")).toString();
    const Decimal cashBefore = m_store->partnerCash();
    const Decimal balanceBefore = m_store->customerBalance(id);
    QString problem;
    Operations::AdjustRecordFilter f;
    f.customerId = id;
    const int recordsBefore =
        Responses::adjustRecords(
            run(Operations::listPartnerAdjustRecords(f, 0, 10, &problem))->json(), &problem)
            ->total;
    BssJob *a =
        run(Operations::allocateToCustomer(id, *Decimal::parse(u"1234.56"), QString(), &problem));
    QVERIFY2(!a->error().isError(), qPrintable(a->error().diagnosticText()));
    const QString transferId = *Responses::transactionId(a->json(), &problem);
    QCOMPARE(m_store->partnerCash(), cashBefore - *Decimal::parse(u"1234.56"));
    QCOMPARE(m_store->customerBalance(id), balanceBefore + *Decimal::parse(u"1234.56"));
    BssJob *r =
        run(Operations::reclaimFromCustomer(id, *Decimal::parse(u"0.06"), QString(), &problem));
    QVERIFY(!r->error().isError());
    QVERIFY(r->json().contains(QLatin1String("trans_id")));
    QCOMPARE(m_store->partnerCash(), cashBefore - *Decimal::parse(u"1234.50"));
    // Both show in the adjust records (after the seeded history), newest first, amounts as
    // exact strings.
    const auto records = Responses::adjustRecords(
        run(Operations::listPartnerAdjustRecords(f, 0, 10, &problem))->json(), &problem);
    QVERIFY(records);
    QCOMPARE(records->total, recordsBefore + 2);
    QCOMPARE(records->items.at(1).transId, transferId);
    QCOMPARE(records->items.at(1).amount.toString(), QStringLiteral("1234.56"));
    QCOMPARE(records->items.at(0).operationType, QStringLiteral("SOURCE_OPERATION_BERETRIEVE"));
    // The partner balance the API reports agrees with the ledger.
    const auto balances = Responses::partnerBalances(
        run(Operations::listPartnerBalances(QString(), &problem))->json(), &problem);
    QCOMPARE(balances->first().amount, m_store->partnerCash());
}

void TestSandbox::fundsBusinessRules()
{
    const QString agency =
        customerWhere(QStringLiteral("2")).value(QLatin1String("customer_id")).toString();
    const QString referral =
        customerWhere(QStringLiteral("1")).value(QLatin1String("customer_id")).toString();
    const Decimal cash = m_store->partnerCash();
    QString problem;
    const Decimal tooMuch = m_store->customerBalance(agency) + *Decimal::parse(u"0.01");
    BssJob *over = run(Operations::reclaimFromCustomer(agency, tooMuch, QString(), &problem));
    QCOMPARE(over->error().code(), QStringLiteral("CBC.99005003"));
    QCOMPARE(over->error().kind(), BssError::Kind::BusinessRule);
    BssJob *ref =
        run(Operations::allocateToCustomer(referral, *Decimal::parse(u"1"), QString(), &problem));
    QCOMPARE(ref->error().code(), QStringLiteral("CBC.5021"));
    BssJob *stranger = run(Operations::allocateToCustomer(
        QStringLiteral("nobody"), *Decimal::parse(u"1"), QString(), &problem));
    QCOMPARE(stranger->error().code(), QStringLiteral("CBC.99000035"));
    BssJob *huge = run(
        Operations::allocateToCustomer(agency, *Decimal::parse(u"99999999"), QString(), &problem));
    QCOMPARE(huge->error().code(), QStringLiteral("CBC.99005003"));
    // The sandbox checks the amount rule itself too (a client that skipped its own check).
    for (const char *body :
         {R"({"customer_id":"x","amount":1.005})", R"({"customer_id":"x","amount":0})",
          R"({"customer_id":"x","amount":"abc"})",
          R"({"customer_id":"x","amount":1,"indirect_partner_id":""})"}) {
        ApiRequest raw =
            Operations::byName(QStringLiteral("UpdateCustomerAccountAmount"), &problem);
        raw.body = body;
        QCOMPARE(run(raw)->error().code(), QStringLiteral("CBC.0100"));
    }
    QCOMPARE(m_store->partnerCash(), cash); // nothing moved
}

void TestSandbox::couponReclaimRules()
{
    QString problem;
    Operations::CouponFilter usable;
    usable.status = 2;
    const auto coupons = Responses::issuedCoupons(
        run(Operations::listIssuedPartnerCoupons(usable, 0, 5, &problem))->json(), &problem);
    QVERIFY(coupons && !coupons->items.isEmpty());
    const IssuedCoupon c = coupons->items.first();
    QCOMPARE(c.status, 2);
    BssJob *ok = run(Operations::reclaimPartnerCoupon(c.couponId, QString(), &problem));
    QVERIFY2(!ok->error().isError(), qPrintable(ok->error().diagnosticText()));
    QCOMPARE(ok->httpStatus(), 204);
    Operations::CouponFilter byId;
    byId.couponId = c.couponId;
    const auto after = Responses::issuedCoupons(
        run(Operations::listIssuedPartnerCoupons(byId, 0, 1, &problem))->json(), &problem);
    QCOMPARE(after->items.first().status, 5);
    QVERIFY(after->items.first().balance.isZero());
    QCOMPARE(run(Operations::reclaimPartnerCoupon(c.couponId, QString(), &problem))->error().code(),
             QStringLiteral("CBC.0100"));
    Operations::CouponFilter used;
    used.status = 3;
    const auto usedOnes = Responses::issuedCoupons(
        run(Operations::listIssuedPartnerCoupons(used, 0, 1, &problem))->json(), &problem);
    QCOMPARE(
        run(Operations::reclaimPartnerCoupon(usedOnes->items.first().couponId, QString(), &problem))
            ->error()
            .code(),
        QStringLiteral("CBC.0100"));
}

void TestSandbox::resellerScope()
{
    QString problem;
    Operations::CustomerFilter f;
    f.indirectPartnerId = QStringLiteral("rp-0001");
    const auto page = Responses::customers(
        run(Operations::listSubCustomers(f, 0, 100, &problem))->json(), &problem);
    QCOMPARE(page->total, 10);
    QCOMPARE(
        run(Operations::listPartnerBalances(QStringLiteral("rp-9999"), &problem))->error().code(),
        QStringLiteral("CBC.99000037"));
    const auto balances = Responses::partnerBalances(
        run(Operations::listPartnerBalances(QStringLiteral("rp-0001"), &problem))->json(),
        &problem);
    QCOMPARE(balances->first().amount.toString(), QStringLiteral("50000"));
}

void TestSandbox::clockSkewRejected()
{
    BssClient skewed;
    skewed.setEndpoint(Endpoint::custom(m_server->baseUrl()));
    skewed.setCredentials("SANDBOXAK", SecretBytes(QByteArrayView("sandbox-sk")));
    skewed.setDomainId("sandbox-domain");
    skewed.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(-20 * 60); });
    QString problem;
    BssJob *job = run(Operations::listPartnerBalances(QString(), &problem), &skewed);
    QCOMPARE(job->error().code(), QStringLiteral("APIG.0301"));
    QVERIFY(job->error().serverMessage().contains(QStringLiteral("expired")));
    QVERIFY(job->error().userMessage().contains(QStringLiteral("clock")));
    skewed.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(-10 * 60); });
    QVERIFY(!run(Operations::listPartnerBalances(QString(), &problem), &skewed)->error().isError());
}

void TestSandbox::officialSdkSignaturesAccepted()
{
    const QString dir = qEnvironmentVariable("PC_REFSIGN_DIR");
    if (dir.isEmpty())
        QSKIP("node is not installed here: the official-SDK check needs it (PC_REFSIGN_DIR unset)");
    // Two requests signed by the official Node SDK now: one as is, one with its signature altered.
    const QString url =
        m_server->baseUrl().toString() + QStringLiteral("/v2/partners/sub-customers/query");
    QJsonObject in{
        {"method", "POST"},
        {"url", url},
        {"headers", QJsonObject{{"Content-Type", "application/json"}}},
        {"body", R"({"limit":3,"offset":0})"},
        {"ak", "SANDBOXAK"},
        {"sk", "sandbox-sk"},
        {"domainId", "sandbox-domain"},
        {"date", QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))}};
    QProcess node;
    node.setWorkingDirectory(dir);
    node.start(QStringLiteral("node"), {QStringLiteral("refsign.js")});
    QVERIFY(node.waitForStarted());
    node.write(QJsonDocument(in).toJson(QJsonDocument::Compact));
    node.closeWriteChannel();
    QVERIFY(node.waitForFinished(60000));
    const QJsonObject sdk = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
    QVERIFY2(sdk.contains(QLatin1String("authorization")), "refsign gave no result");

    QNetworkAccessManager nam;
    auto send = [&](bool tamper) {
        QNetworkRequest r(QUrl(sdk["wireUrl"].toString()));
        const QJsonObject headers = sdk["headers"].toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            if (it.key().compare(QLatin1String("host"), Qt::CaseInsensitive) == 0)
                continue;
            QByteArray value = it.value().toString().toUtf8();
            if (tamper && it.key() == QLatin1String("Authorization"))
                value = value.left(value.size() - 1) + (value.endsWith('0') ? "1" : "0");
            r.setRawHeader(it.key().toUtf8(), value);
        }
        QNetworkReply *reply = nam.post(r, sdk["body"].toString().toUtf8());
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        reply->deleteLater();
        return std::make_pair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                              reply->readAll());
    };
    const auto good = send(false);
    QCOMPARE(good.first, 200);
    QCOMPARE(QJsonDocument::fromJson(good.second).object()["customer_infos"].toArray().size(), 3);
    const auto bad = send(true);
    QCOMPARE(bad.first, 401);
    QVERIFY(bad.second.contains("APIG.0301"));
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
