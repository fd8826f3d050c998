// TransferRunner against the sandbox: a normal allocation, a business-rule refusal, bad input
// that sends nothing, and the two ways an answer can go missing (applied and lost; never
// applied), where the runner must tell the truth from the adjust records.
#include "models/transferrunner.h"
#include "sandboxfixture.h"

#include <QSignalSpy>
#include <QTest>

class TestTransferRunner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void allocates();
    void refusedByTheServer();
    void badInputSendsNothing();
    void lostAnswerFoundInRecords();
    void neverAppliedIsSaidSo();

private:
    TransferRunner::Result run(TransferRunner::Kind kind, const QString &amount,
                               bool *checked = nullptr);
    SandboxFixture m_sbx;
    QString m_customer;
};

void TestTransferRunner::initTestCase()
{
    QString error;
    QVERIFY2(m_sbx.start({9, 200, false}, &error), qPrintable(error));
    m_customer =
        m_sbx.customerWhere(QStringLiteral("association_type = '2' AND indirect_partner_id = ''"));
    m_sbx.client->setTimeoutMs(1500);
}

TransferRunner::Result TestTransferRunner::run(TransferRunner::Kind kind, const QString &amount,
                                               bool *checked)
{
    TransferRunner runner(
        m_sbx.client, kind, m_customer,
        Decimal::parse(amount, Decimal::ParseMode::UserInput).value_or(Decimal::invalid()));
    QSignalSpy done(&runner, &TransferRunner::finished);
    QSignalSpy checking(&runner, &TransferRunner::checking);
    runner.start();
    if (done.isEmpty())
        done.wait(20000);
    if (checked)
        *checked = !checking.isEmpty();
    return runner.result();
}

void TestTransferRunner::allocates()
{
    const Decimal cash = m_sbx.store->partnerCash();
    const auto r = run(TransferRunner::Kind::Allocate, QStringLiteral("10.10"));
    QCOMPARE(int(r.outcome), int(TransferRunner::Outcome::Done));
    QVERIFY(!r.transactionId.isEmpty());
    QVERIFY(!r.confirmedByRecords);
    QCOMPARE(m_sbx.store->partnerCash(), cash - *Decimal::parse(u"10.10"));
}

void TestTransferRunner::refusedByTheServer()
{
    const Decimal tooMuch = m_sbx.store->customerBalance(m_customer) + Decimal::fromInt(1);
    const auto r = run(TransferRunner::Kind::Reclaim, tooMuch.toString());
    QCOMPARE(int(r.outcome), int(TransferRunner::Outcome::Failed));
    QCOMPARE(r.error.code(), QStringLiteral("CBC.99005003"));
}

void TestTransferRunner::badInputSendsNothing()
{
    const int served = m_sbx.server->requestsServed();
    for (const char *bad : {"0", "-5", "1.234", "abc"}) {
        const auto r = run(TransferRunner::Kind::Allocate, QLatin1String(bad));
        QCOMPARE(int(r.outcome), int(TransferRunner::Outcome::Failed));
        QCOMPARE(r.error.kind(), BssError::Kind::InvalidRequest);
    }
    QCOMPARE(m_sbx.server->requestsServed(), served);
}

void TestTransferRunner::lostAnswerFoundInRecords()
{
    const Decimal cash = m_sbx.store->partnerCash();
    QVERIFY(m_sbx.setFaults(QStringLiteral("lost=1,count=1,on=write")));
    bool checked = false;
    const auto r = run(TransferRunner::Kind::Allocate, QStringLiteral("3.33"), &checked);
    QVERIFY(checked);
    QCOMPARE(int(r.outcome), int(TransferRunner::Outcome::Done));
    QVERIFY(r.confirmedByRecords);
    QVERIFY(!r.transactionId.isEmpty());
    QCOMPARE(m_sbx.store->partnerCash(), cash - *Decimal::parse(u"3.33")); // once
}

void TestTransferRunner::neverAppliedIsSaidSo()
{
    const Decimal cash = m_sbx.store->partnerCash();
    QVERIFY(m_sbx.setFaults(QStringLiteral("timeout=1,count=1,on=write")));
    bool checked = false;
    const auto r = run(TransferRunner::Kind::Allocate, QStringLiteral("4.44"), &checked);
    QVERIFY(checked);
    QCOMPARE(int(r.outcome), int(TransferRunner::Outcome::Failed));
    QCOMPARE(r.error.kind(), BssError::Kind::Timeout);
    QCOMPARE(m_sbx.store->partnerCash(), cash);
}

QTEST_GUILESS_MAIN(TestTransferRunner)
#include "tst_transferrunner.moc"
