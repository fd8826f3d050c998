// The Funds page against the in-process sandbox: the overview figures equal the sums of what the
// server holds, the ledger and adjust records load with their filters, and payment agreements
// are added and voided (with the audit log).
#include "bss/bssjob.h"
#include "bss/operations.h"
#include "bss/responses.h"
#include "core/money.h"
#include "mainwindow.h"
#include "models/customerfilterproxy.h"
#include "models/customermodel.h"
#include "models/recordtablemodel.h"
#include "ops/fundswrites.h"
#include "ops/session.h"
#include "ops/verifiedwrite.h"
#include "pages/customerdetailpane.h"
#include "pages/customerspage.h"
#include "pages/fundspage.h"
#include "sandboxstarter.h"
#include "widgets/datatableview.h"
#include "widgets/resellerscopebox.h"

#include <QJsonArray>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

class TestFundsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void overviewMatchesTheServer();
    void ledgerReconciles();
    void agreementsAddAndVoid();
    void aResellersAccount();
    void aWriteRefreshesWithoutF5();

private:
    FundsPage *page() const { return m_window->page<FundsPage>(); }
    Session *m_session = nullptr;
    MainWindow *m_window = nullptr;
};

void TestFundsPage::initTestCase()
{
    m_session = new Session;
    m_window = new MainWindow(m_session);
    QSignalSpy loaded(page(), &FundsPage::loaded);
    QSignalSpy changes(page(), &FundsPage::changesLoaded);
    SandboxStarter::startFor(m_session, {6, 300, false});
    m_window->show();
    QVERIFY(loaded.wait(30000));
    if (changes.isEmpty())
        QVERIFY(changes.wait(30000));
}

void TestFundsPage::cleanupTestCase()
{
    delete m_window;
    delete m_session;
}

void TestFundsPage::overviewMatchesTheServer()
{
    // The newest ledger record's balance is the account's cash, and the overview shows it.
    const QJsonObject newest = page()->changes()->record(0);
    const Decimal cash = *Decimal::fromJson(newest.value(QLatin1String("balance_after_change")));
    const QString shown = Money(cash, QStringLiteral("CNY")).format(page()->locale());
    QTRY_VERIFY2(page()->overviewText().contains(shown), qPrintable(page()->overviewText()));
    QTRY_VERIFY(!page()->overviewText().contains(u"…")); // every figure arrives
}

void TestFundsPage::ledgerReconciles()
{
    RecordTableModel *m = page()->changes();
    QVERIFY(m->rowCount() > 3);
    for (int r = 0; r + 1 < m->rowCount(); ++r) { // newest first
        const QJsonObject now = m->record(r), before = m->record(r + 1);
        const Decimal after = *Decimal::fromJson(now.value(QLatin1String("balance_after_change")));
        const Decimal prev =
            *Decimal::fromJson(before.value(QLatin1String("balance_after_change")));
        const Decimal change = *Decimal::fromJson(now.value(QLatin1String("change_amount")));
        QCOMPARE(after, now.value(QLatin1String("type")).toString() == u"1" ? prev + change
                                                                            : prev - change);
    }
    if (page()->adjustRecords()->rowCount() == 0)
        QVERIFY(QSignalSpy(page(), &FundsPage::adjustRecordsLoaded).wait(15000));
    QVERIFY(page()->adjustRecords()->rowCount() > 0);
    // The account name column is masked.
    for (int r = 0; r < m->rowCount(); ++r) {
        const QString name = m->data(m->index(r, 6)).toString();
        QVERIFY(name.isEmpty() || name.contains(u'*'));
    }
}

void TestFundsPage::agreementsAddAndVoid()
{
    QTRY_VERIFY(page()->agreements()->rowCount() == 3);
    // The audit log lives in the app data dir: count what this test adds.
    const auto voids = [this] {
        int done = 0;
        for (const AuditLog::Entry &e :
             m_session->audit()->entries({QStringLiteral("agency-void"), {}, {}, {}, 1000}))
            done += e.result == u"done";
        return done;
    };
    const auto voidsBefore = voids();
    QSignalSpy changed(page(), &FundsPage::agreementsChanged);
    page()->addAgreement(QString(), QStringLiteral("ENTERPRISE")); // refused, nothing sent
    QVERIFY(!changed.wait(500));
    page()->addAgreement(QStringLiteral("广州云图数智科技有限公司"), QStringLiteral("ENTERPRISE"));
    QVERIFY(changed.wait(10000));
    QTRY_COMPARE(page()->agreements()->rowCount(), 4);
    const QString id =
        page()->agreements()->record(0).value(QLatin1String("agreement_id")).toString();
    page()->voidAgreement(id);
    QVERIFY(changed.wait(10000));
    QTRY_COMPARE(page()->agreements()->record(0).value(QLatin1String("status")).toString(),
                 QStringLiteral("VOIDED"));
    QCOMPARE(voids() - voidsBefore, 1);
    // A voided agreement cannot be voided again: the button follows the selected row's state.
    auto *proxy = page()->agreementTable()->model();
    for (int r = 0; r < proxy->rowCount(); ++r) {
        page()->agreementTable()->selectRow(r);
        const QString status = page()
                                   ->agreements()
                                   ->record(qobject_cast<QSortFilterProxyModel *>(proxy)
                                                ->mapToSource(proxy->index(r, 0))
                                                .row())
                                   .value(QLatin1String("status"))
                                   .toString();
        QCOMPARE(page()->voidButton()->isEnabled(), status == u"EFFECTIVE");
    }
}

void TestFundsPage::aResellersAccount()
{
    auto *scope = page()->findChild<ResellerScopeBox *>();
    QVERIFY(scope);
    QTRY_COMPARE(scope->count(), 4); // our own account + three resellers
    const QString reseller = scope->itemData(3).toString();
    QString problem;
    BssJob *job = m_session->client()->call(Operations::listPartnerBalances(reseller, &problem));
    QVERIFY(QSignalSpy(job, &BssJob::finished).wait(10000));
    const auto balances = Responses::partnerBalances(job->json(), &problem);
    QVERIFY(balances && !balances->isEmpty());
    Decimal cash = Decimal::invalid();
    for (const PartnerBalance &b : *balances)
        cash = b.accountType == 1 ? b.amount : cash;
    const QString shown = Money(cash, QStringLiteral("CNY")).format(page()->locale());
    QSignalSpy changes(page(), &FundsPage::changesLoaded);
    page()->setResellerScope(reseller);
    QTRY_VERIFY2(page()->overviewText().contains(shown), qPrintable(page()->overviewText()));
    QTRY_VERIFY_WITH_TIMEOUT(!changes.isEmpty(), 10000); // the reseller's ledger was read
    page()->setResellerScope(QString());
    QTRY_VERIFY(!page()->overviewText().contains(shown));
}

// A write made anywhere (here: the engine with the session's writer, as every dialog and batch
// does) reloads the Funds figures and ledger and the customer detail pane by themselves.
void TestFundsPage::aWriteRefreshesWithoutF5()
{
    CustomersPage *customers = m_window->page<CustomersPage>();
    CustomerModel *model = customers->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 30000);
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        const Customer c = model->customer(r);
        if (c.associationType == u"2" && c.indirectPartnerId.isEmpty() &&
            model->balance(r).isValid())
            row = r;
    }
    QVERIFY(row >= 0);
    const Customer c = model->customer(row);
    m_window->openPage(QStringLiteral("customers"));
    const QModelIndex shown = customers->proxy()->mapFromSource(model->index(row, 0));
    QVERIFY(shown.isValid());
    customers->table()->selectionModel()->select(shown, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
    QTRY_VERIFY(customers->detailPane()->figuresText().contains(
        Money(model->balance(row), QStringLiteral("CNY")).format(customers->locale())));
    const Decimal before = model->balance(row);
    const Decimal amount = *Decimal::parse(u"3.21");
    const QString ledgerTop =
        page()->changes()->record(0).value(QLatin1String("trade_id")).toString();

    QSignalSpy changes(page(), &FundsPage::changesLoaded);
    auto *write = new VerifiedWrite(
        m_session->writer(),
        FundsWrites::customer(FundsWrites::Kind::Allocate, c.customerId, amount, QString()), this);
    QSignalSpy finished(write, &VerifiedWrite::finished);
    write->start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().value<WriteOutcome>().kind, WriteOutcome::Kind::Done);
    write->deleteLater();

    QVERIFY(changes.wait(15000)); // no F5: the ledger reloaded by itself
    QVERIFY(page()->changes()->record(0).value(QLatin1String("trade_id")).toString() != ledgerTop);
    const Decimal cash = *Decimal::fromJson(
        page()->changes()->record(0).value(QLatin1String("balance_after_change")));
    QTRY_VERIFY2(page()->overviewText().contains(
                     Money(cash, QStringLiteral("CNY")).format(page()->locale())),
                 qPrintable(page()->overviewText()));
    const int at = model->rowOf(c.customerId);
    QTRY_COMPARE_WITH_TIMEOUT(model->balance(at), before + amount, 15000);
    QTRY_VERIFY(customers->detailPane()->figuresText().contains(
        Money(before + amount, QStringLiteral("CNY")).format(customers->locale())));
}

QTEST_MAIN(TestFundsPage)
#include "tst_fundspage.moc"
