// Every BSS operation of the sandbox through the real signed client over HTTP: filters, exact
// money and the documented rejections. The sandbox-only extensions: tst_sandbox_extensions.
#include "core/decimal.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace SandboxChecks;

class TestSandboxApi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void customersAndBalances();
    void monthlyBillsAndLanguage();
    void orders();
    void ledgerReconciles();
    void resellerFunds();
    void couponIssueAndReclaim();
    void resellerQuotas();
    void pricing();
    void renewPricing();

private:
    SandboxFixture m_sbx;
    QString m_agency;   // an own 代售 customer
    QString m_referral; // an own 顾问销售 customer
};

void TestSandboxApi::initTestCase()
{
    QString error;
    QVERIFY2(m_sbx.start({11, 400, false}, &error), qPrintable(error));
    m_agency = m_sbx.customerWhere(
        QStringLiteral("association_type = '2' AND indirect_partner_id = '' AND debt = '0.00'"
                       " AND is_frozen = 0"));
    m_referral =
        m_sbx.customerWhere(QStringLiteral("association_type = '1' AND indirect_partner_id = ''"));
    QVERIFY(!m_agency.isEmpty() && !m_referral.isEmpty());
}

void TestSandboxApi::customersAndBalances()
{
    BssJob *j = m_sbx.call(QStringLiteral("ListSubCustomers"),
                           {{QStringLiteral("label"), QStringLiteral("KA")},
                            {QStringLiteral("association_type"), QStringLiteral("2")},
                            {QStringLiteral("limit"), 100}});
    QVERIFY(ok(j));
    const QJsonArray list = j->json()[u"customer_infos"].toArray();
    QVERIFY(!list.isEmpty());
    for (const QJsonValue &c : list) {
        QVERIFY(c[u"label"].toString().contains(u"KA"));
        QCOMPARE(c[u"association_type"].toString(), QStringLiteral("2"));
    }
    QCOMPARE(code(m_sbx.call(QStringLiteral("ListSubCustomers"),
                             {{QStringLiteral("association_type"), QStringLiteral("3")}})),
             QStringLiteral("CBC.0100"));
    QCOMPARE(code(m_sbx.call(QStringLiteral("ListSubCustomers"), {{QStringLiteral("limit"), 101}})),
             QStringLiteral("CBC.0100"));
    QCOMPARE(code(m_sbx.call(QStringLiteral("ListSubCustomers"),
                             {{QStringLiteral("associated_on_begin"), QString()}})),
             QStringLiteral("CBC.0100"));

    // Balances: only 代售 customers of the caller come back, with the exact stored amounts.
    auto info = [](const QString &id) { return QJsonObject{{QStringLiteral("customer_id"), id}}; };
    j = m_sbx.call(
        QStringLiteral("ListCustomersBalancesDetail"),
        {{QStringLiteral("customer_infos"),
          QJsonArray{info(m_agency), info(m_referral), info(QStringLiteral("nobody"))}}});
    QVERIFY(ok(j));
    const QJsonArray balances = j->json()[u"customer_balances"].toArray();
    QCOMPARE(balances.size(), 1);
    QCOMPARE(balances[0][u"customer_id"].toString(), m_agency);
    QCOMPARE(dec(balances[0][u"amount"]), m_sbx.store->customerBalance(m_agency));
    QCOMPARE(balances[0][u"currency"].toString(), QStringLiteral("CNY"));
    QJsonArray tooMany;
    for (int i = 0; i < 101; ++i)
        tooMany.append(info(QString::number(i)));
    QCOMPARE(code(m_sbx.call(QStringLiteral("ListCustomersBalancesDetail"),
                             {{QStringLiteral("customer_infos"), tooMany}})),
             QStringLiteral("CBC.0100"));
    QCOMPARE(code(m_sbx.call(QStringLiteral("ListCustomersBalancesDetail"),
                             {{QStringLiteral("customer_infos"), QJsonArray()}})),
             QStringLiteral("CBC.0100"));
}

void TestSandboxApi::monthlyBillsAndLanguage()
{
    QCOMPARE(code(m_sbx.call(QStringLiteral("ListSubcustomerMonthlyBills"), {},
                             {{QStringLiteral("charge_mode"), QStringLiteral("3")}})),
             QStringLiteral("CBC.0100")); // cycle is required
    const QList<QPair<QString, QString>> query{{QStringLiteral("cycle"), thisCycle()},
                                               {QStringLiteral("charge_mode"), QStringLiteral("3")},
                                               {QStringLiteral("bill_type"), QStringLiteral("0")},
                                               {QStringLiteral("limit"), QStringLiteral("100")}};
    BssJob *j = m_sbx.call(QStringLiteral("ListSubcustomerMonthlyBills"), {}, query);
    QVERIFY(ok(j));
    QVERIFY(j->json()[u"count"].toInt() > 0);
    for (const QJsonValue &b : j->json()[u"bill_sums"].toArray()) {
        // The payment split plus arrears is the amount, to the cent.
        Decimal paid = dec(b[u"debt_amount"]);
        for (const QJsonValue &d : b[u"account_details"].toArray())
            paid += dec(d[u"amount"]);
        QCOMPARE(paid, dec(b[u"amount"]));
        QCOMPARE(b[u"charge_mode"].toString(), QStringLiteral("3"));
        QVERIFY(!b[u"cloud_service_type_name"].toString().isEmpty());
    }
    const QString zhName = j->json()[u"bill_sums"][0][u"cloud_service_type_name"].toString();
    m_sbx.client->setLanguage(QStringLiteral("en"));
    j = m_sbx.call(QStringLiteral("ListSubcustomerMonthlyBills"), {}, query);
    m_sbx.client->setLanguage(QStringLiteral("zh_CN"));
    QVERIFY(ok(j));
    const QString enName = j->json()[u"bill_sums"][0][u"cloud_service_type_name"].toString();
    QVERIFY2(zhName != enName && enName.at(0).isLetter() && enName.at(0).unicode() < 128,
             qPrintable(zhName + QStringLiteral(" / ") + enName));
}

void TestSandboxApi::orders()
{
    BssJob *j = m_sbx.call(QStringLiteral("ListCustomerOrders"), {},
                           {{QStringLiteral("method"), QStringLiteral("sub_customer")},
                            {QStringLiteral("order_by"), QStringLiteral("createTime")},
                            {QStringLiteral("limit"), QStringLiteral("50")}});
    QVERIFY(ok(j));
    const QJsonArray orders = j->json()[u"order_infos"].toArray();
    QVERIFY(orders.size() > 10);
    for (int i = 1; i < orders.size(); ++i)
        QVERIFY(orders[i - 1][u"create_time"].toString() <= orders[i][u"create_time"].toString());
    QVERIFY(orders[0][u"agent_pay_info"].isObject());
    QCOMPARE(code(m_sbx.call(
                 QStringLiteral("ListCustomerOrders"), {},
                 {{QStringLiteral("create_time_begin"), QStringLiteral("2024-01-01T00:00:00Z")},
                  {QStringLiteral("create_time_end"), QStringLiteral("2025-06-01T00:00:00Z")}})),
             QStringLiteral("CBC.0100")); // a range over one year
    QCOMPARE(code(m_sbx.call(QStringLiteral("ListCustomerOrders"), {},
                             {{QStringLiteral("status"), QStringLiteral("2")}})),
             QStringLiteral("CBC.0100"));
}

// The seeded ledger and every new operation keep balance_after_change consistent, and the
// newest balance is the partner's cash.
void TestSandboxApi::ledgerReconciles()
{
    QCOMPARE(code(m_sbx.call(QStringLiteral("ListPartnerAccountChangeRecords"))),
             QStringLiteral("CBC.0100")); // balance_type is required
    QVERIFY(ok(m_sbx.call(
        QStringLiteral("UpdateCustomerAccountAmount"),
        {{QStringLiteral("customer_id"), m_agency}, {QStringLiteral("amount"), 12.34}})));
    QJsonArray all;
    for (int offset = 0;; offset += 100) {
        BssJob *j =
            m_sbx.call(QStringLiteral("ListPartnerAccountChangeRecords"), {},
                       {{QStringLiteral("balance_type"), QStringLiteral("BALANCE_TYPE_DEBIT")},
                        {QStringLiteral("offset"), QString::number(offset)},
                        {QStringLiteral("limit"), QStringLiteral("100")}});
        QVERIFY(ok(j));
        const QJsonArray page = j->json()[u"records"].toArray();
        for (const QJsonValue &r : page)
            all.append(r);
        if (page.size() < 100)
            break;
    }
    QVERIFY(all.size() > 30);
    QCOMPARE(*Decimal::parse(all[0][u"balance_after_change"].toString()),
             m_sbx.store->partnerCash());
    QCOMPARE(all[0][u"change_amount"].toString(), QStringLiteral("12.34")); // num-string
    for (int i = 0; i + 1 < all.size(); ++i) {                              // newest first
        const Decimal after = *Decimal::parse(all[i][u"balance_after_change"].toString());
        const Decimal before = *Decimal::parse(all[i + 1][u"balance_after_change"].toString());
        const Decimal change = *Decimal::parse(all[i][u"change_amount"].toString());
        QCOMPARE(after, all[i][u"type"].toString() == u"1" ? before + change : before - change);
    }
    QCOMPARE(
        code(m_sbx.call(QStringLiteral("ListPartnerAccountChangeRecords"), {},
                        {{QStringLiteral("balance_type"), QStringLiteral("BALANCE_TYPE_DEBIT")},
                         {QStringLiteral("trade_time_begin"), QStringLiteral("2020-01-01")}})),
        QStringLiteral("CBC.0100")); // more than a year
}

void TestSandboxApi::resellerFunds()
{
    BssJob *j = m_sbx.call(QStringLiteral("ListIndirectPartners"), {{QStringLiteral("limit"), 10}});
    QVERIFY(ok(j));
    QCOMPARE(j->json()[u"count"].toInt(), 3);
    const QString reseller = j->json()[u"indirect_partners"][0][u"indirect_partner_id"].toString();
    const Decimal ownBefore = m_sbx.store->partnerCash();
    const Decimal theirsBefore = m_sbx.store->partnerCash(reseller);
    QVERIFY(ok(m_sbx.call(
        QStringLiteral("UpdateIndirectPartnerAccount"),
        {{QStringLiteral("indirect_partner_id"), reseller}, {QStringLiteral("amount"), 200.5}})));
    QCOMPARE(m_sbx.store->partnerCash(), ownBefore - *Decimal::parse(u"200.50"));
    QCOMPARE(m_sbx.store->partnerCash(reseller), theirsBefore + *Decimal::parse(u"200.50"));
    // The reseller's balance through the API, as the master distributor sees it.
    j = m_sbx.call(QStringLiteral("ListPartnerBalances"), {},
                   {{QStringLiteral("indirect_partner_id"), reseller}});
    QVERIFY(ok(j));
    QCOMPARE(dec(j->json()[u"account_balances"][0][u"amount"]),
             theirsBefore + *Decimal::parse(u"200.50"));
    j = m_sbx.call(
        QStringLiteral("ReclaimIndirectPartnerAccount"),
        {{QStringLiteral("indirect_partner_id"), reseller}, {QStringLiteral("amount"), 0.5}});
    QVERIFY(ok(j));
    QVERIFY(j->json().contains(u"trans_id"));
    const Decimal tooMuch = m_sbx.store->partnerCash(reseller) + *Decimal::parse(u"0.01");
    QCOMPARE(code(m_sbx.call(QStringLiteral("ReclaimIndirectPartnerAccount"),
                             {{QStringLiteral("indirect_partner_id"), reseller},
                              {QStringLiteral("amount"), tooMuch.toString().toDouble()}})),
             QStringLiteral("CBC.99005003"));
    QCOMPARE(code(m_sbx.call(QStringLiteral("UpdateIndirectPartnerAccount"),
                             {{QStringLiteral("indirect_partner_id"), QStringLiteral("rp-9999")},
                              {QStringLiteral("amount"), 1}})),
             QStringLiteral("CBC.99000037"));
    QCOMPARE(code(m_sbx.call(QStringLiteral("UpdateIndirectPartnerAccount"),
                             {{QStringLiteral("indirect_partner_id"), QString(65, u'x')},
                              {QStringLiteral("amount"), 1}})),
             QStringLiteral("CBC.0100"));
    // The reseller's customers are funded from the reseller's balance.
    const QString theirCustomer = m_sbx.customerWhere(
        QStringLiteral("association_type = '2' AND indirect_partner_id = '%1'").arg(reseller));
    const Decimal resellerCash = m_sbx.store->partnerCash(reseller);
    QVERIFY(ok(m_sbx.call(QStringLiteral("UpdateCustomerAccountAmount"),
                          {{QStringLiteral("customer_id"), theirCustomer},
                           {QStringLiteral("amount"), 10},
                           {QStringLiteral("indirect_partner_id"), reseller}})));
    QCOMPARE(m_sbx.store->partnerCash(reseller), resellerCash - Decimal::fromInt(10));
    QCOMPARE(code(m_sbx.call(
                 QStringLiteral("UpdateCustomerAccountAmount"),
                 {{QStringLiteral("customer_id"), theirCustomer}, {QStringLiteral("amount"), 10}})),
             QStringLiteral("CBC.99000035")); // not the distributor's own customer
}

void TestSandboxApi::couponIssueAndReclaim()
{
    BssJob *j = m_sbx.call(
        QStringLiteral("ListQuotaCoupons"),
        {{QStringLiteral("quota_status_list"), QJsonArray{0}}, {QStringLiteral("quota_type"), 0}});
    QVERIFY(ok(j));
    QJsonObject quota;
    for (const QJsonValue &q : j->json()[u"quotas"].toArray()) {
        QCOMPARE(q[u"quota_status"].toInt(), 0);
        if (q[u"limit_infos"].toArray().isEmpty())
            quota = q.toObject();
    }
    QVERIFY(!quota.isEmpty());
    const QString quotaId = quota[u"quota_id"].toString();
    const Decimal before = m_sbx.store->quotaBalance(quotaId);
    QCOMPARE(dec(quota[u"balance"]), before);

    // One success, and per-customer failures in error_details of a 200 answer.
    j = m_sbx.call(QStringLiteral("CreatePartnerCoupons"),
                   {{QStringLiteral("quota_id"), quotaId},
                    {QStringLiteral("customer_ids"),
                     QJsonArray{m_agency, m_referral, QStringLiteral("nobody"), m_agency}},
                    {QStringLiteral("face_value"), 88.8},
                    {QStringLiteral("memo"), QStringLiteral("Q4 onboarding")}});
    QVERIFY(ok(j));
    const QJsonArray infos = j->json()[u"coupon_infos"].toArray();
    QCOMPARE(infos.size(), 1);
    QCOMPARE(infos[0][u"id"].toString(), m_agency);
    QCOMPARE(j->partialFailures().size(), 3);
    QCOMPARE(j->partialFailures().at(0).code, QStringLiteral("CBC.5021"));
    QCOMPARE(j->partialFailures().at(1).code, QStringLiteral("CBC.99000035"));
    QCOMPARE(j->partialFailures().at(2).code, QStringLiteral("CBC.0100"));
    QCOMPARE(m_sbx.store->quotaBalance(quotaId), before - *Decimal::parse(u"88.80"));
    const QString couponId = infos[0][u"coupon_id"].toString();

    j = m_sbx.call(QStringLiteral("ListIssuedPartnerCoupons"), {},
                   {{QStringLiteral("coupon_id"), couponId}});
    QVERIFY(ok(j));
    QCOMPARE(j->json()[u"user_coupons"][0][u"status"].toInt(), 2);
    QCOMPARE(dec(j->json()[u"user_coupons"][0][u"balance"]), *Decimal::parse(u"88.8"));

    j = m_sbx.call(QStringLiteral("ReclaimPartnerCoupons"),
                   {{QStringLiteral("coupon_id"), couponId}});
    QVERIFY(ok(j));
    QCOMPARE(j->httpStatus(), 204);
    QCOMPARE(code(m_sbx.call(QStringLiteral("ReclaimPartnerCoupons"),
                             {{QStringLiteral("coupon_id"), couponId}})),
             QStringLiteral("CBC.0100")); // no longer usable
    QCOMPARE(code(m_sbx.call(QStringLiteral("ReclaimPartnerCoupons"),
                             {{QStringLiteral("coupon_id"), couponId},
                              {QStringLiteral("indirect_partner_id"), QString()}})),
             QStringLiteral("CBC.0100")); // empty indirect_partner_id is rejected

    j = m_sbx.call(QStringLiteral("ListPartnerCouponsRecord"), {},
                   {{QStringLiteral("coupon_ids"), couponId},
                    {QStringLiteral("operation_types"), QStringLiteral("1")},
                    {QStringLiteral("operation_types"), QStringLiteral("2")}});
    QVERIFY(ok(j));
    QCOMPARE(j->json()[u"total_count"].toInt(), 2);
    QCOMPARE(j->json()[u"records"][0][u"operation_type"].toString(), QStringLiteral("2"));
    QCOMPARE(dec(j->json()[u"records"][0][u"operation_amount"]), *Decimal::parse(u"88.8"));

    // Quota rules: frozen quota, too many decimals, a service outside the quota's limit, and a
    // face value above the balance.
    QCOMPARE(code(m_sbx.call(QStringLiteral("CreatePartnerCoupons"),
                             {{QStringLiteral("quota_id"), QStringLiteral("QT0000000005")},
                              {QStringLiteral("customer_ids"), QJsonArray{m_agency}},
                              {QStringLiteral("face_value"), 1}})),
             QStringLiteral("CBC.99000012"));
    QCOMPARE(code(m_sbx.call(QStringLiteral("CreatePartnerCoupons"),
                             {{QStringLiteral("quota_id"), quotaId},
                              {QStringLiteral("customer_ids"), QJsonArray{m_agency}},
                              {QStringLiteral("face_value"), 1.005}})),
             QStringLiteral("CBC.0100"));
    QCOMPARE(code(m_sbx.call(QStringLiteral("CreatePartnerCoupons"),
                             {{QStringLiteral("quota_id"), QStringLiteral("QT0000000002")},
                              {QStringLiteral("customer_ids"), QJsonArray{m_agency}},
                              {QStringLiteral("face_value"), 1},
                              {QStringLiteral("cloud_service_types"),
                               QJsonArray{QStringLiteral("hws.service.type.rds")}}})),
             QStringLiteral("CBC.0100"));
    j = m_sbx.call(
        QStringLiteral("CreatePartnerCoupons"),
        {{QStringLiteral("quota_id"), quotaId},
         {QStringLiteral("customer_ids"), QJsonArray{m_agency}},
         {QStringLiteral("face_value"),
          (m_sbx.store->quotaBalance(quotaId) + Decimal::fromInt(1)).toString().toDouble()}});
    QVERIFY(ok(j));
    QCOMPARE(j->partialFailures().at(0).code, QStringLiteral("CBC.99005003"));
}

void TestSandboxApi::resellerQuotas()
{
    const QString parent = QStringLiteral("QT0000000001");
    const Decimal before = m_sbx.store->quotaBalance(parent);
    BssJob *j = m_sbx.call(QStringLiteral("UpdateCouponQuotas"),
                           {{QStringLiteral("quota_id"), parent},
                            {QStringLiteral("indirect_partner_ids"),
                             QJsonArray{QStringLiteral("rp-0002"), QStringLiteral("rp-9999")}},
                            {QStringLiteral("quota_amount"), 1000.25}});
    QVERIFY(ok(j));
    QCOMPARE(j->partialFailures().size(), 1);
    QCOMPARE(j->partialFailures().at(0).code, QStringLiteral("CBC.99000037"));
    const QString child = j->json()[u"simple_quota_infos"][0][u"quota_id"].toString();
    QCOMPARE(m_sbx.store->quotaBalance(parent), before - *Decimal::parse(u"1000.25"));

    j = m_sbx.call(QStringLiteral("ListIssuedCouponQuotas"), {},
                   {{QStringLiteral("quota_id"), child}});
    QVERIFY(ok(j));
    const QJsonObject issued = j->json()[u"quotas"][0].toObject();
    QCOMPARE(issued[u"indirect_partner_id"].toString(), QStringLiteral("rp-0002"));
    QCOMPARE(issued[u"parent_quota_id"].toString(), parent);
    QVERIFY(!issued[u"indirect_partner_name"].toString().isEmpty());

    j = m_sbx.call(QStringLiteral("ReclaimCouponQuotas"),
                   {{QStringLiteral("quota_ids"), QJsonArray{child, QStringLiteral("QT-none")}},
                    {QStringLiteral("remark"), QStringLiteral("unused")}});
    QVERIFY(ok(j));
    QCOMPARE(j->json()[u"simple_quota_infos"].toArray().size(), 1);
    QCOMPARE(j->partialFailures().at(0).code, QStringLiteral("CBC.99000012"));
    QCOMPARE(m_sbx.store->quotaBalance(parent), before); // back where it was
    j = m_sbx.call(QStringLiteral("ListCouponQuotasRecords"), {},
                   {{QStringLiteral("quota_id"), child}});
    QVERIFY(ok(j));
    QCOMPARE(j->json()[u"total_count"].toInt(), 2);
    QCOMPARE(j->json()[u"records"][0][u"operation_type"].toString(), QStringLiteral("11"));
    QJsonArray eleven;
    for (int i = 0; i < 11; ++i)
        eleven.append(QStringLiteral("QT%1").arg(i));
    QCOMPARE(code(m_sbx.call(QStringLiteral("ReclaimCouponQuotas"),
                             {{QStringLiteral("quota_ids"), eleven}})),
             QStringLiteral("CBC.0100"));
}

void TestSandboxApi::pricing()
{
    auto vm = [](const QString &spec) {
        return QJsonObject{
            {QStringLiteral("id"), QStringLiteral("vm-1")},
            {QStringLiteral("cloud_service_type"), QStringLiteral("hws.service.type.ec2")},
            {QStringLiteral("resource_type"), QStringLiteral("hws.resource.type.vm")},
            {QStringLiteral("resource_spec"), spec},
            {QStringLiteral("region"), QStringLiteral("cn-north-4")},
            {QStringLiteral("period_type"), 2},
            {QStringLiteral("period_num"), 1},
            {QStringLiteral("subscription_num"), 1}};
    };
    QJsonObject disk{{QStringLiteral("id"), QStringLiteral("disk-1")},
                     {QStringLiteral("cloud_service_type"), QStringLiteral("hws.service.type.ebs")},
                     {QStringLiteral("resource_type"), QStringLiteral("hws.resource.type.volume")},
                     {QStringLiteral("resource_spec"), QStringLiteral("SSD")},
                     {QStringLiteral("region"), QStringLiteral("cn-north-4")},
                     {QStringLiteral("resource_size"), 100},
                     {QStringLiteral("size_measure_id"), 17},
                     {QStringLiteral("period_type"), 2},
                     {QStringLiteral("period_num"), 1},
                     {QStringLiteral("subscription_num"), 1}};
    // bss-api.md §9.4: s6.large.2 + 100 GB SSD for a month lists at 243.40.
    const QString v5 = m_sbx.customerWhere(QStringLiteral("customer_level = 'V5'"));
    BssJob *j = m_sbx.call(QStringLiteral("ListRateOnPeriodDetail"),
                           {{QStringLiteral("project_id"), v5},
                            {QStringLiteral("product_infos"),
                             QJsonArray{vm(QStringLiteral("s6.large.2.linux")), disk}}});
    QVERIFY(ok(j));
    QCOMPARE(dec(j->json()[u"official_website_rating_result"][u"official_website_amount"]),
             *Decimal::parse(u"243.40"));
    const QJsonArray offers = j->json()[u"optional_discount_rating_results"].toArray();
    QCOMPARE(offers.size(), 2); // a V5 customer: contract 85 % and partner 92 %
    QCOMPARE(offers[0][u"discount_type"].toInt(), 605);
    QCOMPARE(offers[0][u"best_offer"].toInt(), 1);
    QCOMPARE(dec(offers[0][u"amount"]), *Decimal::parse(u"206.89")); // 121.89 + 85.00
    QCOMPARE(dec(offers[1][u"amount"]), *Decimal::parse(u"223.93")); // the doc's 92 % figure
    // A yearly subscription is ten months.
    QJsonObject yearly = vm(QStringLiteral("s6.large.2.linux"));
    yearly[QStringLiteral("period_type")] = 3;
    j = m_sbx.call(QStringLiteral("ListRateOnPeriodDetail"),
                   {{QStringLiteral("project_id"), QStringLiteral("unknown-project")},
                    {QStringLiteral("product_infos"), QJsonArray{yearly}}});
    QVERIFY(ok(j));
    QCOMPARE(dec(j->json()[u"official_website_rating_result"][u"official_website_amount"]),
             *Decimal::parse(u"1434"));
    QVERIFY(!j->json().contains(u"optional_discount_rating_results"));

    // Pay-per-use: two hours of s6.large.2, and 10 Mbit/s of bandwidth (5 at 0.063, 5 at 0.25).
    QJsonObject hourly = vm(QStringLiteral("s6.large.2.linux"));
    hourly.remove(QStringLiteral("period_type"));
    hourly.remove(QStringLiteral("period_num"));
    hourly.insert(QStringLiteral("usage_factor"), QStringLiteral("Duration"));
    hourly.insert(QStringLiteral("usage_value"), 2);
    hourly.insert(QStringLiteral("usage_measure_id"), 4);
    QJsonObject bw = hourly;
    bw[QStringLiteral("id")] = QStringLiteral("bw");
    bw[QStringLiteral("cloud_service_type")] = QStringLiteral("hws.service.type.vpc");
    bw[QStringLiteral("resource_type")] = QStringLiteral("hws.resource.type.bandwidth");
    bw[QStringLiteral("resource_spec")] = QStringLiteral("19_bgp");
    bw[QStringLiteral("resource_size")] = 10;
    bw[QStringLiteral("size_measure_id")] = 15;
    bw[QStringLiteral("usage_value")] = 1;
    j = m_sbx.call(QStringLiteral("ListOnDemandResourceRatings"),
                   {{QStringLiteral("project_id"), QStringLiteral("p")},
                    {QStringLiteral("product_infos"), QJsonArray{hourly, bw}}});
    QVERIFY(ok(j));
    QCOMPARE(dec(j->json()[u"product_rating_results"][0][u"official_website_amount"]),
             *Decimal::parse(u"1.16"));
    QCOMPARE(dec(j->json()[u"product_rating_results"][1][u"official_website_amount"]),
             *Decimal::parse(u"1.565"));
    QCOMPARE(dec(j->json()[u"amount"]), *Decimal::parse(u"2.725"));

    // Rejections: unknown product, a disk without its size, too many entries, duplicate ids.
    QCOMPARE(code(m_sbx.call(QStringLiteral("ListRateOnPeriodDetail"),
                             {{QStringLiteral("project_id"), QStringLiteral("p")},
                              {QStringLiteral("product_infos"),
                               QJsonArray{vm(QStringLiteral("z9.huge.linux"))}}})),
             QStringLiteral("CBC.99006006"));
    QJsonObject noSize = disk;
    noSize.remove(QStringLiteral("resource_size"));
    QCOMPARE(code(m_sbx.call(QStringLiteral("ListRateOnPeriodDetail"),
                             {{QStringLiteral("project_id"), QStringLiteral("p")},
                              {QStringLiteral("product_infos"), QJsonArray{noSize}}})),
             QStringLiteral("CBC.99006050"));
    QJsonArray many;
    for (int i = 0; i < 101; ++i) {
        QJsonObject o = disk;
        o[QStringLiteral("id")] = QString::number(i);
        many.append(o);
    }
    QCOMPARE(code(m_sbx.call(QStringLiteral("ListRateOnPeriodDetail"),
                             {{QStringLiteral("project_id"), QStringLiteral("p")},
                              {QStringLiteral("product_infos"), many}})),
             QStringLiteral("CBC.0100"));
    QCOMPARE(code(m_sbx.call(QStringLiteral("ListRateOnPeriodDetail"),
                             {{QStringLiteral("project_id"), QStringLiteral("p")},
                              {QStringLiteral("product_infos"), QJsonArray{disk, disk}}})),
             QStringLiteral("CBC.0100"));
}

void TestSandboxApi::renewPricing()
{
    QSqlQuery q = m_sbx.store->query();
    QVERIFY(q.exec(QStringLiteral("SELECT resource_id FROM orders WHERE status = 5 AND"
                                  " resource_spec = 's6.large.2.linux' LIMIT 1")) &&
            q.next());
    const QString resource = q.value(0).toString();
    BssJob *j = m_sbx.call(
        QStringLiteral("ListRenewRateOnPeriod"),
        {{QStringLiteral("resource_ids"), QJsonArray{resource, QStringLiteral("res-missing")}},
         {QStringLiteral("period_type"), 2},
         {QStringLiteral("period_num"), 3}});
    QVERIFY(ok(j));
    QCOMPARE(j->json()[u"renew_inquiry_results"][0][u"amount"].toString(),
             QStringLiteral("430.20")); // num-string: 3 × 143.40
    QCOMPARE(j->json()[u"fail_resource_infos"][0][u"resource_id"].toString(),
             QStringLiteral("res-missing"));
    QCOMPARE(code(m_sbx.call(QStringLiteral("ListRenewRateOnPeriod"),
                             {{QStringLiteral("resource_ids"), QJsonArray{resource}},
                              {QStringLiteral("period_type"), 2},
                              {QStringLiteral("period_num"), 12}})),
             QStringLiteral("CBC.0100")); // months are 1-11
}

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandbox_api.moc"
