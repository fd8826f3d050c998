// Every page's loader without a window, against the sandbox over HTTP: what each puts in its
// model is what the server holds (compared with direct calls), each ends in one signal, bad input
// sends nothing, and a malformed answer is an error the user sees, never an empty list.
#include "bss/operations.h"
#include "bss/pager.h"
#include "bss/priceinquiry.h"
#include "bss/responses.h"
#include "core/billperiod.h"
#include "fakebssserver.h"
#include "models/couponmodel.h"
#include "models/couponrecordmodel.h"
#include "models/customermodel.h"
#include "models/partneraccount.h"
#include "models/quotamodel.h"
#include "models/recordspecs.h"
#include "models/recordtablemodel.h"
#include "ops/accountchecks.h"
#include "ops/couponsloader.h"
#include "ops/customerdetail.h"
#include "ops/customerloader.h"
#include "ops/discountsloader.h"
#include "ops/fundsloader.h"
#include "ops/incentivesloader.h"
#include "ops/marketplaceloader.h"
#include "ops/pricingloader.h"
#include "ops/quotasloader.h"
#include "ops/resellerdirectory.h"
#include "ops/resellersloader.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QMap>
#include <QSignalSpy>
#include <QTest>

using namespace SandboxChecks;

namespace {

RecordTableModel *records(QObject *parent)
{
    return new RecordTableModel({{"id", [] { return QStringLiteral("id"); }}}, parent);
}

} // namespace

class TestLoaders : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void funds();
    void fundsBadInputSendsNothing();
    void resellers();
    void resellerCustomersHaveTheirSpend();
    void incentives();
    void marketplace();
    void discounts();
    void quotas();
    void coupons();
    void aMalformedPageIsAnError();
    void aWrongTypeIsAnError();
    void pricing();
    void accountChecks();

private:
    // total_count of a list read directly.
    int totalOf(BssJob *job) { return ok(job) ? Pager::totalOf(job->json()) : -1; }
    SandboxFixture m_sbx;
};

void TestLoaders::initTestCase()
{
    QString error;
    QVERIFY2(m_sbx.start({11, 300, false}, &error), qPrintable(error));
}

void TestLoaders::init()
{
    QVERIFY(m_sbx.setFaults(QString()));
}

void TestLoaders::funds()
{
    auto *changes = records(this), *adjust = records(this), *agreements = records(this);
    FundsLoader loader(m_sbx.client, changes, adjust, agreements);
    QSignalSpy account(&loader, &FundsLoader::accountLoaded);
    QSignalSpy quotas(&loader, &FundsLoader::quotasLeft);
    QSignalSpy failed(&loader, &FundsLoader::failed);
    loader.loadAccount(QString());
    QVERIFY(account.wait(10000));
    QVERIFY(!quotas.isEmpty() || quotas.wait(10000));
    QString problem;
    const auto direct = Responses::partnerBalances(
        m_sbx.run(Operations::listPartnerBalances(QString(), &problem))->json(), &problem);
    QVERIFY(direct);
    const PartnerAccount expected = PartnerAccount::fromBalances(*direct);
    const PartnerAccount got = account.first().first().value<PartnerAccount>();
    QCOMPARE(got.cash, expected.cash);
    QCOMPARE(got.allocatable, expected.allocatable);
    QVERIFY(quotas.first().first().value<Decimal>().isValid());

    FundsLoader::ChangeFilter f;
    f.to = QDate::currentDate();
    f.from = f.to.addMonths(-6);
    QSignalSpy changesDone(&loader, &FundsLoader::changesLoaded);
    loader.loadChanges(f);
    QVERIFY(changesDone.wait(20000));
    const int total =
        totalOf(m_sbx.call(QStringLiteral("ListPartnerAccountChangeRecords"), {},
                           {{QStringLiteral("balance_type"), QStringLiteral("BALANCE_TYPE_DEBIT")},
                            {QStringLiteral("trade_time_begin"), f.from.toString(Qt::ISODate)},
                            {QStringLiteral("trade_time_end"), f.to.toString(Qt::ISODate)},
                            {QStringLiteral("limit"), QStringLiteral("1")}}));
    QVERIFY(total > 0);
    QCOMPARE(changes->rowCount(), std::min(total, 10000));

    QSignalSpy adjustDone(&loader, &FundsLoader::adjustRecordsLoaded);
    loader.loadAdjustRecords({});
    QVERIFY(adjustDone.wait(20000));
    Operations::AdjustRecordFilter all;
    QCOMPARE(adjust->rowCount(),
             totalOf(m_sbx.run(Operations::listPartnerAdjustRecords(all, 0, 1, &problem))));

    QSignalSpy agreed(&loader, &FundsLoader::agreementsLoaded);
    loader.loadAgreements();
    QVERIFY(agreed.wait(10000));
    QCOMPARE(agreements->rowCount(), int(m_sbx.call(QStringLiteral("SandboxListPaymentAgreements"))
                                             ->json()
                                             .value(QLatin1String("agreements"))
                                             .toArray()
                                             .size()));
    QCOMPARE(failed.count(), 0);
}

void TestLoaders::fundsBadInputSendsNothing()
{
    auto *changes = records(this), *adjust = records(this), *agreements = records(this);
    FundsLoader loader(m_sbx.client, changes, adjust, agreements);
    QSignalSpy failed(&loader, &FundsLoader::failed);
    QSignalSpy changesDone(&loader, &FundsLoader::changesLoaded);
    QSignalSpy adjustDone(&loader, &FundsLoader::adjustRecordsLoaded);
    const int served = m_sbx.call(QStringLiteral("SandboxShowFaults"))
                           ->json()
                           .value(QLatin1String("requests_served"))
                           .toInt();
    FundsLoader::ChangeFilter f;
    f.from = QDate(2025, 1, 1);
    f.to = QDate(2026, 6, 1); // more than a year
    QVERIFY(!FundsLoader::checkChanges(f).isEmpty());
    loader.loadChanges(f);
    FundsLoader::AdjustFilter a;
    a.customerId = QStringLiteral("c1\nc2");
    QVERIFY(!FundsLoader::checkAdjust(a).isEmpty());
    loader.loadAdjustRecords(a);
    QTest::qWait(300);
    QCOMPARE(changesDone.count() + adjustDone.count() + failed.count(), 0);
    const int after = m_sbx.call(QStringLiteral("SandboxShowFaults"))
                          ->json()
                          .value(QLatin1String("requests_served"))
                          .toInt();
    QCOMPARE(after, served + 1); // only the control call itself
}

void TestLoaders::resellers()
{
    QString problem;
    ApiRequest list = Operations::byName(QStringLiteral("ListIndirectPartners"), &problem);
    list.body = "{\"offset\":0,\"limit\":1}";
    const int total = totalOf(m_sbx.run(list));
    QVERIFY(total > 0);
    auto *model = new RecordTableModel(
        {{"indirect_partner_id", [] { return QStringLiteral("id"); }},
         {"balance", [] { return QStringLiteral("balance"); }, RecordTableModel::Kind::Money}},
        this);
    ResellerDirectory directory(m_sbx.client);
    ResellersLoader loader(m_sbx.client, &directory, model);
    QSignalSpy done(&loader, &ResellersLoader::balancesLoaded);
    loader.load(); // the directory (every page), then each reseller's balance
    QVERIFY(done.wait(20000));
    QCOMPARE(done.first().first().toInt(), 0);
    QCOMPARE(model->rowCount(), total);
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString id = model->record(r).value(QLatin1String("indirect_partner_id")).toString();
        const auto balances = Responses::partnerBalances(
            m_sbx.run(Operations::listPartnerBalances(id, &problem))->json(), &problem);
        QVERIFY(balances);
        const PartnerAccount a = PartnerAccount::fromBalances(*balances);
        QCOMPARE(dec(model->record(r).value(QLatin1String("balance"))), a.cash);
    }
}

// A master distributor's view of a reseller's customers: their monthly bills are read naming
// the reseller (indirect_partner_id), so each customer's spend is what the server holds.
void TestLoaders::resellerCustomersHaveTheirSpend()
{
    QString problem;
    ApiRequest list = Operations::byName(QStringLiteral("ListIndirectPartners"), &problem);
    list.body = "{\"offset\":0,\"limit\":10}";
    const QJsonArray resellers =
        m_sbx.run(list)->json().value(QLatin1String("indirect_partners")).toArray();
    QVERIFY(!resellers.isEmpty());
    auto *customers = new CustomerModel(this);
    CustomerLoader loader(m_sbx.client, customers);
    QSignalSpy done(&loader, &CustomerLoader::finished);
    int withSpend = 0;
    for (const QJsonValue &reseller : resellers) {
        const QString ip = reseller[QLatin1String("indirect_partner_id")].toString();
        Operations::CustomerFilter f;
        f.indirectPartnerId = ip;
        done.clear();
        loader.start(f);
        QVERIFY(done.wait(20000));
        QVERIFY2(!done.first().first().value<BssError>().isError(),
                 qPrintable(done.first().first().value<BssError>().diagnosticText()));
        for (int row = 0; row < customers->rowCount(); ++row) {
            const QString id = customers->customer(row).customerId;
            Decimal expected = Decimal::fromMantissa(0, 2);
            bool any = false;
            for (const char *mode : {"1", "3"}) {
                const auto sums = Responses::billSums(
                    m_sbx
                        .run(Operations::listMonthlyBills(
                            BillPeriod::current(), QLatin1String(mode), id, ip, 0, 100, &problem))
                        ->json(),
                    &problem);
                QVERIFY2(sums, qPrintable(problem));
                for (const BillSum &b : sums->items) {
                    expected += b.amount;
                    any = true;
                }
            }
            const Decimal got = customers->columns().amount(row, CustomerColumns::Spend);
            if (any) {
                QCOMPARE(got, expected);
                ++withSpend;
            }
        }
    }
    QVERIFY(withSpend > 0); // the seed gives some resellers' customers bills this month
}

void TestLoaders::incentives()
{
    auto *payouts = records(this), *claims = records(this);
    IncentivesLoader loader(m_sbx.client, payouts, claims, records(this));
    QSignalSpy paid(&loader, &IncentivesLoader::payoutsLoaded);
    QSignalSpy claimed(&loader, &IncentivesLoader::claimsLoaded);
    loader.loadPayouts(QString(), QString());
    loader.loadClaims();
    QVERIFY(paid.wait(20000));
    QVERIFY(!claimed.isEmpty() || claimed.wait(20000));
    QCOMPARE(payouts->rowCount(),
             totalOf(m_sbx.call(QStringLiteral("SandboxListIncentivePayouts"), {},
                                {{QStringLiteral("limit"), QStringLiteral("1")}})));
    QVERIFY(payouts->rowCount() > 0);
    for (int r = 0; r < payouts->rowCount(); ++r)
        QVERIFY(payouts->record(r).value(QLatin1String("hint")).toString().contains(u'|'));
    QVERIFY(claims->rowCount() > 0);
}

void TestLoaders::marketplace()
{
    auto *bills = records(this);
    MarketplaceLoader loader(m_sbx.client, bills);
    QSignalSpy listed(&loader, &MarketplaceLoader::billsListed);
    QSignalSpy indexed(&loader, &MarketplaceLoader::billsLoaded);
    loader.loadBills(QString(), QString(), QString());
    QVERIFY(indexed.wait(30000));
    QCOMPARE(listed.count(), 1);
    QCOMPARE(bills->rowCount(),
             totalOf(m_sbx.call(QStringLiteral("SandboxListSettlements"), {},
                                {{QStringLiteral("limit"), QStringLiteral("1")}})));
    QVERIFY(bills->rowCount() > 0);
    QVERIFY(!bills->record(0).value(QLatin1String("customers")).toString().isEmpty());

    const QString id = bills->record(0).value(QLatin1String("settlement_id")).toString();
    QSignalSpy details(&loader, &MarketplaceLoader::detailsLoaded);
    loader.loadDetails(id);
    QVERIFY(details.wait(10000));
    QCOMPARE(details.first().at(0).toJsonObject().value(QLatin1String("settlement_id")).toString(),
             id);
    QVERIFY(!details.first().at(1).toJsonArray().isEmpty());
}

void TestLoaders::discounts()
{
    // China: derived from the official monthly bill sums, to the cent what the sandbox itself
    // computes from its bills (its sandbox-only figure, read here only to compare).
    QJsonArray figure;
    int offset = 0;
    QJsonObject sandbox;
    for (;;) {
        BssJob *page = m_sbx.call(QStringLiteral("SandboxShowMonthDiscounts"), {},
                                  {{QStringLiteral("offset"), QString::number(offset)},
                                   {QStringLiteral("limit"), QStringLiteral("100")}});
        QVERIFY(ok(page));
        sandbox = page->json();
        const QJsonArray records = sandbox.value(QLatin1String("records")).toArray();
        for (const QJsonValue &v : records)
            figure.append(v);
        offset += 100;
        if (records.isEmpty() || offset >= Pager::totalOf(sandbox))
            break;
    }
    QMap<QString, QPair<QString, QString>> known;
    for (const QJsonValue &v : figure)
        known[v[QLatin1String("customer_id")].toString()] = {
            v[QLatin1String("customer_name")].toString(),
            v[QLatin1String("association_type")].toString()};
    auto *customers = new RecordTableModel(RecordSpecs::discountCustomers(), this);
    DiscountsLoader loader(m_sbx.client, customers);
    QCOMPARE(loader.source(), DiscountsLoader::Source::Bills);
    loader.setCustomerInfo([&known](const QString &id) { return known.value(id); });
    QSignalSpy done(&loader, &DiscountsLoader::loaded);
    QSignalSpy failed(&loader, &DiscountsLoader::failed);
    loader.load();
    QVERIFY(done.wait(30000));
    QCOMPARE(failed.count(), 0);
    const QJsonObject summary = done.first().first().toJsonObject();
    QVERIFY(!summary.contains(QLatin1String("records")));
    for (const char *field : {"official_amount", "discount_amount", "amount"})
        QCOMPARE(dec(summary.value(QLatin1String(field))),
                 dec(sandbox.value(QLatin1String(field))));
    QCOMPARE(summary.value(QLatin1String("bill_cycle")).toString(), thisCycle());
    auto byKey = [](const QJsonArray &list, const char *key) {
        QMap<QString, QJsonObject> out;
        for (const QJsonValue &v : list)
            out[v[QLatin1String(key)].toString()] = v.toObject();
        return out;
    };
    const auto methods =
        byKey(summary.value(QLatin1String("by_payment_method")).toArray(), "payment_method");
    const auto sandboxMethods =
        byKey(sandbox.value(QLatin1String("by_payment_method")).toArray(), "payment_method");
    QCOMPARE(methods.keys(), sandboxMethods.keys());
    for (const QString &m : methods.keys())
        QCOMPARE(dec(methods[m].value(QLatin1String("amount"))),
                 dec(sandboxMethods[m].value(QLatin1String("amount"))));
    const auto types =
        byKey(summary.value(QLatin1String("by_association_type")).toArray(), "association_type");
    const auto sandboxTypes =
        byKey(sandbox.value(QLatin1String("by_association_type")).toArray(), "association_type");
    QCOMPARE(types.keys(), sandboxTypes.keys());
    for (const QString &t : types.keys())
        QCOMPARE(dec(types[t].value(QLatin1String("discount_amount"))),
                 dec(sandboxTypes[t].value(QLatin1String("discount_amount"))));
    QCOMPARE(customers->rowCount(), int(figure.size()));
    const auto mine = byKey(customers->records(), "customer_id");
    for (const QJsonValue &v : figure) {
        const QJsonObject want = v.toObject();
        const QJsonObject got = mine.value(want.value(QLatin1String("customer_id")).toString());
        QCOMPARE(dec(got.value(QLatin1String("discount_amount"))),
                 dec(want.value(QLatin1String("discount_amount"))));
        QCOMPARE(dec(got.value(QLatin1String("official_amount"))),
                 dec(want.value(QLatin1String("official_amount"))));
    }
    for (int r = 1; r < customers->rowCount(); ++r) // largest discount first
        QVERIFY(dec(customers->record(r - 1).value(QLatin1String("discount_amount"))) >=
                dec(customers->record(r).value(QLatin1String("discount_amount"))));
    // ListConsumeSubCustomers: at least every customer with a bill this month.
    QVERIFY(summary.value(QLatin1String("consuming_customers")).toInt() >= customers->rowCount());

    // The summary of hand-made sums: refunds left out, arrears and other balance types kept.
    QJsonArray sums{
        QJsonObject{
            {QStringLiteral("customer_id"), QStringLiteral("a")},
            {QStringLiteral("bill_type"), QStringLiteral("0")},
            {QStringLiteral("amount"), QStringLiteral("90.00")},
            {QStringLiteral("discount_amount"), QStringLiteral("10.00")},
            {QStringLiteral("debt_amount"), QStringLiteral("20.00")},
            {QStringLiteral("account_details"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("balance_type"), QStringLiteral("BALANCE_TYPE_DEBIT")},
                             {QStringLiteral("amount"), 60}},
                 QJsonObject{{QStringLiteral("balance_type"), QStringLiteral("BALANCE_TYPE_BONUS")},
                             {QStringLiteral("amount"), QStringLiteral("10.00")}}}}},
        QJsonObject{{QStringLiteral("customer_id"), QStringLiteral("b")},
                    {QStringLiteral("bill_type"), QStringLiteral("1")},
                    {QStringLiteral("amount"), QStringLiteral("-50.00")},
                    {QStringLiteral("discount_amount"), QStringLiteral("0")}}};
    QJsonArray rows;
    const QJsonObject hand = DiscountsLoader::summarize(QStringLiteral("2026-11"),
                                                        QStringLiteral("CNY"), sums, {}, &rows);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(dec(hand.value(QLatin1String("official_amount"))), Decimal::fromInt(100));
    const auto handMethods =
        byKey(hand.value(QLatin1String("by_payment_method")).toArray(), "payment_method");
    QCOMPARE(dec(handMethods[QStringLiteral("CASH")].value(QLatin1String("amount"))),
             Decimal::fromInt(60));
    QCOMPARE(dec(handMethods[QStringLiteral("DEBT")].value(QLatin1String("amount"))),
             Decimal::fromInt(20));
    QCOMPARE(dec(handMethods[QStringLiteral("BALANCE_TYPE_BONUS")].value(QLatin1String("amount"))),
             Decimal::fromInt(10));
}

void TestLoaders::quotas()
{
    auto *quotas = new QuotaModel(this);
    auto *couponRecords = new CouponRecordModel(this);
    auto *resellerQuotas = new QuotaModel(this);
    QuotasLoader loader(m_sbx.client, quotas, couponRecords, resellerQuotas);
    QSignalSpy loaded(&loader, &QuotasLoader::quotasLoaded);
    QSignalSpy recordsDone(&loader, &QuotasLoader::recordsLoaded);
    QSignalSpy resellersDone(&loader, &QuotasLoader::resellerQuotasLoaded);
    loader.loadQuotas();
    QVERIFY(loaded.wait(20000));
    QString problem;
    // Both types: the service lists only vouchers (quota_type 0) unless asked for cash coupons.
    ApiRequest r = Operations::byName(QStringLiteral("ListQuotaCoupons"), &problem);
    r.body = "{\"offset\":0,\"limit\":1}";
    const int vouchers = totalOf(m_sbx.run(r));
    r.body = "{\"quota_type\":1,\"offset\":0,\"limit\":1}";
    const int cash = totalOf(m_sbx.run(r));
    QVERIFY(vouchers > 0 && cash > 0);
    QCOMPARE(quotas->rowCount(), vouchers + cash);
    int cashRows = 0;
    for (int row = 0; row < quotas->rowCount(); ++row)
        cashRows += quotas->quota(row).type == 1;
    QCOMPARE(cashRows, cash);
    QuotasLoader::RecordFilter f;
    f.to = QDate::currentDate();
    f.from = f.to.addYears(-1);
    loader.loadRecords(f);
    loader.loadResellerQuotas();
    QVERIFY(recordsDone.wait(10000));
    QVERIFY(!resellersDone.isEmpty() || resellersDone.wait(10000));
    QCOMPARE(resellersDone.first().first().toBool(), resellerQuotas->rowCount() > 0);
}

void TestLoaders::coupons()
{
    auto *model = new CouponModel(this);
    CouponsLoader loader(m_sbx.client, model);
    QSignalSpy loaded(&loader, &CouponsLoader::loaded);
    QSignalSpy progress(&loader, &CouponsLoader::progress);
    loader.load(QString());
    QVERIFY(loaded.wait(30000));
    QString problem;
    const int total = totalOf(m_sbx.run(
        Operations::listIssuedPartnerCoupons(Operations::CouponFilter(), 0, 1, &problem)));
    QVERIFY(total > 100); // more than one page
    QCOMPARE(model->rowCount(), total);
    QCOMPARE(progress.last().at(0).toInt(), total);
    // A newer load replaces the older: no mixed pages, one end.
    QSignalSpy again(&loader, &CouponsLoader::loaded);
    loader.load(QString());
    loader.load(QString());
    QVERIFY(again.wait(30000));
    QTest::qWait(200);
    QCOMPARE(again.count(), 1);
    QCOMPARE(model->rowCount(), total);
}

void TestLoaders::aMalformedPageIsAnError()
{
    QVERIFY(m_sbx.setFaults(QStringLiteral("malformed=100%,on=ListIssuedPartnerCoupons")));
    auto *model = new CouponModel(this);
    CouponsLoader loader(m_sbx.client, model);
    QSignalSpy loaded(&loader, &CouponsLoader::loaded);
    QSignalSpy failed(&loader, &CouponsLoader::failed);
    loader.load(QString());
    QVERIFY(failed.wait(30000));
    QCOMPARE(failed.first().first().value<BssError>().kind(), BssError::Kind::MalformedResponse);
    QCOMPARE(loaded.count(), 0);

    // Customers whose balances cannot be read: the list is in, the load ends in that error.
    QVERIFY(m_sbx.setFaults(QStringLiteral("malformed=100%,on=ListCustomersBalancesDetail")));
    auto *customers = new CustomerModel(this);
    CustomerLoader customerLoader(m_sbx.client, customers);
    QSignalSpy customersDone(&customerLoader, &CustomerLoader::finished);
    customerLoader.start({});
    QVERIFY(customersDone.wait(30000));
    QCOMPARE(customersDone.first().first().value<BssError>().kind(),
             BssError::Kind::MalformedResponse);
    QVERIFY(customers->rowCount() > 0);

    QVERIFY(m_sbx.setFaults(QStringLiteral("malformed=100%,on=SandboxShowSettlement")));
    MarketplaceLoader market(m_sbx.client);
    QSignalSpy marketFailed(&market, &MarketplaceLoader::failed);
    market.loadDetails(QStringLiteral("ST000001"));
    QVERIFY(marketFailed.wait(30000));
    QVERIFY(marketFailed.first().first().value<BssError>().isError());
}

// Well-formed JSON whose fields have the wrong type (the server changed, or a proxy mangled it):
// each loader refuses the answer with a malformed-response error and shows nothing of it.
void TestLoaders::aWrongTypeIsAnError()
{
    FakeBssServer server;
    QVERIFY(server.listen());
    BssClient client;
    client.setEndpoint(Endpoint::custom(server.baseUrl()));
    client.setCredentials(server.ak, SecretBytes(server.sk));
    client.setDomainId("0970dd7a1300f5672ff2c003c60ae115");
    const auto malformed = [](const QSignalSpy &spy, int argument = 0) {
        return spy.first().at(argument).value<BssError>().kind() ==
               BssError::Kind::MalformedResponse;
    };

    server.script("/v2/partners/coupon-quotas/query",
                  {{200,
                    R"({"total_count":1,"quotas":[{"quota_id":"Q1","quota_type":"1",)"
                    R"("quota_value":10}]})",
                    {}}});
    auto *quotas = new QuotaModel(this);
    QuotasLoader quotasLoader(&client, quotas, new CouponRecordModel(this), new QuotaModel(this));
    QSignalSpy quotasFailed(&quotasLoader, &QuotasLoader::failed);
    quotasLoader.loadQuotas();
    QVERIFY(quotasFailed.wait(10000));
    QVERIFY(malformed(quotasFailed));
    QCOMPARE(quotas->rowCount(), 0);

    server.script("/v2/accounts/partner-accounts/account-change-records",
                  {{200,
                    R"({"total_count":1,"records":[{"trade_time":"2026-01-01T00:00:00Z",)"
                    R"("change_amount":"12,00","trade_id":"T"}]})",
                    {}}});
    auto *changes = new RecordTableModel(RecordSpecs::fundsChanges(), this);
    FundsLoader funds(&client, changes, records(this), records(this));
    QSignalSpy fundsFailed(&funds, &FundsLoader::failed);
    QSignalSpy changesLoaded(&funds, &FundsLoader::changesLoaded);
    FundsLoader::ChangeFilter f;
    f.to = QDate::currentDate();
    f.from = f.to.addMonths(-1);
    funds.loadChanges(f);
    QVERIFY(fundsFailed.wait(10000));
    QVERIFY(malformed(fundsFailed));
    QCOMPARE(changes->rowCount(), 0);
    QCOMPARE(changesLoaded.count(), 0);

    server.script("/v2/bills/partner-bills/subcustomer-bills/monthly-sum",
                  {{200, R"({"count":1,"bill_sums":[{"customer_id":"c1","amount":[1]}]})", {}}});
    CustomerDetail detail(&client);
    QSignalSpy detailFailed(&detail, &CustomerDetail::failed);
    QSignalSpy spend(&detail, &CustomerDetail::spendLoaded);
    detail.load(QStringLiteral("c1"), QString());
    QVERIFY(detailFailed.wait(10000));
    QVERIFY(malformed(detailFailed));
    QTest::qWait(200);
    QCOMPARE(spend.count(), 0);
    QCOMPARE(detailFailed.count(), 1); // said once, not once per month

    server.script("/v2/partners/sub-customers/query",
                  {{200, R"({"count":2,"customer_infos":[{"customer_id":"c1"},"c2"]})", {}}});
    auto *customers = new CustomerModel(this);
    CustomerLoader customerLoader(&client, customers);
    QSignalSpy customersDone(&customerLoader, &CustomerLoader::finished);
    customerLoader.start({});
    QVERIFY(customersDone.wait(10000));
    QVERIFY(malformed(customersDone));
    QCOMPARE(customers->rowCount(), 0); // not a silently shorter list
}

void TestLoaders::pricing()
{
    PriceInquiry::Request req;
    req.projectId = QStringLiteral("p1");
    req.region = QStringLiteral("cn-north-4");
    req.lines.append({QStringLiteral("1"), PriceInquiry::Product::Ecs,
                      QStringLiteral("s6.small.1.linux"), 0, 1});
    QString problem;
    const ApiRequest r = PriceInquiry::period(req, PriceInquiry::Period::Month, 3, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    PricingLoader loader(m_sbx.client);
    QSignalSpy quoted(&loader, &PricingLoader::quoted);
    loader.quote(PricingLoader::Mode::Period, r);
    QVERIFY(loader.isRunning());
    QVERIFY(quoted.wait(10000));
    QCOMPARE(quoted.first().first().value<PriceInquiry::Quote>().amount,
             *Decimal::parse(u"111.00")); // three months of one s6.small at 37.00
    QVERIFY(!loader.isRunning());
}

void TestLoaders::accountChecks()
{
    QString id;
    BssError error(BssError::Kind::Network, QString(), QString());
    bool answered = false;
    AccountChecks::domainId(m_sbx.client, this, [&](const QString &i, const BssError &e) {
        id = i;
        error = e;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    QVERIFY(!error.isError());
    QCOMPARE(id, QStringLiteral("fixture-domain"));

    const QString customer = m_sbx.customerWhere(QStringLiteral("indirect_partner_id = ''"));
    answered = false;
    bool passed = false;
    AccountChecks::unbind(m_sbx.client, customer, QString(), this,
                          [&](bool p, const QStringList &, const BssError &e) {
                              passed = p;
                              error = e;
                              answered = true;
                          });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    QVERIFY(!error.isError());
    Q_UNUSED(passed); // the seed decides; the answer was read either way
}

QTEST_MAIN(TestLoaders)
#include "tst_loaders.moc"
