// The window on the International site (the sandbox's `intl` flavour): what the site has no
// operation for is absent, not disabled-and-failing. The China site's Funds, Coupons and Coupon
// quotas pages are not in the navigation, the customer and reseller transfers are not offered,
// the overview waits only for what the site has, and no request for a missing operation is ever
// made: the client would refuse it, and the errors panel stays empty.
#include "errorpanel.h"
#include "mainwindow.h"
#include "ops/overview.h"
#include "ops/session.h"
#include "ops/workspace.h"
#include "pages/customerspage.h"
#include "pages/resellerspage.h"
#include "sandboxstarter.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

class TestIntlSite : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void onlyTheSitesPagesAreOffered();
    void chinaOnlyActionsAreAbsent();
    void nothingTheSiteLacksWasAsked();

private:
    QString errors() const
    {
        return m_window->findChild<ErrorPanel *>()->findChild<QPlainTextEdit *>()->toPlainText();
    }
    // The visible buttons of `page` whose text starts with `prefix`.
    static int visibleButtons(QWidget *page, const QString &prefix)
    {
        int n = 0;
        for (const QPushButton *b : page->findChildren<QPushButton *>())
            n += b->isVisibleTo(page) && b->text().startsWith(prefix);
        return n;
    }
    Session *m_session = nullptr;
    MainWindow *m_window = nullptr;
};

void TestIntlSite::initTestCase()
{
    m_session = new Session;
    m_window = new MainWindow(m_session);
    QSignalSpy synced(m_window->workspace()->overview(), &Overview::synced);
    SandboxStarter::startFor(m_session, {7, 60, true});
    m_window->show();
    QVERIFY(synced.wait(60000)); // the overview does not wait for what the site lacks
    QCOMPARE(m_session->currency(), QStringLiteral("USD"));
}

void TestIntlSite::cleanupTestCase()
{
    delete m_window;
    delete m_session;
}

void TestIntlSite::onlyTheSitesPagesAreOffered()
{
    for (const char *key : {"funds", "coupons", "quotas"})
        QVERIFY2(!m_window->openPage(QLatin1String(key)), key);
    for (const char *key : {"overview", "customers", "resellers", "pricing"})
        QVERIFY2(m_window->openPage(QLatin1String(key)), key);
    Overview *overview = m_window->workspace()->overview();
    QVERIFY(!overview->offers(Overview::Source::Account));
    QVERIFY(!overview->offers(Overview::Source::Coupons));
    QVERIFY(overview->offers(Overview::Source::Settlements));
}

void TestIntlSite::chinaOnlyActionsAreAbsent()
{
    auto *customers = m_window->page<CustomersPage>();
    QVERIFY(m_window->openPage(QStringLiteral("customers")));
    QTRY_VERIFY_WITH_TIMEOUT(customers->findChild<QLabel *>() != nullptr, 5000);
    QCOMPARE(visibleButtons(customers, QStringLiteral("Allocate")), 0);
    QCOMPARE(visibleButtons(customers, QStringLiteral("Reclaim")), 0);
    QVERIFY(visibleButtons(customers, QStringLiteral("Refresh")) > 0); // the page is there
    auto *resellers = m_window->page<ResellersPage>();
    QVERIFY(m_window->openPage(QStringLiteral("resellers")));
    QCOMPARE(visibleButtons(resellers, QStringLiteral("Allocate")), 0);
    QCOMPARE(visibleButtons(resellers, QStringLiteral("Reclaim")), 0);
}

void TestIntlSite::nothingTheSiteLacksWasAsked()
{
    // A customer's detail pane reads spend, coupons, orders and adjust records: only the orders
    // are an operation of this site.
    QVERIFY(m_window->openPage(QStringLiteral("customers")));
    auto *table = m_window->page<CustomersPage>()->findChild<QTableView *>();
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 20000);
    table->selectRow(0);
    QTest::qWait(1500); // the detail's parts and the lazy pages have loaded by now
    QVERIFY2(errors().isEmpty(), qPrintable(errors()));
}

QTEST_MAIN(TestIntlSite)
#include "tst_intlsite.moc"
