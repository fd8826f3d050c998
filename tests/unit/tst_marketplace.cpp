// Marketplace billing, incentives and MDF in the core: the CSV reader, the statement import (a
// sample file with bad rows, each reported by line, nothing else lost), the period diff on a
// crafted dataset with known answers, the MDF pre-check, and the status labels in both languages.
#include "bss/bsserror.h"
#include "core/billperiod.h"
#include "core/csvreader.h"
#include "core/mdfrules.h"
#include "core/statuslabels.h"
#include "core/translator.h"
#include "models/settlementdiff.h"
#include "ops/statementimport.h"

#include <QTest>

class TestMarketplace : public QObject
{
    Q_OBJECT
private slots:
    void csvReader();
    void csvReaderGb18030();
    void periods();
    void importSample();
    void importMissingColumns();
    void diffCrafted();
    void diffOfImportedSample();
    void mdfPrecheck();
    void labelsInBothLanguages();
};

namespace {

Decimal d(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

SettlementLine line(const char *period, const char *product, const char *customer,
                    const char *amount, const char *settle = nullptr)
{
    SettlementLine l;
    l.billCycle = QString::fromLatin1(period);
    l.productName = QString::fromUtf8(product);
    l.customerId = QString::fromLatin1(customer);
    l.customerName = QStringLiteral("Name of ") + l.customerId;
    l.amount = d(amount);
    if (settle)
        l.settleAmount = d(settle);
    return l;
}

const SettlementDiff::Row *find(const QList<SettlementDiff::Row> &rows, const QString &product,
                                const QString &customer)
{
    for (const SettlementDiff::Row &r : rows) {
        if (r.productName == product && r.customerId == customer)
            return &r;
    }
    return nullptr;
}

} // namespace

void TestMarketplace::csvReader()
{
    CsvReader csv;
    QString problem;
    QVERIFY(csv.read("\xEF\xBB\xBF"
                     "a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n\r\n2,\"two\nlines\",\n3",
                     &problem));
    QCOMPARE(csv.encoding(), QStringLiteral("UTF-8"));
    const QList<CsvReader::Record> &r = csv.records();
    QCOMPARE(r.size(), 4); // the blank line is not a record
    QCOMPARE(r[0].fields, (QStringList{"a", "b", "c"}));
    QCOMPARE(r[1].fields, (QStringList{"1", "x, y", "say \"hi\""}));
    QCOMPARE(r[2].line, 4);
    QCOMPARE(r[2].fields, (QStringList{"2", "two\nlines", ""}));
    QCOMPARE(r[3].line, 6);
    QCOMPARE(r[3].fields, (QStringList{"3"}));
    QVERIFY(!csv.read("a,\"never closed\n1,2", &problem));
    QVERIFY(problem.contains(QLatin1String("1")));
    QVERIFY(csv.records().isEmpty());
}

void TestMarketplace::csvReaderGb18030()
{
    // "账期,金额\n2026-01,1.00" in GB18030, as a Chinese-locale spreadsheet saves it.
    const QByteArray gb = QByteArray::fromHex("d5cbc6da2cbdf0b6ee0a323032362d30312c312e3030");
    CsvReader csv;
    QString problem;
    QVERIFY2(csv.read(gb, &problem), qPrintable(problem));
    QCOMPARE(csv.encoding(), QStringLiteral("GB18030"));
    QCOMPARE(csv.records().at(0).fields,
             (QStringList{QStringLiteral("账期"), QStringLiteral("金额")}));
    QVERIFY(!csv.read(QByteArray("\xff\xfe\x00\x41", 4), &problem)); // neither
}

void TestMarketplace::periods()
{
    QCOMPARE(StatementImport::normalizePeriod(QStringLiteral("2026-3")), QStringLiteral("2026-03"));
    QCOMPARE(StatementImport::normalizePeriod(QStringLiteral("202603")), QStringLiteral("2026-03"));
    QCOMPARE(StatementImport::normalizePeriod(QStringLiteral("2026/03")),
             QStringLiteral("2026-03"));
    QCOMPARE(StatementImport::normalizePeriod(QStringLiteral("2026年3月")),
             QStringLiteral("2026-03"));
    for (const char *bad : {"2026-13", "2026-00", "20263", "26-03", "March 2026", ""})
        QVERIFY2(StatementImport::normalizePeriod(QString::fromUtf8(bad)).isEmpty(), bad);
    QCOMPARE(BillPeriod::previous(QStringLiteral("2026-01")), QStringLiteral("2025-12"));
    QVERIFY(BillPeriod::previous(QStringLiteral("2026-1")).isEmpty());
    const QStringList recent = BillPeriod::recent(13);
    QCOMPARE(recent.size(), 13);
    QCOMPARE(recent.first(), BillPeriod::current());
    QCOMPARE(recent.at(12), BillPeriod::previous(recent.at(11)));
}

void TestMarketplace::importSample()
{
    const StatementImport::Result r =
        StatementImport::readFile(QStringLiteral(PC_TEST_DATA "/statement_sample.csv"));
    QCOMPARE(r.rows, 11);
    QCOMPARE(r.lines.size(), 5);
    QList<int> badLines;
    for (const StatementImport::Problem &p : r.problems)
        badLines << p.line;
    QCOMPARE(badLines, (QList<int>{5, 7, 8, 10, 11, 12}));
    QVERIFY(r.problems[0].message.contains(QLatin1String("2026-13")));
    QVERIFY(r.problems[2].message.contains(QLatin1String("abc")));
    QVERIFY(r.problems[4].message.contains(QStringLiteral("其他")));
    // Good rows keep their values exactly: grouping commas, 202609, full-width digits and a
    // quoted comma in a name.
    QCOMPARE(r.lines[0].amount, d("1200.50"));
    QCOMPARE(r.lines[0].productKind, QStringLiteral("non_general"));
    QCOMPARE(r.lines[2].billCycle, QStringLiteral("2026-09"));
    QCOMPARE(r.lines[2].productKind, QStringLiteral("general"));
    QCOMPARE(r.lines[4].amount, d("250.00"));
    QCOMPARE(r.lines[4].customerName, QStringLiteral("丙公司, 分部"));
    QCOMPARE(r.lines[4].status, QStringLiteral("待开票"));
    QCOMPARE(r.periods(), (QStringList{QStringLiteral("2026-10"), QStringLiteral("2026-09")}));
}

void TestMarketplace::importMissingColumns()
{
    StatementImport::Result r =
        StatementImport::read(QByteArray("Product name,Customer ID\nA,c1\n"));
    QCOMPARE(r.lines.size(), 0);
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems[0].line, 1);
    QVERIFY(r.problems[0].message.contains(QLatin1String("Bill period")));
    QVERIFY(r.problems[0].message.contains(QLatin1String("Amount")));
    r = StatementImport::read(QByteArray());
    QCOMPARE(r.problems.size(), 1);
    // English headers in another order, extra columns ignored.
    r = StatementImport::read(QByteArray(
        "Note,Amount,Customer name,Product name,Bill period\nx,-5.00,A Ltd,P,2026-02\n"));
    QVERIFY(r.ok());
    QCOMPARE(r.lines[0].amount, d("-5.00")); // a refund line
    QVERIFY(!r.lines[0].settleAmount.isValid());
}

void TestMarketplace::diffCrafted()
{
    // Product P: c1 same total in both (split differently), c2 grows, c3 gone; product Q: c1
    // new; product R: c4 same amount but a different settlement; S: no settlement amounts.
    const QList<SettlementLine> from = {
        line("2026-01", "P", "c1", "100.00", "80.00"), line("2026-01", "P", "c2", "50.00", "40.00"),
        line("2026-01", "P", "c3", "70.10", "49.07"), line("2026-01", "R", "c4", "10.00", "8.00"),
        line("2026-01", "S", "c5", "5.00")};
    const QList<SettlementLine> to = {
        line("2026-02", "P", "c1", "60.00", "48.00"), line("2026-02", "P", "c1", "40.00", "32.00"),
        line("2026-02", "P", "c2", "75.55", "60.44"), line("2026-02", "Q", "c1", "9.99", "7.99"),
        line("2026-02", "R", "c4", "10.00", "7.00"),  line("2026-02", "S", "c5", "5.00")};
    const QList<SettlementDiff::Row> rows = SettlementDiff::compare(from, to);
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows[0].productName, QStringLiteral("P")); // sorted by product, then customer
    QCOMPARE(rows[0].customerId, QStringLiteral("c1"));
    const auto *p1 = find(rows, "P", "c1");
    QCOMPARE(p1->change, SettlementDiff::Change::Unchanged);
    QCOMPARE(p1->toAmount, d("100.00"));
    const auto *p2 = find(rows, "P", "c2");
    QCOMPARE(p2->change, SettlementDiff::Change::Changed);
    QCOMPARE(p2->amountDelta(), d("25.55"));
    QCOMPARE(p2->settleDelta(), d("20.44"));
    const auto *p3 = find(rows, "P", "c3");
    QCOMPARE(p3->change, SettlementDiff::Change::Gone);
    QCOMPARE(p3->amountDelta(), d("-70.10"));
    QCOMPARE(p3->settleDelta(), d("-49.07"));
    const auto *q1 = find(rows, "Q", "c1");
    QCOMPARE(q1->change, SettlementDiff::Change::New);
    QCOMPARE(q1->fromAmount, d("0"));
    QCOMPARE(q1->settleDelta(), d("7.99"));
    QCOMPARE(find(rows, "R", "c4")->change, SettlementDiff::Change::Changed);
    QCOMPARE(find(rows, "R", "c4")->amountDelta(), d("0"));
    const auto *s5 = find(rows, "S", "c5");
    QCOMPARE(s5->change, SettlementDiff::Change::Unchanged);
    QVERIFY(!s5->settleDelta().isValid());
    const SettlementDiff::Totals t = SettlementDiff::totals(rows);
    QCOMPARE(t.added, 1);
    QCOMPARE(t.gone, 1);
    QCOMPARE(t.changed, 2);
    QCOMPARE(t.unchanged, 2);
    QCOMPARE(t.fromAmount, d("235.10"));
    QCOMPARE(t.toAmount, d("200.54"));
    QCOMPARE(t.fromSettle, d("177.07"));
    QCOMPARE(t.toSettle, d("155.43"));
    // The records the table and the export show.
    const QJsonArray records = SettlementDiff::toRecords(rows);
    QCOMPARE(records.size(), 6);
    QCOMPARE(records[1].toObject()[u"change"].toString(), QStringLiteral("changed"));
    QCOMPARE(records[1].toObject()[u"amount_delta"].toString(), QStringLiteral("25.55"));
    QVERIFY(records[5].toObject()[u"settle_delta"].isNull());
    // A side with no lines at all.
    QCOMPARE(SettlementDiff::compare({}, {}).size(), 0);
    QCOMPARE(SettlementDiff::totals(SettlementDiff::compare(from, {})).gone, 5);
}

void TestMarketplace::diffOfImportedSample()
{
    const StatementImport::Result r =
        StatementImport::readFile(QStringLiteral(PC_TEST_DATA "/statement_sample.csv"));
    QList<SettlementLine> sep, oct;
    for (const SettlementLine &l : r.lines)
        (l.billCycle == u"2026-09" ? sep : oct).append(l);
    const QList<SettlementDiff::Row> rows = SettlementDiff::compare(sep, oct);
    const SettlementDiff::Totals t = SettlementDiff::totals(rows);
    QCOMPARE(t.added, 1);
    QCOMPARE(t.gone, 2);
    QCOMPARE(t.changed, 1);
    QCOMPARE(t.fromAmount, d("2300.50"));
    QCOMPARE(t.toAmount, d("1750.50"));
    QCOMPARE(t.fromSettle, d("1810.40"));
    QCOMPARE(t.toSettle, d("1375.40"));
    const auto *mail = find(rows, QStringLiteral("企业邮箱 专业版"), QStringLiteral("c-001"));
    QVERIFY(mail);
    QCOMPARE(mail->amountDelta(), d("300.00"));
    QCOMPARE(mail->settleDelta(), d("240.00"));
}

void TestMarketplace::mdfPrecheck()
{
    QVERIFY(MdfRules::isEligibleCategory(QStringLiteral("EVENT_VENUE")));
    QVERIFY(!MdfRules::isEligibleCategory(QStringLiteral("PRIVATE_ITEMS")));
    QVERIFY(!MdfRules::isEligibleCategory(QStringLiteral("NOPE")));
    const QList<MdfRules::Line> lines = {
        {QStringLiteral("EVENT_VENUE"), QStringLiteral("会场租赁"), d("4200.00")},
        {QStringLiteral("PROMOTIONAL_GIFTS"), QStringLiteral("答谢礼品:手表"), d("1800.00")},
        {QStringLiteral("EQUIPMENT_ASSETS"), QStringLiteral("Streaming kit"), d("999.00")},
        {QStringLiteral("ADVERTISING"), QStringLiteral("Banner ads on a Taobao shop"), d("10")},
        {QStringLiteral("THIRD_PARTY_INVITATION"), QStringLiteral("协会客户邀请费"), d("1.005")},
        {QStringLiteral("MYSTERY"), QStringLiteral("Printing"), d("5.00")},
        {QStringLiteral("TRAVEL"), QStringLiteral("Fuel for the car"), d("80.00")},
        {QStringLiteral("TRAINING"), QStringLiteral("CRM licence"), d("300.00")},
        {QStringLiteral("EVENT_CATERING"), QStringLiteral("Lunch"), d("0")},
    };
    const QList<MdfRules::Finding> f = MdfRules::check(lines);
    auto rulesOf = [&](int line) {
        QList<MdfRules::Rule> out;
        for (const MdfRules::Finding &x : f) {
            if (x.line == line)
                out << x.rule;
        }
        return out;
    };
    using R = MdfRules::Rule;
    QVERIFY(rulesOf(0).isEmpty());
    QCOMPARE(rulesOf(1), (QList<R>{R::PrivateItem})); // a watch filed as a gift
    QCOMPARE(rulesOf(2), (QList<R>{R::EquipmentAsset}));
    QCOMPARE(rulesOf(3), (QList<R>{R::OnlineShop}));
    QCOMPARE(rulesOf(4),
             (QList<R>{R::ThirdPartyInvitation, R::ThirdPartyInvitation, R::BadAmount}));
    QCOMPARE(rulesOf(5), (QList<R>{R::UnknownCategory}));
    QCOMPARE(rulesOf(6), (QList<R>{R::PrivateItem}));
    QCOMPARE(rulesOf(7), (QList<R>{R::SalesSoftware}));
    QCOMPARE(rulesOf(8), (QList<R>{R::BadAmount}));
    for (const MdfRules::Finding &x : f) {
        // Categories and amounts block; words in descriptions ask for a look.
        const bool word =
            (x.line == 1 || x.line == 3 || x.line == 6 || x.line == 7 ||
             (x.line == 4 && x.matched != u"THIRD_PARTY_INVITATION" && x.rule != R::BadAmount));
        QCOMPARE(x.blocking, !word);
        QVERIFY(x.message.startsWith(QStringLiteral("Line %1").arg(x.line + 1)));
    }
    QVERIFY(MdfRules::hasBlocking(f));
    QVERIFY(!MdfRules::hasBlocking(MdfRules::check({lines[1]})));
    QVERIFY(MdfRules::check({lines[0]}).isEmpty());
}

void TestMarketplace::labelsInBothLanguages()
{
    Translator tr;
    QVERIFY(tr.setLanguage(QStringLiteral("en")));
    QCOMPARE(StatusLabels::settlementStatus(QStringLiteral("PENDING_COUNTERSIGN")),
             QStringLiteral("Awaiting countersign"));
    QCOMPARE(StatusLabels::settlementPhase(QStringLiteral("invoice_review")),
             QStringLiteral("Invoice review"));
    QCOMPARE(StatusLabels::incentiveStatus(QStringLiteral("NOT_REQUESTED")),
             QStringLiteral("Not yet requested"));
    QVERIFY(StatusLabels::incentiveHint(QStringLiteral("COMPLETED"), QStringLiteral("COUPON_QUOTA"))
                .contains(QLatin1String("Coupons > Quotas")));
    QCOMPARE(StatusLabels::mdfStatus(QStringLiteral("CLAIM_REJECTED")),
             QStringLiteral("Claim rejected"));
    QCOMPARE(StatusLabels::diffChange(QStringLiteral("gone")), QStringLiteral("Gone"));
    QVERIFY(tr.setLanguage(QStringLiteral("zh_CN")));
    QCOMPARE(StatusLabels::settlementStatus(QStringLiteral("PENDING_COUNTERSIGN")),
             QStringLiteral("待会签"));
    QCOMPARE(StatusLabels::settlementStatus(QStringLiteral("COUNTERSIGNING")),
             QStringLiteral("会签中"));
    QCOMPARE(StatusLabels::settlementStatus(QStringLiteral("PAID")), QStringLiteral("已付款"));
    QCOMPARE(StatusLabels::settlementPhase(QStringLiteral("countersign")), QStringLiteral("会签"));
    QCOMPARE(StatusLabels::settlementPhase(QStringLiteral("invoice_review")),
             QStringLiteral("发票审核"));
    QCOMPARE(StatusLabels::incentiveStatus(QStringLiteral("NOT_REQUESTED")),
             QStringLiteral("待提交申请"));
    QCOMPARE(StatusLabels::incentiveStatus(QStringLiteral("PROCESSING")),
             QStringLiteral("申请处理中"));
    QCOMPARE(StatusLabels::incentiveStatus(QStringLiteral("COMPLETED")), QStringLiteral("已完成"));
    QVERIFY(StatusLabels::incentiveHint(QStringLiteral("FAILED"), QString())
                .contains(QStringLiteral("联系客服")));
    QVERIFY(
        StatusLabels::incentiveHint(QStringLiteral("COMPLETED"), QStringLiteral("ACCOUNT_TOPUP"))
            .contains(QStringLiteral("收支明细")));
    QCOMPARE(StatusLabels::mdfStatus(QStringLiteral("APPLICATION_REVIEW")),
             QStringLiteral("使用申请审核中"));
    QCOMPARE(MdfRules::categoryLabel(QStringLiteral("PRIVATE_ITEMS")), QStringLiteral("私人性质"));
    QCOMPARE(StatusLabels::diffChange(QStringLiteral("new")), QStringLiteral("新增"));
    // Unknown codes are shown verbatim in both languages, never dropped.
    QCOMPARE(StatusLabels::settlementStatus(QStringLiteral("ON_HOLD")), QStringLiteral("ON_HOLD"));
    QCOMPARE(StatusLabels::settlementPhase(QStringLiteral("audit")), QStringLiteral("audit"));
    QCOMPARE(StatusLabels::incentiveStatus(QStringLiteral("X")), QStringLiteral("X"));
    QCOMPARE(StatusLabels::settlementAction(QStringLiteral("ON_HOLD")).isEmpty(), false);
    // A sandbox error with a fixed text is said in the UI's language, not in the server's
    // English; regions by their console names.
    const BssError voided(BssError::Kind::BusinessRule, QStringLiteral("SBX.3002"),
                          QStringLiteral("Only an agreement in effect can be voided."));
    QVERIFY2(!voided.userMessage().contains(QLatin1String("agreement")),
             qPrintable(voided.userMessage()));
    QVERIFY(voided.userMessage().contains(QStringLiteral("SBX.3002")));
    QCOMPARE(StatusLabels::region(QStringLiteral("cn-south-1")), QStringLiteral("华南-广州"));
    QCOMPARE(StatusLabels::region(QStringLiteral("xx-test-9")), QStringLiteral("xx-test-9"));
    QVERIFY(tr.setLanguage(QStringLiteral("en")));
    QCOMPARE(StatusLabels::region(QStringLiteral("cn-south-1")),
             QStringLiteral("CN South-Guangzhou"));
}

QTEST_GUILESS_MAIN(TestMarketplace)
#include "tst_marketplace.moc"
