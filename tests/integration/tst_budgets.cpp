// The International site's budgets and freezing end to end against the sandbox: the rules of
// each operation (resale customers only, amounts 0..2147483647 with 2 decimals, at most 10 ids a
// freeze, unfreeze with the freeze's type, a freeze by the system not liftable, over-budget
// auto-freeze and its end), the China site answering them as an unknown API, BudgetWrites through
// the verified-write engine (done from the answer, a lost answer settled from the budget records
// or from the frozen state, a customer already frozen skipped), and BudgetsLoader's figures.
#include "bss/budgetoperations.h"
#include "core/billperiod.h"
#include "models/recordspecs.h"
#include "models/recordtablemodel.h"
#include "ops/billingloader.h"
#include "ops/budgetsloader.h"
#include "ops/budgetwrites.h"
#include "ops/verifiedwrite.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace SandboxChecks;

namespace {

WriteOutcome runToEnd(VerifiedWrite *w)
{
    QSignalSpy done(w, &VerifiedWrite::finished);
    w->start();
    if (done.isEmpty())
        done.wait(20000);
    return w->outcome();
}

} // namespace

class TestBudgets : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void chinaHasNoBudgets();
    void budgetRules();
    void overBudgetFreezesAutomatically();
    void freezeRules();
    void setBudgetIsVerified();
    void lostBudgetAnswerSettledFromRecords();
    void freezeIsVerifiedAndSkippedWhenFrozen();
    void lostFreezeAnswerSettledFromState();
    void loaderFigures();
    void billsAndInvoices();

private:
    int frozen(const QString &customerId);
    int budgetRecords(const QString &customerId);
    BudgetOperations::Change change(const QString &customer, const char *amount);
    SandboxFixture m_sbx;
    QString m_resale; // resale customers of our own without a freeze
    QString m_second;
    QString m_referral; // 顾问销售
};

void TestBudgets::initTestCase()
{
    QString error;
    QVERIFY2(m_sbx.start({5, 150, true}, &error), qPrintable(error));
    m_sbx.client->setTimeoutMs(1000);
    const QString own = QStringLiteral("indirect_partner_id = '' AND is_frozen = 0 AND ");
    m_resale = m_sbx.customerWhere(own + QStringLiteral("association_type = '3'"));
    m_second = m_sbx.customerWhere(own + QStringLiteral("association_type = '3' AND customer_id"
                                                        " <> '%1'")
                                             .arg(m_resale));
    m_referral = m_sbx.customerWhere(QStringLiteral("association_type = '1'"));
    QVERIFY(!m_resale.isEmpty() && !m_second.isEmpty() && !m_referral.isEmpty());
}

int TestBudgets::frozen(const QString &customerId)
{
    QSqlQuery q = m_sbx.store->query();
    q.prepare(QStringLiteral("SELECT is_frozen FROM customers WHERE customer_id = ?"));
    q.addBindValue(customerId);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

int TestBudgets::budgetRecords(const QString &customerId)
{
    QSqlQuery q = m_sbx.store->query();
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM budget_records WHERE customer_id = ?"));
    q.addBindValue(customerId);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

BudgetOperations::Change TestBudgets::change(const QString &customer, const char *amount)
{
    BudgetOperations::Change c;
    c.customerId = customer;
    c.amount = *Decimal::parse(QString::fromLatin1(amount));
    return c;
}

void TestBudgets::chinaHasNoBudgets()
{
    SandboxFixture china;
    QString error;
    QVERIFY2(china.start({5, 20, false}, &error), qPrintable(error));
    // The client refuses before sending; the server, asked anyway, answers as the gateway does.
    QString problem;
    BssJob *job = china.run(BudgetOperations::listBudgets({m_resale}, QString(), &problem));
    QCOMPARE(job->error().kind(), BssError::Kind::InvalidRequest);
    china.client->setEndpoint(
        Endpoint::custom(china.server->baseUrl(), Endpoint::Api::International));
    job = china.run(BudgetOperations::showConsumptionQuota());
    QCOMPARE(code(job), QStringLiteral("APIG.0101"));
}

void TestBudgets::budgetRules()
{
    auto update = [this](const QJsonObject &body) {
        return code(m_sbx.call(QStringLiteral("UpdateSubCustomerBudget"), body));
    };
    const QString id = m_resale;
    QCOMPARE(update({{"customer_id", id}, {"budget_amount", -1}}), QStringLiteral("CBC.0100"));
    QCOMPARE(update({{"customer_id", id}, {"budget_amount", 1.005}}), QStringLiteral("CBC.0100"));
    QCOMPARE(update({{"customer_id", id}, {"budget_amount", 3000000000.0}}),
             QStringLiteral("CBC.0100"));
    QCOMPARE(update({{"customer_id", id}, {"budget_amount", 5}, {"budget_type", "WEEKLY"}}),
             QStringLiteral("CBC.0100"));
    QCOMPARE(update({{"customer_id", m_referral}, {"budget_amount", 5}}),
             QStringLiteral("CBC.5021"));
    QCOMPARE(update({{"customer_id", "nobody"}, {"budget_amount", 5}}),
             QStringLiteral("CBC.99000035"));
    // Zero is a budget; the setting is recorded; the list returns it.
    const int before = budgetRecords(id);
    // (Frozen by hand only: a budget of 0 is used up at once, and an automatic policy the seed
    // may have given this customer would freeze it.)
    QCOMPARE(update({{"customer_id", id},
                     {"budget_amount", 0},
                     {"budget_type", "PACKAGE"},
                     {"frozen_operate_type", 0}}),
             QString());
    QCOMPARE(frozen(id), 0);
    QCOMPARE(budgetRecords(id), before + 1);
    BssJob *job = m_sbx.call(QStringLiteral("ListSubCustomerBudget"),
                             {{"customer_ids", QJsonArray{id, m_referral, "nobody"}}});
    QVERIFY(ok(job));
    const QJsonArray infos = job->json().value(QLatin1String("budget_infos")).toArray();
    QCOMPARE(infos.size(), 1); // not ours or not resale: left out
    QCOMPARE(infos.first()[QLatin1String("budget_type")].toString(), QStringLiteral("PACKAGE"));
    QCOMPARE(dec(infos.first()[QLatin1String("budget_amount")]), Decimal::fromInt(0));
    QCOMPARE(job->json().value(QLatin1String("currency")).toString(), QStringLiteral("USD"));
    // More than 100 ids at once is refused.
    QJsonArray many;
    for (int i = 0; i < 101; ++i)
        many.append(QStringLiteral("c%1").arg(i));
    QCOMPARE(code(m_sbx.call(QStringLiteral("ListSubCustomerBudget"), {{"customer_ids", many}})),
             QStringLiteral("CBC.0100"));
}

void TestBudgets::overBudgetFreezesAutomatically()
{
    const QString id = m_second;
    QSqlQuery q = m_sbx.store->query();
    QVERIFY(m_sbx.store->exec(&q,
                              QStringLiteral("INSERT OR REPLACE INTO budgets VALUES(?, '100.00',"
                                             " '150.00', 'MONTHLY', 0)"),
                              {id}));
    auto update = [this, id](double amount, int policy) {
        return code(m_sbx.call(
            QStringLiteral("UpdateSubCustomerBudget"),
            {{"customer_id", id}, {"budget_amount", amount}, {"frozen_operate_type", policy}}));
    };
    QCOMPARE(update(120, 0), QString()); // over, but frozen by hand only
    QCOMPARE(frozen(id), 0);
    QCOMPARE(update(120, 1), QString()); // over and automatic: frozen by the system
    QCOMPARE(frozen(id), 1);
    // The partner cannot lift the system's freeze; a budget covering the use does.
    BssJob *job = m_sbx.call(QStringLiteral("UnfreezeSubCustomers"),
                             {{"customer_ids", QJsonArray{id}}, {"reason", "try"}});
    QVERIFY(ok(job));
    QCOMPARE(job->json()
                 .value(QLatin1String("error_details"))
                 .toArray()
                 .first()[QLatin1String("error_code")]
                 .toString(),
             QStringLiteral("SBX.6004"));
    QCOMPARE(update(200, 1), QString());
    QCOMPARE(frozen(id), 0);
}

void TestBudgets::freezeRules()
{
    auto freeze = [this](const char *op, const QJsonObject &body) {
        return m_sbx.call(QString::fromLatin1(op), body);
    };
    QJsonArray eleven;
    for (int i = 0; i < 11; ++i)
        eleven.append(QStringLiteral("c%1").arg(i));
    QCOMPARE(code(freeze("FreezeSubCustomers", {{"customer_ids", eleven}, {"reason", "x"}})),
             QStringLiteral("CBC.0100"));
    QCOMPARE(code(freeze("FreezeSubCustomers", {{"customer_ids", QJsonArray{m_resale}}})),
             QStringLiteral("CBC.0100")); // no reason
    QCOMPARE(code(freeze("FreezeSubCustomers", {{"customer_ids", QJsonArray{m_resale}},
                                                {"reason", "x"},
                                                {"freeze_type", "ALL"}})),
             QStringLiteral("CBC.0100"));
    // Per item: not ours, a referral customer; the others frozen.
    BssJob *job =
        freeze("FreezeSubCustomers", {{"customer_ids", QJsonArray{m_resale, "nobody", m_referral}},
                                      {"reason", "overdue"},
                                      {"freeze_type", "ACCOUNT_AND_RESOURCE"}});
    QVERIFY(ok(job));
    QCOMPARE(job->partialFailures().size(), 2);
    QCOMPARE(frozen(m_resale), 1);
    // Unfreeze with another type is refused for that item; with the same type it works.
    job = freeze(
        "UnfreezeSubCustomers",
        {{"customer_ids", QJsonArray{m_resale}}, {"reason", "paid"}, {"unfreeze_type", "ACCOUNT"}});
    QCOMPARE(job->partialFailures().size(), 1);
    QCOMPARE(job->partialFailures().first().code, QStringLiteral("SBX.6003"));
    job = freeze("UnfreezeSubCustomers", {{"customer_ids", QJsonArray{m_resale}},
                                          {"reason", "paid"},
                                          {"unfreeze_type", "ACCOUNT_AND_RESOURCE"}});
    QVERIFY(ok(job));
    QVERIFY(job->partialFailures().isEmpty());
    QCOMPARE(frozen(m_resale), 0);
}

void TestBudgets::setBudgetIsVerified()
{
    const int before = budgetRecords(m_resale);
    VerifiedWrite w(m_sbx.writer(), BudgetWrites::setBudget(change(m_resale, "321.50")));
    const WriteOutcome o = runToEnd(&w);
    QCOMPARE(int(o.kind), int(WriteOutcome::Kind::Done));
    QVERIFY(o.fromRecords); // the answer is empty: the record proves it
    QCOMPARE(budgetRecords(m_resale), before + 1);
    // Bad input sends nothing.
    VerifiedWrite bad(m_sbx.writer(), BudgetWrites::setBudget(change(m_resale, "1.234")));
    QCOMPARE(int(runToEnd(&bad).kind), int(WriteOutcome::Kind::NotApplied));
    QCOMPARE(budgetRecords(m_resale), before + 1);
}

void TestBudgets::lostBudgetAnswerSettledFromRecords()
{
    const int before = budgetRecords(m_resale);
    QVERIFY(m_sbx.setFaults(QStringLiteral("lost=1,count=1,on=write")));
    VerifiedWrite w(m_sbx.writer(), BudgetWrites::setBudget(change(m_resale, "777.00")));
    const WriteOutcome o = runToEnd(&w);
    QCOMPARE(int(o.kind), int(WriteOutcome::Kind::Done));
    QVERIFY(o.fromRecords);
    QCOMPARE(budgetRecords(m_resale), before + 1); // sent once
    // The same budget again is a new record, not the old one claimed twice.
    VerifiedWrite again(m_sbx.writer(), BudgetWrites::setBudget(change(m_resale, "777.00")));
    QTest::qWait(1100); // records are kept to the second
    QCOMPARE(int(runToEnd(&again).kind), int(WriteOutcome::Kind::Done));
    QCOMPARE(budgetRecords(m_resale), before + 2);
}

void TestBudgets::freezeIsVerifiedAndSkippedWhenFrozen()
{
    VerifiedWrite w(m_sbx.writer(), BudgetWrites::freeze(true, m_resale, QStringLiteral("audit"),
                                                         QStringLiteral("ACCOUNT"), QString()));
    const WriteOutcome o = runToEnd(&w);
    QCOMPARE(int(o.kind), int(WriteOutcome::Kind::Done));
    QCOMPARE(frozen(m_resale), 1);
    VerifiedWrite again(m_sbx.writer(),
                        BudgetWrites::freeze(true, m_resale, QStringLiteral("audit"),
                                             QStringLiteral("ACCOUNT"), QString()));
    const WriteOutcome skipped = runToEnd(&again);
    QCOMPARE(int(skipped.kind), int(WriteOutcome::Kind::Skipped));
    QVERIFY(!skipped.sent);
    VerifiedWrite empty(m_sbx.writer(), BudgetWrites::freeze(false, m_resale, QStringLiteral(" "),
                                                             QStringLiteral("ACCOUNT"), QString()));
    QCOMPARE(int(runToEnd(&empty).kind), int(WriteOutcome::Kind::NotApplied)); // no reason
    QCOMPARE(frozen(m_resale), 1);
}

void TestBudgets::lostFreezeAnswerSettledFromState()
{
    QCOMPARE(frozen(m_resale), 1);
    QVERIFY(m_sbx.setFaults(QStringLiteral("lost=1,count=1,on=write")));
    VerifiedWrite w(m_sbx.writer(), BudgetWrites::freeze(false, m_resale, QStringLiteral("paid"),
                                                         QStringLiteral("ACCOUNT"), QString()));
    const WriteOutcome o = runToEnd(&w);
    QCOMPARE(int(o.kind), int(WriteOutcome::Kind::Done));
    QVERIFY(o.fromRecords);
    QCOMPARE(frozen(m_resale), 0);
}

void TestBudgets::loaderFigures()
{
    QSqlQuery q = m_sbx.store->query();
    QVERIFY(m_sbx.store->exec(&q,
                              QStringLiteral("INSERT OR REPLACE INTO budgets VALUES(?, '200.00',"
                                             " '185.00', 'MONTHLY', 0)"),
                              {m_resale}));
    RecordTableModel budgets(RecordSpecs::budgets());
    RecordTableModel history(RecordSpecs::budgetHistory());
    BudgetsLoader loader(m_sbx.client, &budgets, &history);
    QSignalSpy loaded(&loader, &BudgetsLoader::loaded);
    loader.load();
    QVERIFY(loaded.wait(20000));
    QSqlQuery n = m_sbx.store->query();
    QVERIFY(m_sbx.store->exec(&n, QStringLiteral("SELECT COUNT(*) FROM customers WHERE"
                                                 " association_type = '3' AND"
                                                 " indirect_partner_id = ''")) &&
            n.next());
    QCOMPARE(budgets.rowCount(), n.value(0).toInt()); // every resale customer, budget or not
    int none = 0;
    bool seen = false;
    for (int r = 0; r < budgets.rowCount(); ++r) {
        const QJsonObject o = budgets.record(r);
        none += o.value(QLatin1String("budget_state")).toString() == u"none";
        if (o.value(QLatin1String("customer_id")).toString() != m_resale)
            continue;
        seen = true;
        QCOMPARE(o.value(QLatin1String("budget_state")).toString(), QStringLiteral("near"));
        QCOMPARE(o.value(QLatin1String("used_percent")).toString(), QStringLiteral("92.5"));
        QCOMPARE(*Decimal::parse(o.value(QLatin1String("remaining_amount")).toString()),
                 *Decimal::parse(u"15"));
    }
    QVERIFY(seen);
    QVERIFY(none > 0); // the seed leaves about a third without a budget
    loader.setNearPercent(95);
    loader.load();
    QVERIFY(loaded.wait(20000));
    for (int r = 0; r < budgets.rowCount(); ++r) {
        if (budgets.record(r).value(QLatin1String("customer_id")).toString() == m_resale)
            QCOMPARE(budgets.record(r).value(QLatin1String("budget_state")).toString(),
                     QStringLiteral("within"));
    }
    QSignalSpy historyLoaded(&loader, &BudgetsLoader::historyLoaded);
    loader.loadHistory(m_resale, QString());
    QVERIFY(historyLoaded.wait(20000));
    QCOMPARE(history.rowCount(), budgetRecords(m_resale));
    QVERIFY(BudgetsLoader::stateOf(Decimal::fromInt(100), Decimal::fromInt(100), true, 90) ==
            u"over");
}

void TestBudgets::billsAndInvoices()
{
    const QString cycle = BillPeriod::previous(BillPeriod::current());
    RecordTableModel invoices(RecordSpecs::invoices());
    RecordTableModel coupons(RecordSpecs::ownCoupons());
    BillingLoader loader(m_sbx.client, &invoices, &coupons);
    QSignalSpy bill(&loader, &BillingLoader::billLoaded);
    loader.loadBill(cycle);
    QVERIFY(bill.wait(20000));
    const auto b = bill.first().first().value<PostpaidBillSum>();
    // The consumption is the month's bills of our own customers, to the cent.
    QSqlQuery q = m_sbx.store->query();
    QVERIFY(m_sbx.store->exec(&q,
                              QStringLiteral("SELECT amount, bill_type FROM bills WHERE cycle = ?"
                                             " AND indirect_partner_id = ''"),
                              {cycle}));
    Decimal consumed = Decimal::fromMantissa(0, 2);
    while (q.next()) {
        if (q.value(1).toString() != u"2")
            consumed += *Decimal::parse(q.value(0).toString());
    }
    QVERIFY(consumed.signum() > 0);
    QCOMPARE(b.consumption, consumed);
    QCOMPARE(b.amountDue, b.consumption + b.refunds + b.adjustments);
    QCOMPARE(b.currency, QStringLiteral("USD"));
    QSignalSpy failed(&loader, &BillingLoader::failed);
    loader.loadBill(QStringLiteral("2025-13")); // refused before sending
    QCOMPARE(failed.size(), 1);
    QSignalSpy listed(&loader, &BillingLoader::invoicesLoaded);
    loader.loadInvoices(BillPeriod::today().addYears(-2), BillPeriod::today());
    QVERIFY(listed.wait(20000));
    QCOMPARE(invoices.rowCount(), 12);
    QVERIFY(invoices.record(0).contains(QLatin1String("invoiceState"))); // the API's camelCase
    loader.loadInvoices(BillPeriod::today().addDays(-40), BillPeriod::today());
    QVERIFY(listed.wait(20000));
    QVERIFY(invoices.rowCount() >= 1 && invoices.rowCount() <= 2); // applied this month or last

    // The partner's own coupons (ListSubCustomerCoupons with its key), all, then by status.
    QSignalSpy couponsLoaded(&loader, &BillingLoader::couponsLoaded);
    loader.loadCoupons(0);
    QVERIFY(couponsLoaded.wait(20000));
    const int all = coupons.rowCount();
    QVERIFY(all >= 5);
    int usable = 0;
    for (int r = 0; r < all; ++r) {
        const QJsonObject c = coupons.record(r);
        QCOMPARE(c.value(QLatin1String("customer_id")).toString(),
                 QString::fromLatin1(m_sbx.server->domainId())); // the partner's own
        usable += c.value(QLatin1String("status")).toInt() == 2;
        QVERIFY(Decimal::fromJson(c.value(QLatin1String("balance"))).value() <=
                Decimal::fromJson(c.value(QLatin1String("face_value"))).value());
    }
    loader.loadCoupons(2);
    QVERIFY(couponsLoaded.wait(20000));
    QCOMPARE(coupons.rowCount(), usable);
    for (int r = 0; r < coupons.rowCount(); ++r)
        QCOMPARE(coupons.record(r).value(QLatin1String("status")).toInt(), 2);
    loader.loadCoupons(6); // refused before sending
    QCOMPARE(failed.size(), 2);
}

QTEST_GUILESS_MAIN(TestBudgets)
#include "tst_budgets.moc"
