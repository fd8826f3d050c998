// The sandbox-only extensions (docs/sandbox-api.md) through the real signed client over HTTP:
// unbind, marketplace settlements, incentive payouts, payment agreements, this month's discounts,
// MDF claims.
#include "core/decimal.h"
#include "core/mdfrules.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace SandboxChecks;

class TestSandboxExtensions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void unbindFlow();
    void settlements();
    void incentives();
    void paymentAgreements();
    void monthDiscounts();
    void mdfClaims();

private:
    SandboxFixture m_sbx;
    QString m_agency; // an own 代售 customer
};

void TestSandboxExtensions::initTestCase()
{
    QString error;
    QVERIFY2(m_sbx.start({11, 400, false}, &error), qPrintable(error));
    m_agency = m_sbx.customerWhere(
        QStringLiteral("association_type = '2' AND indirect_partner_id = '' AND debt = '0.00'"
                       " AND is_frozen = 0"));
    QVERIFY(!m_agency.isEmpty());
}

void TestSandboxExtensions::unbindFlow()
{
    const QString debtor = m_sbx.customerWhere(QStringLiteral("debt <> '0.00'"));
    QVERIFY(!debtor.isEmpty());
    BssJob *j =
        m_sbx.call(QStringLiteral("SandboxCheckUnbind"), {{QStringLiteral("customer_id"), debtor}});
    QVERIFY(ok(j));
    QCOMPARE(j->json()[u"passed"].toBool(), false);
    QVERIFY(j->json()[u"failed_items"].toArray().contains(QStringLiteral("IS_DEBT")));

    // A clean 代售 customer with a balance and a usable coupon.
    const QString id = m_sbx.customerWhere(
        QStringLiteral("association_type = '2' AND indirect_partner_id = '' AND debt = '0.00'"
                       " AND is_frozen = 0 AND balance <> '0.00' AND customer_id IN (SELECT"
                       " customer_id FROM coupons WHERE status = 2) AND customer_id <> '%1'")
            .arg(m_agency));
    QVERIFY(!id.isEmpty());
    QCOMPARE(code(m_sbx.call(QStringLiteral("SandboxUnbindCustomer"),
                             {{QStringLiteral("customer_id"), id}})),
             QStringLiteral("CBC.0100")); // a reason is required
    j = m_sbx.call(QStringLiteral("SandboxUnbindCustomer"),
                   {{QStringLiteral("customer_id"), id},
                    {QStringLiteral("reason"), QStringLiteral("客户转签其他伙伴")}});
    QVERIFY(ok(j));
    const QString request = j->json()[u"request_id"].toString();
    QCOMPARE(j->json()[u"status"].toString(), QStringLiteral("SUBMITTED"));
    j = m_sbx.call(
        QStringLiteral("SandboxUnbindCustomer"),
        {{QStringLiteral("customer_id"), id}, {QStringLiteral("reason"), QStringLiteral("again")}});
    QCOMPARE(code(j), QStringLiteral("SBX.1001"));
    const Decimal balance = m_sbx.store->customerBalance(id);
    const Decimal cash = m_sbx.store->partnerCash();

    // The customer approves: balance back to the partner, coupons reclaimed, association gone.
    j = m_sbx.call(QStringLiteral("SandboxRespondUnbind"),
                   {{QStringLiteral("request_id"), request},
                    {QStringLiteral("decision"), QStringLiteral("approve")}});
    QVERIFY(ok(j));
    QCOMPARE(dec(j->json()[u"reclaimed_amount"]), balance);
    QVERIFY(j->json()[u"reclaimed_coupons"].toInt() >= 1);
    QCOMPARE(m_sbx.store->partnerCash(), cash + balance);
    j = m_sbx.call(
        QStringLiteral("ListPartnerAdjustRecords"), {},
        {{QStringLiteral("customer_id"), id},
         {QStringLiteral("operation_type"), QStringLiteral("SOURCE_OPERATION_BEUNBIND")}});
    QVERIFY(ok(j));
    QCOMPARE(j->json()[u"total_count"].toInt(), 1);
    j = m_sbx.call(QStringLiteral("ListPartnerCouponsRecord"), {},
                   {{QStringLiteral("customer_id"), id},
                    {QStringLiteral("operation_types"), QStringLiteral("3")}});
    QVERIFY(ok(j));
    QVERIFY(j->json()[u"total_count"].toInt() >= 1);
    j = m_sbx.call(QStringLiteral("ListSubCustomers"), {{QStringLiteral("customer_id"), id}});
    QVERIFY(ok(j));
    QCOMPARE(j->json()[u"count"].toInt(), 0);
    QCOMPARE(code(m_sbx.call(QStringLiteral("UpdateCustomerAccountAmount"),
                             {{QStringLiteral("customer_id"), id}, {QStringLiteral("amount"), 1}})),
             QStringLiteral("CBC.99000035"));
    j = m_sbx.call(QStringLiteral("SandboxListUnbindRequests"), {},
                   {{QStringLiteral("customer_id"), id}});
    QVERIFY(ok(j));
    QCOMPARE(j->json()[u"requests"][0][u"status"].toString(), QStringLiteral("APPROVED"));
}

void TestSandboxExtensions::settlements()
{
    BssJob *j = m_sbx.call(QStringLiteral("SandboxListSettlements"), {},
                           {{QStringLiteral("status"), QStringLiteral("PENDING_COUNTERSIGN")}});
    QVERIFY(ok(j));
    const QJsonArray pending = j->json()[u"settlements"].toArray();
    QVERIFY(!pending.isEmpty());
    const QString id = pending[0][u"settlement_id"].toString();
    QCOMPARE(pending[0][u"phase"].toString(), QStringLiteral("countersign"));
    j = m_sbx.call(QStringLiteral("SandboxListSettlements"), {},
                   {{QStringLiteral("product_kind"), QStringLiteral("general")},
                    {QStringLiteral("limit"), QStringLiteral("100")}});
    QVERIFY(ok(j));
    QCOMPARE(j->json()[u"total_count"].toInt(), 12);
    QCOMPARE(code(m_sbx.call(QStringLiteral("SandboxListSettlements"), {},
                             {{QStringLiteral("status"), QStringLiteral("LOST")}})),
             QStringLiteral("CBC.0100"));

    j = m_sbx.call(QStringLiteral("SandboxShowSettlement"), {},
                   {{QStringLiteral("settlement_id"), id}});
    QVERIFY(ok(j));
    Decimal items = Decimal::fromInt(0);
    for (const QJsonValue &i : j->json()[u"items"].toArray())
        items += dec(i[u"amount"]);
    QCOMPARE(items, dec(j->json()[u"settlement"][u"amount"]));
    QCOMPARE(j->json()[u"history"].toArray().size(), 1);

    QVERIFY(ok(m_sbx.call(QStringLiteral("SandboxAdvance"))));
    j = m_sbx.call(QStringLiteral("SandboxShowSettlement"), {},
                   {{QStringLiteral("settlement_id"), id}});
    QCOMPARE(j->json()[u"settlement"][u"status"].toString(), QStringLiteral("COUNTERSIGNING"));
    QCOMPARE(j->json()[u"history"].toArray().size(), 2);
    QCOMPARE(m_sbx
                 .call(QStringLiteral("SandboxShowSettlement"), {},
                       {{QStringLiteral("settlement_id"), QStringLiteral("ST-none")}})
                 ->httpStatus(),
             404);
}

void TestSandboxExtensions::incentives()
{
    BssJob *j = m_sbx.call(QStringLiteral("SandboxListIncentivePayouts"), {},
                           {{QStringLiteral("status"), QStringLiteral("NOT_REQUESTED")},
                            {QStringLiteral("limit"), QStringLiteral("50")}});
    QVERIFY(ok(j));
    QString resale, frozen;
    Decimal amount;
    for (const QJsonValue &p : j->json()[u"payouts"].toArray()) {
        if (p[u"frozen"].toBool())
            frozen = p[u"incentive_id"].toString();
        else if (p[u"association_type"].toString() == u"2" && resale.isEmpty()) {
            resale = p[u"incentive_id"].toString();
            amount = dec(p[u"amount"]);
        }
    }
    QVERIFY(!resale.isEmpty() && !frozen.isEmpty());
    j = m_sbx.call(QStringLiteral("SandboxRequestIncentivePayouts"),
                   {{QStringLiteral("incentive_ids"), QJsonArray{resale, frozen}},
                    {QStringLiteral("payout_method"), QStringLiteral("BANK_TRANSFER")}});
    QVERIFY(ok(j));
    QCOMPARE(j->partialFailures().size(), 2);
    QCOMPARE(j->partialFailures().at(0).code, QStringLiteral("SBX.2002")); // 代售: no bank
    QCOMPARE(j->partialFailures().at(1).code, QStringLiteral("SBX.2001")); // frozen
    j = m_sbx.call(QStringLiteral("SandboxRequestIncentivePayouts"),
                   {{QStringLiteral("incentive_ids"), QJsonArray{resale}},
                    {QStringLiteral("payout_method"), QStringLiteral("ACCOUNT_TOPUP")}});
    QVERIFY(ok(j));
    QCOMPARE(j->json()[u"requested"].toArray().size(), 1);
    // Operations pay it: a 代售 top-up needs no invoice and credits the partner's cash.
    const Decimal cash = m_sbx.store->partnerCash();
    QVERIFY(ok(m_sbx.call(QStringLiteral("SandboxAdvance"))));
    QCOMPARE(m_sbx.store->partnerCash(), cash + amount);
    j = m_sbx.call(QStringLiteral("ListPartnerAccountChangeRecords"), {},
                   {{QStringLiteral("balance_type"), QStringLiteral("BALANCE_TYPE_DEBIT")},
                    {QStringLiteral("limit"), QStringLiteral("1")}});
    QCOMPARE(j->json()[u"records"][0][u"trade_detail_type"].toString(),
             QStringLiteral("SOURCE_OPERAIION_RECHARGE_REBATE"));
}

void TestSandboxExtensions::paymentAgreements()
{
    BssJob *j =
        m_sbx.call(QStringLiteral("SandboxCreatePaymentAgreement"),
                   {{QStringLiteral("remitter_name"), QStringLiteral("杭州星河数智科技有限公司")},
                    {QStringLiteral("remitter_type"), QStringLiteral("ENTERPRISE")}});
    QVERIFY(ok(j));
    const QString id = j->json()[u"agreement_id"].toString();
    QCOMPARE(code(m_sbx.call(
                 QStringLiteral("SandboxCreatePaymentAgreement"),
                 {{QStringLiteral("remitter_name"), QStringLiteral("杭州星河数智科技有限公司")},
                  {QStringLiteral("remitter_type"), QStringLiteral("ENTERPRISE")}})),
             QStringLiteral("SBX.3001"));
    QCOMPARE(code(m_sbx.call(QStringLiteral("SandboxCreatePaymentAgreement"),
                             {{QStringLiteral("remitter_name"), QStringLiteral("x")},
                              {QStringLiteral("remitter_type"), QStringLiteral("ROBOT")}})),
             QStringLiteral("CBC.0100"));
    QVERIFY(ok(m_sbx.call(QStringLiteral("SandboxVoidPaymentAgreement"),
                          {{QStringLiteral("agreement_id"), id}})));
    QCOMPARE(code(m_sbx.call(QStringLiteral("SandboxVoidPaymentAgreement"),
                             {{QStringLiteral("agreement_id"), id}})),
             QStringLiteral("SBX.3002"));
    j = m_sbx.call(QStringLiteral("SandboxListPaymentAgreements"), {},
                   {{QStringLiteral("status"), QStringLiteral("VOIDED")}});
    QVERIFY(ok(j));
    QCOMPARE(j->json()[u"total_count"].toInt(), 2); // the seeded one and this one
}

void TestSandboxExtensions::monthDiscounts()
{
    BssJob *j = m_sbx.call(QStringLiteral("SandboxShowMonthDiscounts"), {},
                           {{QStringLiteral("limit"), QStringLiteral("5")}});
    QVERIFY(ok(j));
    const QJsonObject o = j->json();
    QCOMPARE(o[u"bill_cycle"].toString(), thisCycle());
    const Decimal discount = dec(o[u"discount_amount"]);
    QVERIFY(discount.signum() > 0);
    Decimal byType = Decimal::fromInt(0), byMethod = Decimal::fromInt(0);
    for (const QJsonValue &t : o[u"by_association_type"].toArray())
        byType += dec(t[u"discount_amount"]);
    for (const QJsonValue &m : o[u"by_payment_method"].toArray())
        byMethod += dec(m[u"amount"]);
    QCOMPARE(byType, discount);
    QCOMPARE(byMethod, dec(o[u"amount"])); // every yuan paid by some method
    QCOMPARE(dec(o[u"official_amount"]) - discount, dec(o[u"amount"]));
    const QJsonArray records = o[u"records"].toArray();
    QCOMPARE(records.size(), 5);
    QVERIFY(dec(records[0][u"discount_amount"]) >= dec(records[4][u"discount_amount"]));
}

void TestSandboxExtensions::mdfClaims()
{
    BssJob *j = m_sbx.call(QStringLiteral("SandboxListMdfClaims"));
    QVERIFY(ok(j));
    QCOMPARE(j->json()[u"total_count"].toInt(), 7);
    // Earlier tests ran the advance control, so count the statuses rather than assume the seed's.
    QString pending, expired, review;
    int pendingCount = 0;
    for (const QJsonValue &c : j->json()[u"claims"].toArray()) {
        const QString s = c[u"status"].toString();
        QVERIFY(!c[u"claim_deadline"].toString().isEmpty());
        if (s == u"CLAIM_PENDING" && ++pendingCount == 1)
            pending = c[u"claim_id"].toString();
        if (s == u"EXPIRED")
            expired = c[u"claim_id"].toString();
        if (s == u"CLAIM_APPROVED") // no longer waiting for a claim
            review = c[u"claim_id"].toString();
    }
    QVERIFY(!pending.isEmpty() && !expired.isEmpty() && !review.isEmpty());
    j = m_sbx.call(QStringLiteral("SandboxListMdfClaims"), {},
                   {{QStringLiteral("status"), QStringLiteral("CLAIM_PENDING")}});
    QCOMPARE(j->json()[u"total_count"].toInt(), pendingCount);
    auto line = [](const char *category, const char *amount) {
        return QJsonObject{{QStringLiteral("category"), QLatin1String(category)},
                           {QStringLiteral("description"), QStringLiteral("x")},
                           {QStringLiteral("amount"), QLatin1String(amount)}};
    };
    auto submit = [&](const QString &id, const QJsonArray &lines) {
        return m_sbx.call(
            QStringLiteral("SandboxSubmitMdfClaim"),
            {{QStringLiteral("claim_id"), id}, {QStringLiteral("expense_lines"), lines}});
    };
    // Every ineligible category is refused with the line it is on; nothing is stored.
    for (const QString &category : MdfRules::categories()) {
        if (MdfRules::isEligibleCategory(category))
            continue;
        j = submit(pending, {line("EVENT_VENUE", "100.00"), line(category.toLatin1(), "5.00")});
        QCOMPARE(code(j), QStringLiteral("SBX.5001"));
        QCOMPARE(j->error().details().size(), 1);
        QCOMPARE(j->error().details()[0].id, QStringLiteral("1"));
    }
    QCOMPARE(code(submit(pending, {line("NOT_A_CATEGORY", "5.00")})), QStringLiteral("CBC.0100"));
    QCOMPARE(code(submit(pending, {line("EVENT_VENUE", "5.001")})), QStringLiteral("CBC.0100"));
    QCOMPARE(code(submit(pending, {})), QStringLiteral("CBC.0100"));
    QCOMPARE(code(submit(pending, {line("EVENT_VENUE", "999999.00")})), QStringLiteral("SBX.5002"));
    QCOMPARE(code(submit(expired, {line("EVENT_VENUE", "1.00")})), QStringLiteral("SBX.5004"));
    QCOMPARE(code(submit(review, {line("EVENT_VENUE", "1.00")})), QStringLiteral("SBX.5003"));
    QCOMPARE(code(submit(QStringLiteral("MDF-none"), {line("EVENT_VENUE", "1.00")})),
             QStringLiteral("SBX.4004"));
    // A good claim: stored exactly, in review, then approved by the operations side.
    j = submit(pending, {line("EVENT_VENUE", "4200.00"), line("PRINTED_MATERIAL", "650.50")});
    QVERIFY(ok(j));
    QCOMPARE(j->json()[u"status"].toString(), QStringLiteral("CLAIM_REVIEW"));
    QCOMPARE(j->json()[u"claimed_amount"].toString(), QStringLiteral("4850.50"));
    QCOMPARE(code(submit(pending, {line("EVENT_VENUE", "1.00")})), QStringLiteral("SBX.5003"));
    QVERIFY(ok(m_sbx.call(QStringLiteral("SandboxAdvance"))));
    j = m_sbx.call(QStringLiteral("SandboxListMdfClaims"), {},
                   {{QStringLiteral("status"), QStringLiteral("CLAIM_APPROVED")}});
    bool found = false;
    for (const QJsonValue &c : j->json()[u"claims"].toArray()) {
        if (c[u"claim_id"].toString() != pending)
            continue;
        found = true;
        QCOMPARE(c[u"expense_lines"].toArray().size(), 2);
        QCOMPARE(dec(c[u"claimed_amount"]), dec(QJsonValue(QStringLiteral("4850.50"))));
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestSandboxExtensions)
#include "tst_sandbox_extensions.moc"
