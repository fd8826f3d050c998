// The typed decoders of BSS answers (Responses): each field read at its SDK type, amounts exact in
// the main unit whatever measure_id says, and an answer that does not fit is refused with a
// reason, never decoded into a silently wrong value. Also the record tables' own check
// (RecordTableModel::problemIn), the decoder of the lists shown as records.
#include "bss/responses.h"
#include "models/recordtablemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestResponses : public QObject
{
    Q_OBJECT
private slots:
    void billSums();
    void billSumsRefused_data();
    void billSumsRefused();
    void couponQuotas();
    void couponQuotasRefused_data();
    void couponQuotasRefused();
    void settlementDetail();
    void settlementDetailRefused_data();
    void settlementDetailRefused();
    void recordColumns_data();
    void recordColumns();
};

void TestResponses::billSums()
{
    QString problem;
    const auto page = Responses::billSums(json(R"({"count":2,"bill_sums":[
              {"customer_id":"c1","charge_mode":"1","amount":12.5,"debt_amount":"0",
               "discount_amount":1.25,"account_details":[{"balance_type":"BALANCE_TYPE_DEBIT",
               "amount":10.5},{"balance_type":"BALANCE_TYPE_COUPON","amount":"2"}]},
              {"customer_id":"c2","amount":1234,"measure_id":3,
               "account_details":[{"balance_type":"BALANCE_TYPE_DEBIT","amount":1234}]}]})"),
                                          &problem);
    QVERIFY2(page, qPrintable(problem));
    QCOMPARE(page->total, 2);
    QCOMPARE(page->items.size(), 2);
    const BillSum &a = page->items.at(0);
    QCOMPARE(a.customerId, QStringLiteral("c1"));
    QCOMPARE(a.chargeMode, QStringLiteral("1"));
    QCOMPARE(a.amount.toString(), QStringLiteral("12.5"));
    QCOMPARE(a.discount.toString(), QStringLiteral("1.25"));
    QVERIFY(a.debt.isZero());
    QCOMPARE(a.paidBy.size(), 2);
    QCOMPARE(a.paidBy.at(1).first, QStringLiteral("BALANCE_TYPE_COUPON"));
    QCOMPARE(a.paidBy.at(1).second.toString(), QStringLiteral("2"));
    // measure_id 3 (fen) scales the line and its split exactly.
    const BillSum &b = page->items.at(1);
    QCOMPARE(b.amount.toString(), QStringLiteral("12.34"));
    QCOMPARE(b.paidBy.first().second.toString(), QStringLiteral("12.34"));
    // No list at all is an empty month, not an error.
    QVERIFY(Responses::billSums(json(R"({"count":0})"), &problem)->items.isEmpty());
}

void TestResponses::billSumsRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("list not a list") << QByteArray(R"({"bill_sums":{}})") << "bill_sums";
    QTest::newRow("item not an object") << QByteArray(R"({"bill_sums":[3]})") << "bill_sums";
    QTest::newRow("no customer") << QByteArray(R"({"bill_sums":[{"amount":1}]})") << "customer_id";
    QTest::newRow("no amount") << QByteArray(R"({"bill_sums":[{"customer_id":"c"}]})") << "amount";
    QTest::newRow("amount text") << QByteArray(
                                        R"({"bill_sums":[{"customer_id":"c","amount":"ten"}]})")
                                 << "amount";
    QTest::newRow("discount bad")
        << QByteArray(R"({"bill_sums":[{"customer_id":"c","amount":1,"discount_amount":[]}]})")
        << "discount_amount";
    QTest::newRow("unknown unit")
        << QByteArray(R"({"bill_sums":[{"customer_id":"c","amount":1,"measure_id":7}]})")
        << "measure_id";
    QTest::newRow("split not a list")
        << QByteArray(R"({"bill_sums":[{"customer_id":"c","amount":1,"account_details":"x"}]})")
        << "account_details";
    QTest::newRow("split amount bad")
        << QByteArray(
               R"({"bill_sums":[{"customer_id":"c","amount":1,"account_details":[{"amount":"x"}]}]})")
        << "amount";
}

void TestResponses::billSumsRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QString problem;
    QVERIFY(!Responses::billSums(QJsonDocument::fromJson(body).object(), &problem));
    QVERIFY2(problem.contains(field), qPrintable(problem));
}

void TestResponses::couponQuotas()
{
    QString problem;
    const auto page = Responses::couponQuotas(
        json(R"({"total_count":1,"quotas":[{"quota_id":"Q1","quota_type":1,"quota_status":0,
              "quota_value":"5000","balance":4999.99,"effective_time":"2026-01-01T00:00:00Z",
              "expire_time":"2026-12-31T16:00:00Z","limit_infos":[{"limit_key":"x",
              "limit_values":[{"value1":"hws.service.type.ec2"}]}],
              "indirect_partner_id":"ip1","indirect_partner_name":"Reseller",
              "parent_quota_id":"P0"}]})"),
        &problem);
    QVERIFY2(page, qPrintable(problem));
    const CouponQuota &q = page->items.first();
    QCOMPARE(q.quotaId, QStringLiteral("Q1"));
    QCOMPARE(q.type, 1);
    QCOMPARE(q.value.toString(), QStringLiteral("5000"));
    QCOMPARE(q.balance.toString(), QStringLiteral("4999.99"));
    QCOMPARE(q.expires, QDateTime(QDate(2026, 12, 31), QTime(16, 0), QTimeZone::utc()));
    QCOMPARE(q.services, QStringList{QStringLiteral("hws.service.type.ec2")});
    QCOMPARE(q.resellerId, QStringLiteral("ip1"));
    QCOMPARE(q.parentQuotaId, QStringLiteral("P0"));
    // Without a balance it is unknown (not zero).
    const auto bare =
        Responses::couponQuotas(json(R"({"quotas":[{"quota_id":"Q","quota_value":1}]})"), &problem);
    QVERIFY(bare && !bare->items.first().balance.isValid());
}

void TestResponses::couponQuotasRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("no id") << QByteArray(R"({"quotas":[{"quota_value":1}]})") << "quota_id";
    QTest::newRow("type as text")
        << QByteArray(R"({"quotas":[{"quota_id":"Q","quota_type":"1","quota_value":1}]})")
        << "quota_type";
    QTest::newRow("status fraction")
        << QByteArray(R"({"quotas":[{"quota_id":"Q","quota_status":0.5,"quota_value":1}]})")
        << "quota_status";
    QTest::newRow("no value") << QByteArray(R"({"quotas":[{"quota_id":"Q"}]})") << "quota_value";
    QTest::newRow("balance bad")
        << QByteArray(R"({"quotas":[{"quota_id":"Q","quota_value":1,"balance":"?"}]})")
        << "balance";
    QTest::newRow("limits bad")
        << QByteArray(
               R"({"quotas":[{"quota_id":"Q","quota_value":1,"limit_infos":[{"limit_values":3}]}]})")
        << "limit_values";
}

void TestResponses::couponQuotasRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QString problem;
    QVERIFY(!Responses::couponQuotas(QJsonDocument::fromJson(body).object(), &problem));
    QVERIFY2(problem.contains(field), qPrintable(problem));
}

void TestResponses::settlementDetail()
{
    QString problem;
    const auto d = Responses::settlementDetail(
        json(R"({"settlement":{"settlement_id":"ST1","bill_cycle":"2026-10","status":"CONFIRMED",
              "product_kind":"general","product_name":"Office"},
              "items":[{"customer_id":"c1","customer_name":"A","amount":"100.10",
                        "settle_amount":70.07},{"customer_id":"c2","amount":5}],
              "history":[{"status":"CONFIRMED"}]})"),
        &problem);
    QVERIFY2(d, qPrintable(problem));
    QCOMPARE(d->settlementId, QStringLiteral("ST1"));
    QCOMPARE(d->billCycle, QStringLiteral("2026-10"));
    QCOMPARE(d->items.size(), 2);
    QCOMPARE(d->items.at(0).settleAmount.toString(), QStringLiteral("70.07"));
    QVERIFY(!d->items.at(1).settleAmount.isValid()); // none given: unknown
    QCOMPARE(d->itemRecords.size(), 2);
    QCOMPARE(d->history.size(), 1);
}

void TestResponses::settlementDetailRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("no bill") << QByteArray(R"({"items":[]})") << "settlement";
    QTest::newRow("no id") << QByteArray(R"({"settlement":{}})") << "settlement_id";
    QTest::newRow("items not a list")
        << QByteArray(R"({"settlement":{"settlement_id":"S"},"items":{}})") << "items";
    QTest::newRow("item amount")
        << QByteArray(R"({"settlement":{"settlement_id":"S"},"items":[{"customer_id":"c"}]})")
        << "amount";
    QTest::newRow("item customer")
        << QByteArray(R"({"settlement":{"settlement_id":"S"},"items":[{"amount":1}]})")
        << "customer_id";
}

void TestResponses::settlementDetailRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QString problem;
    QVERIFY(!Responses::settlementDetail(QJsonDocument::fromJson(body).object(), &problem));
    QVERIFY2(problem.contains(field), qPrintable(problem));
}

void TestResponses::recordColumns_data()
{
    QTest::addColumn<QByteArray>("records");
    QTest::addColumn<QString>("problem"); // empty: accepted
    QTest::newRow("fits")
        << QByteArray(
               R"([{"id":"a","amount":"1.5","at":"2026-01-01T00:00:00Z","state":{"any":1}},
            {"id":7,"amount":2,"at":""},{"id":null}])")
        << QString();
    QTest::newRow("not an object") << QByteArray(R"([1])") << "object";
    QTest::newRow("amount") << QByteArray(R"([{"amount":"1,5"}])") << "amount";
    QTest::newRow("time") << QByteArray(R"([{"at":"yesterday"}])") << "at";
    QTest::newRow("time number") << QByteArray(R"([{"at":20260101}])") << "at";
    QTest::newRow("text") << QByteArray(R"([{"id":["a"]}])") << "id";
}

void TestResponses::recordColumns()
{
    QFETCH(QByteArray, records);
    QFETCH(QString, problem);
    const auto title = [] { return QStringLiteral("t"); };
    RecordTableModel model({{"id", title},
                            {"amount", title, RecordTableModel::Kind::Money},
                            {"at", title, RecordTableModel::Kind::Time},
                            {"state", title, RecordTableModel::Kind::Label,
                             [](const QJsonValue &) { return QStringLiteral("label"); }}});
    const QString found = model.problemIn(QJsonDocument::fromJson(records).array());
    if (problem.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found));
    else
        QVERIFY2(found.contains(problem), qPrintable(found));
}

QTEST_GUILESS_MAIN(TestResponses)
#include "tst_responses.moc"
