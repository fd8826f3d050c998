// Offline mode on a populated window: the server goes away (every connection dropped, then the
// sandbox stopped), F5 reloads every page from the offline cache with the same rows, the offline
// bar says so with the sync time, personal data comes back masked, and every button that changes
// server data is disabled with the reason; when the server answers again it all comes back.
#include "bss/bssclient.h"
#include "bss/responsecache.h"
#include "core/translator.h"
#include "mainwindow.h"
#include "models/couponfilterproxy.h"
#include "models/couponmodel.h"
#include "models/customerfilterproxy.h"
#include "models/customermodel.h"
#include "models/recordfilterproxy.h"
#include "models/recordtablemodel.h"
#include "ops/session.h"
#include "pages/couponspage.h"
#include "pages/customerspage.h"
#include "pages/resellerspage.h"
#include "sandboxfixture.h"
#include "sandboxstarter.h"
#include "widgets/datatableview.h"
#include "widgets/offlinebar.h"
#include "widgets/writegate.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestOffline : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void serverUnreachableShowsCachedData();
    void backOnline();
    void sandboxStopped();
    void clearOfflineData();

private:
    QPushButton *button(QWidget *page, const QString &text) const;
    bool reloadAll();
    void selectAgencyCustomer();

    QTemporaryDir m_dir;
    Session *m_session = nullptr;
    SandboxStarter *m_sandbox = nullptr;
    MainWindow *m_window = nullptr;
    Translator m_translator;
    int m_customers = 0;
    int m_coupons = 0;
    int m_resellers = 0;
};

QPushButton *TestOffline::button(QWidget *page, const QString &text) const
{
    for (QPushButton *b : page->findChildren<QPushButton *>()) {
        if (b->text().startsWith(text))
            return b;
    }
    return nullptr;
}

bool TestOffline::reloadAll()
{
    QSignalSpy customers(m_window->page<CustomersPage>(), &CustomersPage::loaded);
    QSignalSpy coupons(m_window->page<CouponsPage>(), &CouponsPage::loaded);
    m_window->loadData();
    return customers.wait(30000) && (!coupons.isEmpty() || coupons.wait(30000));
}

void TestOffline::selectAgencyCustomer()
{
    CustomersPage *page = m_window->page<CustomersPage>();
    for (int r = 0; r < page->proxy()->rowCount(); ++r) {
        const int source = page->proxy()->mapToSource(page->proxy()->index(r, 0)).row();
        if (page->model()->customer(source).associationType == u"2") {
            page->table()->selectRow(r);
            return;
        }
    }
    QFAIL("no agency-sale customer in the seed");
}

void TestOffline::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_translator.setLanguage(QStringLiteral("en"));
    m_session = new Session;
    m_session->setCacheDirectory(m_dir.path());
    RetryPolicy fast;
    fast.baseDelayMs = 20;
    m_session->client()->setRetryPolicy(fast);
    m_window = new MainWindow(m_session);
    m_window->setTranslator(&m_translator);
    QSignalSpy loaded(m_window->page<CustomersPage>(), &CustomersPage::loaded);
    QSignalSpy coupons(m_window->page<CouponsPage>(), &CouponsPage::loaded);
    m_sandbox = SandboxStarter::startFor(m_session, {5, 120, false});
    m_window->show();
    QVERIFY(loaded.wait(60000));
    QVERIFY(!coupons.isEmpty() || coupons.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->page<ResellersPage>()->model()->rowCount() > 0, 30000);
    m_customers = m_window->page<CustomersPage>()->model()->rowCount();
    m_coupons = m_window->page<CouponsPage>()->model()->rowCount();
    m_resellers = m_window->page<ResellersPage>()->model()->rowCount();
    QVERIFY(m_customers > 50);
    QVERIFY(m_coupons > 0);
    QVERIFY(m_session->cache());
    QVERIFY(m_session->cache()->file().startsWith(m_dir.path()));
    m_session->cache()->flush();
    QVERIFY(m_window->offlineBar()->isHidden());
    QVERIFY(!m_session->client()->isOffline());
}

void TestOffline::cleanupTestCase()
{
    delete m_window;
    delete m_session;
}

void TestOffline::serverUnreachableShowsCachedData()
{
    QVERIFY(m_window->openPage(QStringLiteral("customers")));
    CustomersPage *page = m_window->page<CustomersPage>();
    QPushButton *allocate = button(page, QStringLiteral("Allocate"));
    QVERIFY(allocate);
    selectAgencyCustomer();
    QVERIFY(allocate->isEnabled());

    // Answers still on their way would (rightly) count as the server being reachable.
    QTRY_COMPARE_WITH_TIMEOUT(m_session->client()->inFlight(), 0, 30000);
    QVERIFY(SandboxChecks::setFaults(m_session->client(), QStringLiteral("drop=100%")));
    QSignalSpy offline(m_session->client(), &BssClient::offlineChanged);
    QVERIFY(reloadAll());
    QVERIFY(m_session->client()->isOffline());
    // Any answer at all (a 429 from the rate limiter, say) counts as reachable for a moment.
    QVERIFY(offline.count() % 2 == 1);
    QVERIFY(offline.first().first().toBool());

    // The same rows as before, from the cache, and the personal data in it is masked.
    QCOMPARE(page->model()->rowCount(), m_customers);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->page<CouponsPage>()->model()->rowCount(), m_coupons, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->page<ResellersPage>()->model()->rowCount(), m_resellers,
                              30000);
    for (int r = 0; r < page->model()->rowCount(); ++r) {
        const QString name = page->model()->customer(r).customerName;
        QVERIFY2(name.size() <= 2 ? name.endsWith(u'*') : name.contains(QStringLiteral("***")),
                 qPrintable(name));
    }

    // The bar: offline, why, and since when the data on screen is.
    QVERIFY(!m_window->offlineBar()->isHidden());
    const QString bar = m_window->offlineBar()->text();
    QVERIFY2(bar.contains(QStringLiteral("Offline")), qPrintable(bar));
    QVERIFY2(bar.contains(QStringLiteral("saved on")), qPrintable(bar));
    QVERIFY(m_session->client()->oldestCachedAnswer().isValid());
    QVERIFY(m_session->client()->oldestCachedAnswer() <= QDateTime::currentDateTimeUtc());

    // Every button that changes server data is off, with the reason, whatever is selected.
    selectAgencyCustomer();
    QVERIFY(!allocate->isEnabled());
    QCOMPARE(allocate->toolTip(), WriteGate::offlineReason());
    QWidget *resellers = m_window->page<ResellersPage>();
    m_window->page<ResellersPage>()->table()->selectRow(0);
    for (const QString &text : {QStringLiteral("Allocate"), QStringLiteral("Reclaim")}) {
        QPushButton *b = button(resellers, text);
        QVERIFY2(b, qPrintable(text));
        QVERIFY2(!b->isEnabled(), qPrintable(text));
    }

    // The bar follows the language.
    m_translator.setLanguage(QStringLiteral("zh_CN"));
    QTRY_VERIFY(m_window->offlineBar()->text().contains(QStringLiteral("离线")));
    QTRY_COMPARE(allocate->toolTip(), WriteGate::offlineReason());
    QVERIFY(allocate->toolTip().contains(QStringLiteral("离线")));
    m_translator.setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(m_window->offlineBar()->text().contains(QStringLiteral("Offline")));
}

void TestOffline::backOnline()
{
    QVERIFY(m_session->client()->isOffline());
    // A connection the dropped answers left behind may fail the first control call (a write is
    // never re-sent by Qt on its own); the control call itself is safe to repeat.
    QTRY_VERIFY_WITH_TIMEOUT(SandboxChecks::setFaults(m_session->client(), QString()), 10000);
    QSignalSpy customers(m_window->page<CustomersPage>(), &CustomersPage::loaded);
    auto *retry = m_window->offlineBar()->findChild<QPushButton *>(QStringLiteral("offlineRetry"));
    QVERIFY(retry);
    retry->click();
    QVERIFY(customers.wait(30000));
    QTRY_VERIFY(!m_session->client()->isOffline());
    QVERIFY(m_window->offlineBar()->isHidden());
    // Live data again: names in clear in the model, actions back.
    CustomersPage *page = m_window->page<CustomersPage>();
    QTRY_COMPARE(page->model()->rowCount(), m_customers);
    bool clear = false;
    for (int r = 0; r < page->model()->rowCount() && !clear; ++r)
        clear = !page->model()->customer(r).customerName.contains(u'*');
    QVERIFY(clear);
    selectAgencyCustomer();
    QPushButton *allocate = button(page, QStringLiteral("Allocate"));
    QVERIFY(allocate->isEnabled());
    QVERIFY(allocate->toolTip() != WriteGate::offlineReason());
}

void TestOffline::sandboxStopped()
{
    m_session->cache()->flush();
    m_sandbox->stop();
    QVERIFY(reloadAll());
    QVERIFY(m_session->client()->isOffline());
    QCOMPARE(m_window->page<CustomersPage>()->model()->rowCount(), m_customers);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->page<CouponsPage>()->model()->rowCount(), m_coupons, 30000);
    QVERIFY(!m_window->offlineBar()->isHidden());
    selectAgencyCustomer();
    QVERIFY(!button(m_window->page<CustomersPage>(), QStringLiteral("Allocate"))->isEnabled());
}

static int storedAnswers(const QString &file)
{
    int count = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(QStringLiteral("SELECT COUNT(*) FROM answers"), db);
            if (q.next())
                count = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return count;
}

// Tools > Clear offline data asks first, then empties the profile's cache file.
void TestOffline::clearOfflineData()
{
    ResponseCache *cache = m_session->cache();
    cache->flush();
    QVERIFY(storedAnswers(cache->file()) > 10);
    m_window->clearOfflineData();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>()) != nullptr);
    QVERIFY(box->text().contains(m_session->profileName()));
    // The confirming button says what it does (清除 / Clear), not "Yes".
    QAbstractButton *clear = nullptr;
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::AcceptRole)
            clear = b;
    }
    QVERIFY(clear);
    QCOMPARE(clear->text(), MainWindow::tr("Clear"));
    clear->click();
    cache->flush();
    QCOMPARE(storedAnswers(cache->file()), 0);
}

QTEST_MAIN(TestOffline)
#include "tst_offline.moc"
