// Saved views (named filters) round-trip on a populated window: the customers' and the marketplace
// page's filters saved under a name, changed, and restored; deleted, exported to a file and
// imported back; a bad or foreign file changes nothing; views belong to one profile.
#include "core/translator.h"
#include "mainwindow.h"
#include "models/customerfilterproxy.h"
#include "models/recordfilterproxy.h"
#include "models/recordtablemodel.h"
#include "ops/savedviews.h"
#include "ops/session.h"
#include "pages/customerspage.h"
#include "pages/marketplacepage.h"
#include "sandboxstarter.h"
#include "savedviewsmenu.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

class TestSavedViews : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void customersFiltersRoundTrip();
    void marketplaceFiltersReload();
    void exportDeleteImport();
    void badFilesChangeNothing();
    void namesAndProfiles();

private:
    template<typename T> T *field(QWidget *page, const char *name) const
    {
        return page->findChild<T *>(QLatin1String(name));
    }

    Session *m_session = nullptr;
    MainWindow *m_window = nullptr;
    Translator m_translator;
    QTemporaryDir m_dir;
};

void TestSavedViews::initTestCase()
{
    QSettings().remove(QStringLiteral("views/sandbox")); // a persistent HOME may hold old ones
    m_translator.setLanguage(QStringLiteral("en"));
    m_session = new Session;
    m_window = new MainWindow(m_session);
    m_window->setTranslator(&m_translator);
    QSignalSpy loaded(m_window->page<CustomersPage>(), &CustomersPage::loaded);
    QSignalSpy bills(m_window->page<MarketplacePage>(), &MarketplacePage::loaded);
    SandboxStarter::startFor(m_session, {3, 60, false});
    m_window->show();
    QVERIFY(loaded.wait(60000));
    QVERIFY(!bills.isEmpty() || bills.wait(20000));
}

void TestSavedViews::cleanupTestCase()
{
    QSettings().remove(QStringLiteral("views/sandbox"));
    delete m_window;
    delete m_session;
}

void TestSavedViews::customersFiltersRoundTrip()
{
    QVERIFY(m_window->openPage(QStringLiteral("customers")));
    CustomersPage *page = m_window->page<CustomersPage>();
    auto *search = field<QLineEdit>(page, "search");
    auto *type = field<QComboBox>(page, "filter.type");
    QVERIFY(search && type);
    const int all = page->proxy()->rowCount();
    type->setCurrentIndex(type->findData(QStringLiteral("2"))); // 代售 only
    search->setText(QStringLiteral("0000"));
    const int filtered = page->proxy()->rowCount();
    QVERIFY(filtered < all);
    QVERIFY(m_window->savedViews()->save(QStringLiteral("Agency sale")));
    search->clear();
    type->setCurrentIndex(0);
    QCOMPARE(page->proxy()->rowCount(), all);
    QVERIFY(m_window->savedViews()->apply(QStringLiteral("Agency sale")));
    QCOMPARE(search->text(), QStringLiteral("0000"));
    QCOMPARE(type->currentData().toString(), QStringLiteral("2"));
    QCOMPARE(page->proxy()->rowCount(), filtered);
    QVERIFY(!m_window->savedViews()->apply(QStringLiteral("No such view")));
    search->clear();
    type->setCurrentIndex(0);
}

void TestSavedViews::marketplaceFiltersReload()
{
    QVERIFY(m_window->openPage(QStringLiteral("marketplace")));
    MarketplacePage *page = m_window->page<MarketplacePage>();
    QSignalSpy loaded(page, &MarketplacePage::loaded);
    page->setKind(QStringLiteral("general"));
    QVERIFY(loaded.wait(20000));
    page->setStatusFilter(QStringLiteral("PAID"));
    QVERIFY(loaded.wait(20000));
    const int paidGeneral = page->model()->rowCount();
    QVERIFY(m_window->savedViews()->save(QStringLiteral("Paid, general")));
    page->setKind(QStringLiteral("non_general"));
    QVERIFY(loaded.wait(20000));
    page->setStatusFilter(QString());
    QVERIFY(loaded.wait(20000));
    QVERIFY(page->model()->rowCount() != paidGeneral);
    // Applying sets the tab and the status back; the page reloads from the server.
    QVERIFY(m_window->savedViews()->apply(QStringLiteral("Paid, general")));
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), paidGeneral, 20000);
    QCOMPARE(field<QTabBar>(page, "filter.kind")->currentIndex(), 1);
    QCOMPARE(field<QComboBox>(page, "filter.status")->currentData().toString(),
             QStringLiteral("PAID"));
}

void TestSavedViews::exportDeleteImport()
{
    const QString file = m_dir.filePath(QStringLiteral("views.json"));
    QVERIFY(m_window->savedViews()->exportTo(file));
    SavedViews views(QStringLiteral("sandbox"));
    QCOMPARE(views.views(QStringLiteral("customers")).size(), 1);
    QVERIFY(m_window->savedViews()->remove(QStringLiteral("Paid, general"))); // the current page's
    QVERIFY(views.remove(QStringLiteral("customers"), QStringLiteral("Agency sale")));
    QVERIFY(views.pages().isEmpty());
    QCOMPARE(m_window->savedViews()->importFrom(file), 2);
    QCOMPARE(views.views(QStringLiteral("customers")).first().name, QStringLiteral("Agency sale"));
    QCOMPARE(views.views(QStringLiteral("marketplace"))
                 .first()
                 .state.value(QLatin1String("filter.status"))
                 .toString(),
             QStringLiteral("PAID"));
    // Importing again replaces same-named views instead of doubling them.
    QCOMPARE(m_window->savedViews()->importFrom(file), 2);
    QCOMPARE(views.views(QStringLiteral("customers")).size(), 1);
}

void TestSavedViews::badFilesChangeNothing()
{
    SavedViews views(QStringLiteral("sandbox"));
    const QByteArray before = views.exportAll();
    auto write = [this](const QByteArray &bytes) {
        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(bytes);
        return path;
    };
    QCOMPARE(m_window->savedViews()->importFrom(write("not json")), -1);
    QCOMPARE(m_window->savedViews()->importFrom(write(R"({"views": {}})")), -1); // not ours
    // One good and one broken view: neither is imported.
    QCOMPARE(m_window->savedViews()->importFrom(
                 write(R"({"partnerdesk_views": 1, "views": {"customers": [
        {"name": "Fine", "state": {}}, {"name": "", "state": {}}]}})")),
             -1);
    QCOMPARE(m_window->savedViews()->importFrom(
                 write(R"({"partnerdesk_views": 1, "views": {"../x": []}})")),
             -1);
    QCOMPARE(m_window->savedViews()->importFrom(m_dir.filePath(QStringLiteral("missing.json"))),
             -1);
    QCOMPARE(views.exportAll(), before);
}

void TestSavedViews::namesAndProfiles()
{
    SavedViews views(QStringLiteral("sandbox"));
    QString problem;
    QVERIFY(!views.save(QStringLiteral("customers"), QStringLiteral("   "), {}, &problem));
    QVERIFY(problem.contains(u"1 to 60"));
    QVERIFY(!views.save(QStringLiteral("customers"), QString(61, u'x'), {}, &problem));
    // Another profile sees none of the sandbox's views.
    QVERIFY(SavedViews(QStringLiteral("acme")).views(QStringLiteral("customers")).isEmpty());
    QVERIFY(!views.views(QStringLiteral("customers")).isEmpty());
}

QTEST_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
