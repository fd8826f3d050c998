// Keyboard-first navigation against the in-process sandbox: Ctrl+K opens the command palette;
// typing finds pages (by their name in the UI language or their key), menu actions and customers
// (by raw ID or name, listed masked); Enter goes there. Ctrl+F puts the focus in the current
// page's search field.
#include "core/translator.h"
#include "mainwindow.h"
#include "models/customerfilterproxy.h"
#include "models/customermodel.h"
#include "ops/session.h"
#include "pages/customerspage.h"
#include "palettesources.h"
#include "sandboxstarter.h"
#include "widgets/commandpalette.h"
#include "widgets/datatableview.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

class TestPalette : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void findsPagesByNameAndKey();
    void findsCustomersMasked();
    void runsMenuActions();
    void keysMoveAndClose();
    void ctrlFFocusesTheSearch();
    void ctrlASelectsTheFilteredRows();

private:
    void type(const QString &text);
    CommandPalette *palette() const { return m_window->palette(); }

    Session *m_session = nullptr;
    MainWindow *m_window = nullptr;
    Translator m_translator;
};

void TestPalette::initTestCase()
{
    m_translator.setLanguage(QStringLiteral("en"));
    m_session = new Session;
    m_window = new MainWindow(m_session);
    m_window->setTranslator(&m_translator);
    QSignalSpy loaded(m_window->page<CustomersPage>(), &CustomersPage::loaded);
    SandboxStarter::startFor(m_session, {3, 60, false});
    m_window->show();
    QVERIFY(loaded.wait(60000));
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestPalette::cleanupTestCase()
{
    delete m_window;
    delete m_session;
}

void TestPalette::type(const QString &text)
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(palette()->isVisible());
    palette()->input()->setText(text); // as typed (keyClicks knows no CJK)
}

void TestPalette::findsPagesByNameAndKey()
{
    m_window->openPage(QStringLiteral("overview"));
    type(QStringLiteral("Marketplace"));
    QVERIFY(palette()->list()->count() >= 1);
    QVERIFY(palette()->list()->item(0)->text().startsWith(QLatin1String("Marketplace billing")));
    QTest::keyClick(palette()->input(), Qt::Key_Return);
    QVERIFY(!palette()->isVisible());
    QCOMPARE(m_window->currentPage(), QStringLiteral("marketplace"));
    // The page key works whatever the language.
    QVERIFY(m_translator.setLanguage(QStringLiteral("zh_CN")));
    QTest::qWait(50);
    type(QStringLiteral("incentives"));
    QVERIFY(palette()->list()->item(0)->text().startsWith(QStringLiteral("激励")));
    QTest::keyClick(palette()->input(), Qt::Key_Return);
    QCOMPARE(m_window->currentPage(), QStringLiteral("incentives"));
    QVERIFY(m_translator.setLanguage(QStringLiteral("en")));
    QTest::qWait(50);
}

void TestPalette::findsCustomersMasked()
{
    CustomerModel *model = m_window->page<CustomersPage>()->model();
    QVERIFY(model->rowCount() > 2);
    const Customer c = model->customer(2);
    // By ID: one customer, shown with the masked name.
    type(c.customerId);
    QCOMPARE(palette()->list()->count(), 1);
    const QString shown = palette()->list()->item(0)->text();
    QVERIFY2(shown.contains(c.customerId), qPrintable(shown));
    QVERIFY2(!shown.contains(c.customerName), qPrintable(shown));
    QVERIFY(shown.contains(model->index(2, CustomerModel::Name).data().toString()));
    QTest::keyClick(palette()->input(), Qt::Key_Return);
    QCOMPARE(m_window->currentPage(), QStringLiteral("customers"));
    QCOMPARE(m_window->page<CustomersPage>()->proxy()->rowCount(), 1);
    // … and selected, so that its detail shows.
    QCOMPARE(m_window->page<CustomersPage>()->table()->selectionModel()->selectedRows().size(), 1);
    // By the raw name, which no cell shows.
    type(c.customerName);
    bool found = false;
    for (int i = 0; i < palette()->list()->count(); ++i)
        found = found || palette()->list()->item(i)->text().contains(c.customerId);
    QVERIFY(found);
    QTest::keyClick(palette()->input(), Qt::Key_Escape);
    QVERIFY(!palette()->isVisible());
    m_window->page<CustomersPage>()->setSearch(QString());
}

void TestPalette::runsMenuActions()
{
    // Menu items are listed without their accelerator markers, in either language.
    QCOMPARE(PaletteSources::plainLabel(QStringLiteral("导出当前表格(&E)…")),
             QStringLiteral("导出当前表格…"));
    QCOMPARE(PaletteSources::plainLabel(QStringLiteral("&Export table…")),
             QStringLiteral("Export table…"));
    QCOMPARE(PaletteSources::plainLabel(QStringLiteral("R&&D (&R)")), QStringLiteral("R&D"));
    auto *dock = m_window->findChild<QDockWidget *>();
    QVERIFY(dock);
    const bool shown = dock->isVisible();
    type(QStringLiteral("Errors"));
    QCOMPARE(palette()->list()->count(), 1);
    QTest::keyClick(palette()->input(), Qt::Key_Return);
    QTRY_COMPARE(dock->isVisible(), !shown);
}

void TestPalette::keysMoveAndClose()
{
    type(QString()); // every page and action
    QVERIFY(palette()->list()->count() > 10);
    QCOMPARE(palette()->list()->currentRow(), 0);
    QTest::keyClick(palette()->input(), Qt::Key_Down);
    QTest::keyClick(palette()->input(), Qt::Key_Down);
    QCOMPARE(palette()->list()->currentRow(), 2);
    QTest::keyClick(palette()->input(), Qt::Key_Up);
    QCOMPARE(palette()->list()->currentRow(), 1);
    type(QStringLiteral("no page or customer is called this"));
    QCOMPARE(palette()->list()->count(), 0);
    QTest::keyClick(palette()->input(), Qt::Key_Return); // nothing chosen, nothing happens
    QTest::keyClick(palette()->input(), Qt::Key_Escape);
    QVERIFY(!palette()->isVisible());
}

void TestPalette::ctrlFFocusesTheSearch()
{
    for (const char *page : {"customers", "marketplace", "resellers"}) {
        m_window->openPage(QString::fromLatin1(page));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY2(QApplication::focusWidget() &&
                         QApplication::focusWidget()->objectName() == u"search",
                     page);
    }
}

// Ctrl+A in a table selects the rows the filter shows, not the hidden ones, so a batch acts on
// what the user sees.
void TestPalette::ctrlASelectsTheFilteredRows()
{
    m_window->openPage(QStringLiteral("customers"));
    CustomersPage *page = m_window->page<CustomersPage>();
    auto *type = page->findChild<QComboBox *>(QStringLiteral("filter.type"));
    QVERIFY(type);
    type->setCurrentIndex(type->findData(QStringLiteral("2"))); // 代售 only
    const int shown = page->proxy()->rowCount();
    QVERIFY(shown > 0 && shown < page->model()->rowCount());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(page->table()->selectionModel()->selectedRows().size(), shown);
    page->table()->clearSelection();
    type->setCurrentIndex(0);
}

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
