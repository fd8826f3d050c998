// The session's Workspace without a window: it feeds the overview from the loaders, and a
// completed write reloads what it changed (the overview's balances, the coupon list) with no
// page asking for it.
#include "models/couponmodel.h"
#include "models/customermodel.h"
#include "models/quotamodel.h"
#include "ops/couponsloader.h"
#include "ops/couponwrites.h"
#include "ops/customerloader.h"
#include "ops/fundswrites.h"
#include "ops/overview.h"
#include "ops/quotasloader.h"
#include "ops/resellersloader.h"
#include "ops/session.h"
#include "ops/verifiedwrite.h"
#include "ops/workspace.h"
#include "sandboxstarter.h"

#include <QSignalSpy>
#include <QTest>

class TestWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void theLoadsFeedTheOverview();
    void aWriteReloadsWhatItChanged();

private:
    WriteOutcome write(const WriteSpec &spec);
    Session *m_session = nullptr;
    Workspace *m_workspace = nullptr;
};

void TestWorkspace::initTestCase()
{
    m_session = new Session;
    m_workspace = new Workspace(m_session);
    QSignalSpy ready(m_session, &Session::ready);
    SandboxStarter::startFor(m_session, {8, 200, false});
    QVERIFY(ready.wait(20000));
}

void TestWorkspace::cleanupTestCase()
{
    delete m_workspace;
    delete m_session;
}

void TestWorkspace::theLoadsFeedTheOverview()
{
    Overview *overview = m_workspace->overview();
    QSignalSpy synced(overview, &Overview::synced);
    overview->beginSync();
    // What the shell's sync does through the pages: each source's load, here straight.
    m_workspace->customers().loader->start({});
    m_workspace->coupons().loader->load(QString());
    m_workspace->quotas().loader->loadQuotas();
    m_workspace->resellers().loader->load();
    QVERIFY(synced.wait(30000));
    QVERIFY(overview->accountKnown());
    QVERIFY(m_workspace->customers().model->rowCount() > 0);
    // The overview's quota figures are the quota model's, counted: the ones in effect.
    const QuotaModel *quotas = m_workspace->quotas().quotas;
    int inEffect = 0;
    for (int r = 0; r < quotas->rowCount(); ++r)
        inEffect += quotas->quota(r).status == 0 && quotas->quota(r).balance.isValid() ? 1 : 0;
    QVERIFY(inEffect > 0);
    QCOMPARE(overview->quotaCount(), inEffect);
    // The coupon list names its customers from the customer list (masked there, never empty).
    const CouponModel *coupons = m_workspace->coupons().model;
    QVERIFY(coupons->rowCount() > 0);
    int named = 0;
    for (int r = 0; r < coupons->rowCount(); ++r)
        named += m_workspace->customerName(coupons->coupon(r).customerId).isEmpty() ? 0 : 1;
    QVERIFY(named > 0);
}

WriteOutcome TestWorkspace::write(const WriteSpec &spec)
{
    VerifiedWrite w(m_session->writer(), spec);
    QSignalSpy finished(&w, &VerifiedWrite::finished);
    w.start();
    if (!finished.wait(30000))
        return {};
    return finished.first().first().value<WriteOutcome>();
}

void TestWorkspace::aWriteReloadsWhatItChanged()
{
    Overview *overview = m_workspace->overview();
    QVERIFY(overview->accountKnown());
    const Decimal cashBefore = overview->account().cash;
    // An allocation to one of our 代售 customers moves the partner's cash: the overview's
    // figure follows with no sync.
    const CustomerModel *customers = m_workspace->customers().model;
    QString target;
    for (int r = 0; r < customers->rowCount() && target.isEmpty(); ++r) {
        const Customer c = customers->customer(r);
        if (c.associationType == u"2" && c.indirectPartnerId.isEmpty())
            target = c.customerId;
    }
    QVERIFY(!target.isEmpty());
    QSignalSpy changed(overview, &Overview::changed);
    const Decimal amount = Decimal::parse(u"12.34").value();
    QCOMPARE(write(FundsWrites::customer(FundsWrites::Kind::Allocate, target, amount)).kind,
             WriteOutcome::Kind::Done);
    QTRY_COMPARE_WITH_TIMEOUT(overview->account().cash, cashBefore - amount, 15000);

    // A reclaimed coupon: the coupon list reloads by itself and shows it reclaimed (status 5).
    const CouponModel *coupons = m_workspace->coupons().model;
    QString couponId;
    for (int r = 0; r < coupons->rowCount() && couponId.isEmpty(); ++r) {
        if (coupons->coupon(r).status == 2)
            couponId = coupons->coupon(r).couponId;
    }
    QVERIFY(!couponId.isEmpty());
    QSignalSpy reloaded(m_workspace->coupons().loader, &CouponsLoader::loaded);
    QCOMPARE(write(CouponWrites::reclaim(couponId, QString())).kind, WriteOutcome::Kind::Done);
    QVERIFY(reloaded.wait(15000));
    bool reclaimed = false;
    for (int r = 0; r < coupons->rowCount(); ++r)
        reclaimed |= coupons->coupon(r).couponId == couponId && coupons->coupon(r).status == 5;
    QVERIFY(reclaimed);
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
