// The batch scheduler without any BSS type: items launched by row, at most N at once, settled in
// any order (now or later), cancel, retry of the failed ones, progress and the one `finished`.
#include "core/batchscheduler.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using S = BatchScheduler::State;

class TestBatchScheduler : public QObject
{
    Q_OBJECT
private slots:
    void neverMoreThanTheConcurrencyAtOnce();
    void settlingAtOnceRunsEveryItem();
    void cancelStopsNewStartsAndInFlightSettle();
    void retryRunsOnlyTheFailedAndCancelled();
    void aSecondSettleIsIgnored();
    void anEmptyBatchFinishesAtOnce();
};

void TestBatchScheduler::neverMoreThanTheConcurrencyAtOnce()
{
    QList<int> launched;
    int running = 0, most = 0;
    BatchScheduler s([&](int row) {
        launched.append(row);
        most = std::max(most, ++running);
    });
    s.reset(10);
    s.setConcurrency(3);
    QSignalSpy progress(&s, &BatchScheduler::progress);
    QSignalSpy finished(&s, &BatchScheduler::finished);
    s.start();
    QCOMPARE(launched, (QList<int>{0, 1, 2}));
    QCOMPARE(s.count(S::Running), 3);
    QCOMPARE(s.count(S::Pending), 7);
    // Settled out of order: each settle starts the next pending row.
    const S ends[] = {S::Done, S::Failed, S::Unknown, S::Skipped};
    int e = 0;
    while (!launched.isEmpty() && s.isRunning()) {
        const int row = launched.takeLast();
        --running;
        s.settle(row, ends[e++ % 4]);
        QVERIFY(s.count(S::Running) <= 3);
    }
    QCOMPARE(most, 3);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(progress.count(), 10);
    QCOMPARE(progress.last().at(0).toInt(), 10);
    QCOMPARE(s.settled(), 10);
    QCOMPARE(s.count(S::Done) + s.count(S::Failed) + s.count(S::Unknown) + s.count(S::Skipped), 10);
    QVERIFY(!s.isRunning());
}

void TestBatchScheduler::settlingAtOnceRunsEveryItem()
{
    BatchScheduler *sp = nullptr;
    int calls = 0;
    BatchScheduler s([&](int row) {
        ++calls;
        sp->settle(row, row % 2 ? S::Failed : S::Done); // re-enters the scheduler
    });
    sp = &s;
    s.reset(1000);
    s.setConcurrency(4);
    QSignalSpy finished(&s, &BatchScheduler::finished);
    s.start();
    QCOMPARE(calls, 1000);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(s.count(S::Done), 500);
    QCOMPARE(s.count(S::Failed), 500);
}

void TestBatchScheduler::cancelStopsNewStartsAndInFlightSettle()
{
    QList<int> launched;
    BatchScheduler s([&](int row) { launched.append(row); });
    s.reset(6);
    s.setConcurrency(2);
    QSignalSpy finished(&s, &BatchScheduler::finished);
    s.start();
    s.settle(0, S::Done); // row 2 starts
    QCOMPARE(launched, (QList<int>{0, 1, 2}));
    s.cancel();
    QCOMPARE(s.count(S::Cancelled), 3); // rows 3–5 never start
    QCOMPARE(finished.count(), 0);      // rows 1 and 2 are still on the wire
    QVERIFY(s.isRunning());
    s.settle(1, S::Done);
    s.settle(2, S::Unknown);
    QCOMPARE(launched.size(), 3);
    QCOMPARE(finished.count(), 1);
    QVERIFY(s.wasCancelled());
    QCOMPARE(s.count(S::Done), 2);
    QCOMPARE(s.count(S::Unknown), 1);
}

void TestBatchScheduler::retryRunsOnlyTheFailedAndCancelled()
{
    QList<int> launched;
    BatchScheduler s([&](int row) { launched.append(row); });
    s.reset(5);
    s.setConcurrency(1);
    s.start();
    s.settle(0, S::Done);
    s.settle(1, S::Failed);
    s.settle(2, S::Unknown); // an unknown item is never re-sent blindly
    s.cancel();              // row 3 runs on; row 4 is cancelled
    s.settle(3, S::Skipped);
    QVERIFY(!s.isRunning());
    launched.clear();
    const QList<int> again = s.retryFailed();
    QCOMPARE(again, (QList<int>{1, 4}));
    QVERIFY(!s.wasCancelled());
    QCOMPARE(launched, (QList<int>{1}));
    s.settle(1, S::Done);
    QCOMPARE(launched, (QList<int>{1, 4}));
    s.settle(4, S::Done);
    QCOMPARE(s.count(S::Done), 3);
    QCOMPARE(s.state(2), S::Unknown);
    QCOMPARE(s.state(3), S::Skipped);
    QVERIFY(s.retryFailed().isEmpty());
}

void TestBatchScheduler::aSecondSettleIsIgnored()
{
    BatchScheduler s([](int) {});
    s.reset(2);
    s.setConcurrency(1);
    QSignalSpy settled(&s, &BatchScheduler::itemSettled);
    s.start();
    s.settle(0, S::Done);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("settled twice")));
    s.settle(0, S::Failed); // late duplicate: row 0 stays done, row 1 keeps running
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("never launched")));
    s.settle(7, S::Done);
    QCOMPARE(s.state(0), S::Done);
    QCOMPARE(s.state(1), S::Running);
    QCOMPARE(settled.count(), 1);
}

void TestBatchScheduler::anEmptyBatchFinishesAtOnce()
{
    BatchScheduler s([](int) { QFAIL("nothing to launch"); });
    s.reset(0);
    QSignalSpy finished(&s, &BatchScheduler::finished);
    s.start();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!s.isRunning());
}

QTEST_GUILESS_MAIN(TestBatchScheduler)
#include "tst_batchscheduler.moc"
