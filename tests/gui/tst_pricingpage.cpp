// The Pricing page (询价) against the in-process sandbox: the default three lines priced for a day
// to the hand-computed total, a line added and removed, and bad input refused with its message
// before anything is sent.
#include "bss/bssclient.h"
#include "mainwindow.h"
#include "ops/session.h"
#include "pages/pricingpage.h"
#include "sandboxstarter.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <memory>

class TestPricingPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void aDayOfTheDefaultLines();
    void periodQuote();
    void badInputSendsNothing();
    void renewal();

private:
    PricingPage *page() const { return m_window->page<PricingPage>(); }
    Session *m_session = nullptr;
    MainWindow *m_window = nullptr;
};

void TestPricingPage::initTestCase()
{
    m_session = new Session;
    m_window = new MainWindow(m_session);
    QSignalSpy ready(m_session, &Session::ready);
    SandboxStarter::startFor(m_session, {3, 60, false});
    m_window->show();
    QVERIFY(ready.wait(30000));
    QVERIFY(m_window->openPage(QStringLiteral("pricing")));
}

void TestPricingPage::cleanupTestCase()
{
    delete m_window;
    delete m_session;
}

void TestPricingPage::aDayOfTheDefaultLines()
{
    // s6.small.1.linux + SAS 40 GB + 19_bgp 5 Mbit/s, 24 hours, no discount:
    // 0.11 × 24 + 0.000486 × 40 × 24 + 0.063 × 5 × 24 = 2.64 + 0.46656 + 7.56 = 10.66656
    QCOMPARE(page()->linesTable()->rowCount(), 3);
    page()->projectEdit()->setText(QStringLiteral("project-without-discount"));
    page()->modeBox()->setCurrentIndex(0);
    page()->countBox()->setValue(24);
    QSignalSpy priced(page(), &PricingPage::priced);
    page()->price();
    QVERIFY(priced.wait(15000));
    QCOMPARE(page()->resultTable()->rowCount(), 3);
    QVERIFY2(page()->totalText().contains(u"10.66656"), qPrintable(page()->totalText()));
    // … and says what for: 24 hours of use (a pay-per-use price is never a bare figure).
    QVERIFY2(
        page()->totalText().endsWith(QStringLiteral("for 24 ") + page()->unitBox()->currentText()),
        qPrintable(page()->totalText()));
    QVERIFY(page()->resultTable()->item(1, 4)->text().contains(u"0.46656")); // every decimal
    QVERIFY(page()->problemText().isEmpty());
}

void TestPricingPage::periodQuote()
{
    // A fourth line, then the bandwidth and disk removed: 3 months of 1 × s6.small (37.00) and
    // 2 × c7.large.2.linux (178.00): 3 × (37 + 356) = 1,179.00.
    page()->addLine(PriceInquiry::Product::Ecs, QStringLiteral("c7.large.2.linux"), 0, 2);
    QCOMPARE(page()->linesTable()->rowCount(), 4);
    page()->linesTable()->clearSelection();
    page()->linesTable()->selectionModel()->select(page()->linesTable()->model()->index(1, 0),
                                                   QItemSelectionModel::Select |
                                                       QItemSelectionModel::Rows);
    page()->linesTable()->selectionModel()->select(page()->linesTable()->model()->index(2, 0),
                                                   QItemSelectionModel::Select |
                                                       QItemSelectionModel::Rows);
    page()->removeSelectedLines();
    QCOMPARE(page()->linesTable()->rowCount(), 2);
    page()->modeBox()->setCurrentIndex(1);
    page()->unitBox()->setCurrentIndex(page()->unitBox()->findData(2)); // months
    page()->countBox()->setValue(3);
    QSignalSpy priced(page(), &PricingPage::priced);
    page()->price();
    QVERIFY(priced.wait(15000));
    QCOMPARE(page()->resultTable()->rowCount(), 2);
    QVERIFY2(page()->totalText().contains(u"1,179.00"), qPrintable(page()->totalText()));
}

void TestPricingPage::badInputSendsNothing()
{
    // The window's background reads (lazy pages, chained reads) end first: only what this test
    // does is counted. The connections die with `scope`, also when a check below fails.
    auto scope = std::make_unique<QObject>();
    QElapsedTimer quiet;
    quiet.start();
    connect(m_session->client(), &BssClient::inFlightChanged, scope.get(),
            [&quiet] { quiet.restart(); });
    QTRY_VERIFY_WITH_TIMEOUT(m_session->client()->inFlight() == 0 && quiet.elapsed() > 1000, 30000);
    int sent = 0;
    connect(m_session->client(), &BssClient::inFlightChanged, scope.get(),
            [&sent, last = 0](int n) mutable {
                sent += n > last;
                last = n;
            });
    page()->projectEdit()->clear();
    page()->price();
    QCOMPARE(page()->problemText(), QStringLiteral("project_id is required."));
    page()->projectEdit()->setText(QStringLiteral("p1"));
    page()->countBox()->setValue(12); // months
    page()->price();
    QVERIFY(page()->problemText().startsWith(u"Choose 1 to 11 months"));
    page()->countBox()->setValue(1);
    page()->addLine(PriceInquiry::Product::Evs, QStringLiteral("SSD"), 5, 1);
    page()->price();
    QCOMPARE(page()->problemText(), QStringLiteral("Line 3: a disk has 10 to 32,768 GB."));
    QTest::qWait(200);
    QCOMPARE(sent, 0);
}

void TestPricingPage::renewal()
{
    // The renewal mode prices resources by ID (months or years only; no product lines).
    page()->modeBox()->setCurrentIndex(2);
    QVERIFY(page()->linesTable()->isHidden());
    QVERIFY(!page()->resourcesEdit()->isHidden());
    QCOMPARE(page()->unitBox()->count(), 2);
    page()->resourcesEdit()->clear();
    QSignalSpy priced(page(), &PricingPage::priced);
    page()->price();
    QVERIFY(page()->problemText().contains(u"1 to 10")); // nothing sent
    QVERIFY(priced.isEmpty());
    page()->resourcesEdit()->setText(QStringLiteral("res-none, res-other"));
    page()->countBox()->setValue(12);
    page()->price();
    QVERIFY(page()->problemText().contains(u"11 months"));
    page()->countBox()->setValue(1);
    page()->price();
    QVERIFY(priced.wait(15000));
    // Unknown resources are named with the server's reason, not priced.
    QVERIFY2(page()->problemText().contains(u"res-none could not be priced: CBC.99006006"),
             qPrintable(page()->problemText()));
    QVERIFY(page()->problemText().contains(u"res-other"));
    QCOMPARE(page()->resultTable()->rowCount(), 0);
    page()->modeBox()->setCurrentIndex(0);
    QVERIFY(!page()->linesTable()->isHidden());
}

QTEST_MAIN(TestPricingPage)
#include "tst_pricingpage.moc"
