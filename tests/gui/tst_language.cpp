// Live language switching on a populated window (issue 9's check): with data loaded and a page
// showing an error, en → zh_CN → en changes the headers, status labels, buttons, navigation,
// menus and the error message at once, on the same widgets (nothing is reopened or reloaded),
// and later requests carry the new X-Language.
#include "bss/bssclient.h"
#include "core/translator.h"
#include "mainwindow.h"
#include "models/couponmodel.h"
#include "models/customermodel.h"
#include "ops/session.h"
#include "pages/couponspage.h"
#include "pages/customerspage.h"
#include "pages/pricingpage.h"
#include "sandboxstarter.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

class TestLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void switchesEverythingInPlace();

private:
    struct Snapshot
    {
        QString header, status, button, nav, menu, problem, title;
        QStringList texts() const { return {header, status, button, nav, menu, problem}; }
    };
    Snapshot snapshot() const;
    QPushButton *allocateButton() const;

    Session *m_session = nullptr;
    MainWindow *m_window = nullptr;
    Translator m_translator;
    int m_usableRow = -1;
};

QPushButton *TestLanguage::allocateButton() const
{
    // The first button of the customers page's bar (reload, allocate, …) that allocates.
    for (QPushButton *b : m_window->page<CustomersPage>()->findChildren<QPushButton *>()) {
        if (b->text() == u"Allocate…" || b->text() == u"拨款…")
            return b;
    }
    return nullptr;
}

TestLanguage::Snapshot TestLanguage::snapshot() const
{
    Snapshot s;
    s.header = m_window->page<CustomersPage>()
                   ->model()
                   ->headerData(CustomerModel::Name, Qt::Horizontal)
                   .toString();
    const CouponModel *coupons = m_window->page<CouponsPage>()->model();
    s.status = coupons->data(coupons->index(m_usableRow, CouponModel::Status)).toString();
    s.button = allocateButton() ? allocateButton()->text() : QString();
    auto *nav = m_window->findChild<QTreeWidget *>();
    const auto items = nav->findItems(QStringLiteral("*"), Qt::MatchWildcard | Qt::MatchRecursive);
    for (QTreeWidgetItem *item : items) {
        if (item->data(0, Qt::UserRole).toString() == u"customers")
            s.nav = item->text(0);
    }
    s.menu = m_window->menuBar()->actions().first()->text();
    s.problem = m_window->page<PricingPage>()->problemText();
    s.title = m_window->windowTitle();
    return s;
}

void TestLanguage::initTestCase()
{
    m_translator.setLanguage(QStringLiteral("en"));
    m_session = new Session;
    m_window = new MainWindow(m_session);
    m_window->setTranslator(&m_translator);
    QSignalSpy customers(m_window->page<CustomersPage>(), &CustomersPage::loaded);
    QSignalSpy coupons(m_window->page<CouponsPage>(), &CouponsPage::loaded);
    SandboxStarter::startFor(m_session, {9, 80, false});
    m_window->show();
    QVERIFY(customers.wait(60000));
    QVERIFY(!coupons.isEmpty() || coupons.wait(30000));
    const CouponModel *model = m_window->page<CouponsPage>()->model();
    for (int r = 0; r < model->rowCount() && m_usableRow < 0; ++r) {
        if (model->data(model->index(r, CouponModel::Status)).toString() == u"Usable")
            m_usableRow = r;
    }
    QVERIFY(m_usableRow >= 0);
}

void TestLanguage::cleanupTestCase()
{
    delete m_window;
    delete m_session;
}

void TestLanguage::switchesEverythingInPlace()
{
    // An error on screen: a renewal inquiry without resource IDs is refused before sending.
    QVERIFY(m_window->openPage(QStringLiteral("pricing")));
    PricingPage *pricing = m_window->page<PricingPage>();
    pricing->modeBox()->setCurrentIndex(pricing->modeBox()->findData(2));
    pricing->resourcesEdit()->clear();
    pricing->price();
    QVERIFY(m_window->openPage(QStringLiteral("customers")));
    QWidget *page = m_window->page<CustomersPage>();
    const int rows = m_window->page<CustomersPage>()->model()->rowCount();

    // header, status label, button, navigation, menu, error message
    const QStringList en = snapshot().texts();
    QCOMPARE(en, (QStringList{QStringLiteral("Customer name"), QStringLiteral("Usable"),
                              QStringLiteral("Allocate…"), QStringLiteral("Customers"),
                              QStringLiteral("&File"),
                              QStringLiteral("Give 1 to 10 resource IDs (primary yearly/monthly "
                                             "resources).")}));
    QCOMPARE(m_session->client()->language(), QByteArray("en_US"));

    QSignalSpy headers(m_window->page<CustomersPage>()->model(),
                       &QAbstractItemModel::headerDataChanged);
    m_window->switchLanguage(QStringLiteral("zh_CN"));
    QTRY_COMPARE(snapshot().title, QStringLiteral("PartnerDesk — 伙伴中心"));
    QCOMPARE(
        snapshot().texts(),
        (QStringList{QStringLiteral("客户名称"), QStringLiteral("可使用"), QStringLiteral("拨款…"),
                     QStringLiteral("客户"), QStringLiteral("文件(&F)"),
                     QStringLiteral("请输入 1 到 10 个资源ID（包年/包月的主资源）。")}));
    QVERIFY(!headers.isEmpty()); // views are told, not only the next data() call
    QCOMPARE(m_session->client()->language(), QByteArray("zh_CN"));

    // Same widgets, same data: nothing was reopened or reloaded.
    QCOMPARE(m_window->page<CustomersPage>(), page);
    QCOMPARE(m_window->currentPage(), QStringLiteral("customers"));
    QCOMPARE(m_window->page<CustomersPage>()->model()->rowCount(), rows);
    QCOMPARE(pricing->modeBox()->currentData().toInt(), 2);

    m_window->switchLanguage(QStringLiteral("en"));
    QTRY_COMPARE(snapshot().title, QStringLiteral("PartnerDesk — Partner Center"));
    QCOMPARE(snapshot().texts(), en);
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
