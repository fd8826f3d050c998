// The batch engine reclaiming coupons against the sandbox: 200 coupons in mixed statuses (the
// unusable ones skipped, with their status), injected 5xx / timeouts / lost answers (no coupon
// reclaimed twice, no result wrong, lost ones settled from the coupon's status), cancel part-way,
// and "retry the failed ones".
#include "models/batchrunner.h"
#include "ops/batchwrites.h"
#include "sandboxfixture.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

class TestCouponBatch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void mixedStatusesAreSkipped();
    void faultsNeverReclaimTwice();
    void cancelPartWay();
    void issueSettlesLostAnswers();
    void resellerQuotasIssueAndReclaim();

private:
    QList<BatchRunner::Item> coupons(const QString &where, int limit);
    int status(const QString &couponId);
    int reclaimRecords(const QString &couponId);
    bool run(BatchRunner *runner, int waitMs = 60000);
    SandboxFixture m_sbx;
    QString m_started; // records made by this test are the ones at or after this time
};

void TestCouponBatch::initTestCase()
{
    QString error;
    QVERIFY2(m_sbx.start({12, 3000, false}, &error), qPrintable(error));
    m_sbx.client->setTimeoutMs(1500);
    m_started = SandboxStore::nowUtc();
}

QList<BatchRunner::Item> TestCouponBatch::coupons(const QString &where, int limit)
{
    QList<BatchRunner::Item> items;
    QSqlQuery q = m_sbx.store->query();
    q.exec(QStringLiteral("SELECT coupon_id, balance FROM coupons WHERE indirect_partner_id = ''"
                          " AND %1 ORDER BY seq LIMIT %2")
               .arg(where)
               .arg(limit));
    while (q.next())
        items.append(
            {q.value(0).toString(), QString(), *Decimal::parse(q.value(1).toString()), QString()});
    return items;
}

int TestCouponBatch::status(const QString &couponId)
{
    QSqlQuery q = m_sbx.store->query();
    q.prepare(QStringLiteral("SELECT status FROM coupons WHERE coupon_id = ?"));
    q.addBindValue(couponId);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

int TestCouponBatch::reclaimRecords(const QString &couponId)
{
    QSqlQuery q = m_sbx.store->query();
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM coupon_records WHERE coupon_id = ? AND"
                             " operation_type = 2 AND operation_time >= ?"));
    q.addBindValue(couponId);
    q.addBindValue(m_started);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

bool TestCouponBatch::run(BatchRunner *runner, int waitMs)
{
    QSignalSpy done(runner, &BatchRunner::batchFinished);
    runner->start();
    return done.wait(waitMs);
}

void TestCouponBatch::mixedStatusesAreSkipped()
{
    const QList<BatchRunner::Item> items = coupons(QStringLiteral("1 = 1"), 200);
    QCOMPARE(items.size(), 200);
    int usable = 0;
    Decimal expected = Decimal::fromMantissa(0, 2);
    for (const auto &i : items) {
        if (status(i.id) == 2) {
            ++usable;
            expected += i.amount;
        }
    }
    BatchRunner runner(BatchWrites::couponReclaim(m_sbx.writer()));
    runner.setItems(items);
    runner.setConcurrency(4);
    QVERIFY(run(&runner));
    QCOMPARE(runner.count(BatchRunner::State::Done), usable);
    QCOMPARE(runner.count(BatchRunner::State::Skipped), 200 - usable);
    QCOMPARE(runner.total(BatchRunner::State::Done), expected); // exact, to the cent
    for (int r = 0; r < runner.rowCount(); ++r) {
        const auto &i = runner.item(r);
        if (runner.state(r) == BatchRunner::State::Skipped)
            QVERIFY(!i.result.note.isEmpty()); // says which status it had
        else
            QCOMPARE(status(i.id), 5);
    }
}

void TestCouponBatch::faultsNeverReclaimTwice()
{
    const QList<BatchRunner::Item> items = coupons(QStringLiteral("status = 2"), 80);
    QCOMPARE(items.size(), 80);
    QVERIFY(m_sbx.setFaults(QStringLiteral("5xx=15%,timeout=10%,lost=25%,seed=7,on=write")));
    BatchRunner runner(BatchWrites::couponReclaim(m_sbx.writer()));
    runner.setItems(items);
    runner.setConcurrency(4);
    QVERIFY(run(&runner, 120000));
    int failed = 0;
    for (int r = 0; r < runner.rowCount(); ++r) {
        const auto &i = runner.item(r);
        QVERIFY2(
            runner.state(r) == BatchRunner::State::Done ||
                runner.state(r) == BatchRunner::State::Failed,
            qPrintable(BatchRunner::stateLabel(runner.state(r)))); // every lost answer was settled
        // What the runner says is what the server holds.
        QCOMPARE(status(i.id), runner.state(r) == BatchRunner::State::Done ? 5 : 2);
        QVERIFY(reclaimRecords(i.id) <= 1);
        failed += runner.state(r) == BatchRunner::State::Failed;
    }
    QVERIFY2(failed > 0, "the faults must have hit some writes");
    QVERIFY(runner.count(BatchRunner::State::Done) > 0);
    bool confirmed = false;
    for (int r = 0; r < runner.rowCount(); ++r)
        confirmed = confirmed || runner.item(r).result.confirmed;
    QVERIFY2(confirmed, "some lost answers were settled from the coupon's status");
    // Retry the failed ones with the faults gone: all reclaimed, still once each.
    QVERIFY(m_sbx.setFaults(QString()));
    QSignalSpy done(&runner, &BatchRunner::batchFinished);
    runner.retryFailed();
    QVERIFY(done.wait(60000));
    QCOMPARE(runner.count(BatchRunner::State::Done), 80);
    for (int r = 0; r < runner.rowCount(); ++r)
        QCOMPARE(reclaimRecords(runner.item(r).id), 1);
}

void TestCouponBatch::cancelPartWay()
{
    const QList<BatchRunner::Item> items = coupons(QStringLiteral("status = 2"), 40);
    QCOMPARE(items.size(), 40);
    QVERIFY(m_sbx.setFaults(QStringLiteral("latency=150,on=write")));
    BatchRunner runner(BatchWrites::couponReclaim(m_sbx.writer()));
    runner.setItems(items);
    runner.setConcurrency(2);
    QSignalSpy done(&runner, &BatchRunner::batchFinished);
    connect(&runner, &BatchRunner::itemFinished, this, [&runner](int) {
        if (runner.count(BatchRunner::State::Done) == 5)
            runner.cancel();
    });
    runner.start();
    QVERIFY(done.wait(60000));
    QVERIFY(m_sbx.setFaults(QString()));
    const int reclaimed = runner.count(BatchRunner::State::Done);
    QVERIFY(reclaimed >= 5 && reclaimed <= 7); // the ones on the wire finished
    QCOMPARE(reclaimed + runner.count(BatchRunner::State::Cancelled), 40);
    for (int r = 0; r < runner.rowCount(); ++r)
        QCOMPARE(status(runner.item(r).id), runner.state(r) == BatchRunner::State::Done ? 5 : 2);
}

void TestCouponBatch::issueSettlesLostAnswers()
{
    QList<BatchRunner::Item> items;
    QSqlQuery q = m_sbx.store->query();
    q.exec(QStringLiteral("SELECT customer_id FROM customers WHERE association_type = '2' AND"
                          " indirect_partner_id = '' ORDER BY seq DESC LIMIT 12"));
    while (q.next())
        items.append({q.value(0).toString(), QString(), Decimal::fromInt(5), QString()});
    QCOMPARE(items.size(), 12);
    auto issued = [this](const QString &customer) {
        QSqlQuery c = m_sbx.store->query();
        c.prepare(QStringLiteral("SELECT COUNT(*) FROM coupon_records WHERE customer_id = ? AND"
                                 " operation_type = 1 AND quota_id = 'QT0000000001' AND"
                                 " operation_time >= ?"));
        c.addBindValue(customer);
        c.addBindValue(m_started);
        return c.exec() && c.next() ? c.value(0).toInt() : -1;
    };
    CouponWrites::Issue o;
    o.quotaId = QStringLiteral("QT0000000001");
    o.faceValue = Decimal::fromInt(5);
    // The first eight writes all go wrong: about half lost after applying, half refused.
    QVERIFY(m_sbx.setFaults(QStringLiteral("lost=50%,5xx=50%,count=8,seed=3,on=write")));
    BatchRunner runner(BatchWrites::couponIssue(m_sbx.writer(), o));
    runner.setItems(items);
    QVERIFY(run(&runner));
    bool confirmed = false;
    for (int r = 0; r < runner.rowCount(); ++r) {
        const auto &i = runner.item(r);
        QVERIFY(runner.state(r) == BatchRunner::State::Done ||
                runner.state(r) == BatchRunner::State::Failed);
        QCOMPARE(issued(i.id), runner.state(r) == BatchRunner::State::Done ? 1 : 0);
        confirmed = confirmed || i.result.confirmed;
    }
    QVERIFY(confirmed);
    QVERIFY(runner.count(BatchRunner::State::Failed) > 0);
    QVERIFY(m_sbx.setFaults(QString()));
    QSignalSpy done(&runner, &BatchRunner::batchFinished);
    runner.retryFailed();
    QVERIFY(done.wait(30000));
    QCOMPARE(runner.count(BatchRunner::State::Done), 12);
    for (int r = 0; r < runner.rowCount(); ++r)
        QCOMPARE(issued(runner.item(r).id), 1); // never twice
}

void TestCouponBatch::resellerQuotasIssueAndReclaim()
{
    const QString parent = QStringLiteral("QT0000000001");
    const Decimal before = m_sbx.store->quotaBalance(parent);
    QList<BatchRunner::Item> resellers;
    for (const char *id : {"rp-0001", "rp-0002", "rp-9999"})
        resellers.append({QLatin1String(id), QString(), *Decimal::parse(u"300.00"), QString()});
    QVERIFY(m_sbx.setFaults(QStringLiteral("lost=1,count=1,on=write")));
    BatchRunner issue(BatchWrites::resellerQuotaIssue(m_sbx.writer(), parent));
    issue.setConcurrency(1);
    issue.setItems(resellers);
    QVERIFY(run(&issue));
    QCOMPARE(issue.state(0), BatchRunner::State::Done); // lost, then found in the records
    QVERIFY(issue.item(0).result.confirmed);
    QCOMPARE(issue.state(1), BatchRunner::State::Done);
    QCOMPARE(issue.state(2), BatchRunner::State::Failed);
    QCOMPARE(issue.item(2).result.error.code(), QStringLiteral("CBC.99000037"));
    QCOMPARE(m_sbx.store->quotaBalance(parent), before - *Decimal::parse(u"600.00"));
    QList<BatchRunner::Item> quotas;
    for (int r = 0; r < 2; ++r) {
        QVERIFY(!issue.item(r).result.reference.isEmpty());
        quotas.append(
            {issue.item(r).result.reference, QString(), *Decimal::parse(u"300.00"), QString()});
    }
    QVERIFY(m_sbx.setFaults(QStringLiteral("lost=1,count=1,on=write")));
    BatchRunner reclaim(BatchWrites::resellerQuotaReclaim(m_sbx.writer()));
    reclaim.setConcurrency(1);
    reclaim.setItems(quotas);
    QVERIFY(run(&reclaim));
    QCOMPARE(reclaim.count(BatchRunner::State::Done), 2);
    QVERIFY(reclaim.item(0).result.confirmed); // settled from the quota's status
    QCOMPARE(m_sbx.store->quotaBalance(parent), before);
}

QTEST_GUILESS_MAIN(TestCouponBatch)
#include "tst_couponbatch.moc"
