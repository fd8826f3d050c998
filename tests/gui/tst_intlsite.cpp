// The window on the International site (the sandbox's `intl` flavour): what the site has no
// operation for is absent, not disabled-and-failing. The China site's Funds, Coupons and Coupon
// quotas pages are not in the navigation, the customer and reseller transfers are not offered,
// the overview waits only for what the site has, and no request for a missing operation is ever
// made: the client would refuse it, and the errors panel stays empty.
#include "core/statuslabels.h"
#include "dialogs/budgetdialog.h"
#include "dialogs/freezedialog.h"
#include "errorpanel.h"
#include "mainwindow.h"
#include "models/batchrunner.h"
#include "models/recordfilterproxy.h"
#include "models/recordtablemodel.h"
#include "ops/overview.h"
#include "ops/session.h"
#include "ops/workspace.h"
#include "pages/billingpage.h"
#include "pages/budgetspage.h"
#include "pages/customerdetailpane.h"
#include "pages/customerspage.h"
#include "pages/incentivespage.h"
#include "pages/resellerspage.h"
#include "sandboxstarter.h"
#include "widgets/amountfield.h"
#include "widgets/datatableview.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
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
    void budgetsAreSetFromThePage();
    void freezePreviewSkipsFrozenCustomers();
    void overviewAlertOpensTheBudgets();
    void billsAndInvoicesAreShown();

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
    SandboxStarter::startFor(m_session, {7, 200, true}); // enough for frozen and over-budget ones
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
    for (const char *key : {"overview", "customers", "budgets", "billing", "resellers", "pricing"})
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
    // 产品激励策略 is a China operation: no such tab here, not a disabled one.
    auto *incentives = m_window->page<IncentivesPage>();
    QVERIFY(m_window->openPage(QStringLiteral("incentives")));
    QTRY_COMPARE(incentives->tabs()->indexOf(incentives->policyTab()), -1);
    QCOMPARE(incentives->tabs()->count(), 2);
}

void TestIntlSite::nothingTheSiteLacksWasAsked()
{
    // A customer's detail pane reads spend, coupons, orders, yearly/monthly resources and adjust
    // records: only the orders and resources are operations of this site.
    QVERIFY(m_window->openPage(QStringLiteral("customers")));
    auto *table = m_window->page<CustomersPage>()->findChild<QTableView *>();
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 20000);
    table->selectRow(0);
    QTest::qWait(1500); // the detail's parts and the lazy pages have loaded by now
    QVERIFY2(errors().isEmpty(), qPrintable(errors()));
    // The resources of the partner's own customers are read here too (International data).
    CustomerDetailPane *pane = m_window->page<CustomersPage>()->detailPane();
    bool found = false;
    for (int row = 0; row < 30 && !found; ++row) {
        table->clearSelection();
        table->selectRow(row);
        QTRY_VERIFY_WITH_TIMEOUT(!pane->resourceNote()->text().contains(u'…'), 15000);
        found = pane->resourceModel()->rowCount() > 0;
    }
    QVERIFY(found);
    // What the site lacks is absent, not an empty tab: spend (monthly bill sums), coupons and
    // adjust records; orders and resources are there.
    QCOMPARE(pane->tabs()->isTabVisible(0), false);
    QCOMPARE(pane->tabs()->isTabVisible(1), false);
    QCOMPARE(pane->tabs()->isTabVisible(2), true);
    QCOMPARE(pane->tabs()->isTabVisible(3), true);
    QCOMPARE(pane->tabs()->isTabVisible(4), false);
    const QString region =
        pane->resourceModel()->record(0).value(QLatin1String("region_code")).toString();
    QVERIFY2(!region.startsWith(QLatin1String("cn-")), qPrintable(region));
    QVERIFY2(errors().isEmpty(), qPrintable(errors()));
}

// The row of the budgets page showing a customer in `state` ("over", "within", …) and not frozen,
// selected; -1 when there is none.
static int selectRow(BudgetsPage *page, const char *state, bool frozen)
{
    auto *proxy = page->proxy();
    auto *model = qobject_cast<RecordTableModel *>(proxy->sourceModel());
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const QJsonObject o = model->record(proxy->mapToSource(proxy->index(r, 0)).row());
        if (o.value(QLatin1String("budget_state")).toString() == QLatin1String(state) &&
            (o.value(QLatin1String("is_frozen")).toInt() != 0) == frozen) {
            page->table()->selectRow(r);
            return r;
        }
    }
    return -1;
}

void TestIntlSite::budgetsAreSetFromThePage()
{
    QVERIFY(m_window->openPage(QStringLiteral("budgets")));
    auto *page = m_window->page<BudgetsPage>();
    QTRY_VERIFY_WITH_TIMEOUT(page->proxy()->rowCount() > 0, 20000);
    QVERIFY(page->summary()->text().contains(QStringLiteral("resale customer")));
    QVERIFY(selectRow(page, "within", false) >= 0);
    const QString id =
        page->table()->model()->index(page->table()->currentIndex().row(), 2).data().toString();
    // The history of the one selected customer is shown below.
    QTRY_VERIFY_WITH_TIMEOUT(page->historyTable()->model()->rowCount() > 0, 10000);
    BudgetDialog *dialog = page->setBudget();
    QVERIFY(dialog);
    dialog->amountField()->lineEdit()->setText(QStringLiteral("1.234")); // 3 decimals
    QVERIFY(!dialog->confirmButton()->isEnabled());
    dialog->amountField()->lineEdit()->setText(QStringLiteral("0")); // a budget of 0 is one
    QVERIFY(dialog->confirmButton()->isEnabled());
    QVERIFY(dialog->summaryText().contains(QStringLiteral("would be over it")));
    dialog->amountField()->lineEdit()->setText(QStringLiteral("987654.32"));
    dialog->confirmButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->runner()->count(BatchRunner::State::Done) == 1, 20000);
    // The page reloads by itself: the customer now has the new budget.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            auto *model = qobject_cast<RecordTableModel *>(page->proxy()->sourceModel());
            for (int r = 0; r < model->rowCount(); ++r) {
                const QJsonObject o = model->record(r);
                if (o.value(QLatin1String("customer_id")).toString() == id)
                    return o.value(QLatin1String("budget_amount")).toString() ==
                           QStringLiteral("987654.32");
            }
            return false;
        }(),
        10000);
    dialog->close();
    QVERIFY2(errors().isEmpty(), qPrintable(errors()));
}

void TestIntlSite::freezePreviewSkipsFrozenCustomers()
{
    auto *page = m_window->page<BudgetsPage>();
    QVERIFY(m_window->openPage(QStringLiteral("budgets")));
    page->stateBox()->setCurrentIndex(0);
    // One frozen and one not, selected together.
    QItemSelection both;
    auto *proxy = page->proxy();
    auto *model = qobject_cast<RecordTableModel *>(proxy->sourceModel());
    int frozen = -1, normal = -1;
    for (int r = 0; r < proxy->rowCount() && (frozen < 0 || normal < 0); ++r) {
        const bool f =
            model->record(proxy->mapToSource(proxy->index(r, 0)).row()).value("is_frozen").toInt();
        (f ? frozen : normal) = (f ? frozen : normal) < 0 ? r : (f ? frozen : normal);
    }
    QVERIFY(frozen >= 0 && normal >= 0);
    auto *sel = page->table()->selectionModel();
    sel->clearSelection();
    for (int r : {frozen, normal})
        sel->select(proxy->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    FreezeDialog *dialog = page->freeze(true);
    QVERIFY(dialog);
    QVERIFY(!dialog->confirmButton()->isEnabled()); // no reason yet
    dialog->reasonEdit()->setText(QStringLiteral("overdue invoices"));
    QVERIFY(dialog->confirmButton()->isEnabled());
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("1 skipped")),
             qPrintable(dialog->summaryText()));
    dialog->confirmButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->runner()->count(BatchRunner::State::Done) == 1, 20000);
    QCOMPARE(dialog->runner()->rowCount(), 1); // the frozen one was never sent
    dialog->close();
}

void TestIntlSite::overviewAlertOpensTheBudgets()
{
    Overview *overview = m_window->workspace()->overview();
    QVERIFY(overview->offers(Overview::Source::Budgets));
    // The partner's consumption quota stands in for the China site's account figures.
    QVERIFY(overview->consumptionQuota().has_value());
    QCOMPARE(overview->consumptionQuota()->currency, QStringLiteral("USD"));
    QVERIFY(overview->consumptionQuota()->quota.signum() > 0);
    QVERIFY(overview->alert(Overview::AlertKind::FrozenCustomers).count > 0);
    auto *page = m_window->page<BudgetsPage>();
    QVERIFY(page->focus(QStringLiteral("budgetState"), QStringLiteral("frozen")));
    QVERIFY(page->proxy()->rowCount() > 0);
    for (int r = 0; r < page->proxy()->rowCount(); ++r)
        QCOMPARE(page->proxy()->index(r, 9).data().toString(), StatusLabels::frozenState(1));
}

void TestIntlSite::billsAndInvoicesAreShown()
{
    QVERIFY(m_window->openPage(QStringLiteral("billing")));
    auto *page = m_window->page<BillingPage>();
    QTRY_VERIFY_WITH_TIMEOUT(page->invoiceTable()->model()->rowCount() == 12, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(page->figure(QStringLiteral("consumption"))
                                 .contains(QRegularExpression(QStringLiteral("\\d[.,]\\d\\d"))),
                             10000);
    page->monthBox()->setCurrentIndex(2);
    QTRY_VERIFY_WITH_TIMEOUT(page->figure(QStringLiteral("due"))
                                 .contains(QRegularExpression(QStringLiteral("\\d[.,]\\d\\d"))),
                             10000);
    // The partner's own coupons: the usable ones first, shown with their status label.
    page->tabs()->setCurrentIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(page->coupons()->rowCount() > 0, 10000);
    for (int r = 0; r < page->coupons()->rowCount(); ++r)
        QCOMPARE(page->coupons()->record(r).value(QLatin1String("status")).toInt(), 2);
    QCOMPARE(page->coupons()->data(page->coupons()->index(0, 2)).toString(),
             StatusLabels::couponStatus(2));
    QVERIFY2(errors().isEmpty(), qPrintable(errors()));
}

QTEST_MAIN(TestIntlSite)
#include "tst_intlsite.moc"
