// The marketplace billing page (云商店商品分账) against the in-process sandbox: both product tabs,
// the status / period / "waiting for my action" filters and the customer search, the details
// dialog (items add up to the bill, the full history), the period diff (its totals equal the
// server's bills of both periods), a statement import with bad rows, and the labels switching
// language live. Every model goes through QAbstractItemModelTester.
#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "core/billperiod.h"
#include "core/settlementflow.h"
#include "core/statuslabels.h"
#include "core/translator.h"
#include "dialogs/exportdialog.h"
#include "dialogs/settlementdetailsdialog.h"
#include "mainwindow.h"
#include "models/recordfilterproxy.h"
#include "models/recordtablemodel.h"
#include "ops/session.h"
#include "ops/settlementloader.h"
#include "pages/marketplacepage.h"
#include "pages/perioddiffpanel.h"
#include "pages/statementpanel.h"
#include "sandboxstarter.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

class TestMarketplacePage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void tabsAndFilters();
    void customerSearch();
    void details();
    void periodDiffAgainstTheServer();
    void diffExportsAsShown();
    void alertOpensTheWaitingBills();
    void importedStatement();
    void labelsFollowTheLanguage();

private:
    MarketplacePage *page() const { return m_window->page<MarketplacePage>(); }
    bool reloadWith(std::function<void()> change);
    QJsonArray serverBills(const QString &period);
    QStringList column(const char *field) const;

    Session *m_session = nullptr;
    MainWindow *m_window = nullptr;
    Translator m_translator;
};

void TestMarketplacePage::initTestCase()
{
    m_translator.setLanguage(QStringLiteral("en"));
    m_session = new Session;
    m_window = new MainWindow(m_session);
    m_window->setTranslator(&m_translator);
    QSignalSpy loaded(page(), &MarketplacePage::loaded);
    SandboxStarter::startFor(m_session, {3, 60, false});
    m_window->show();
    QVERIFY(loaded.wait(60000));
    QVERIFY(m_window->openPage(QStringLiteral("marketplace")));
    new QAbstractItemModelTester(page()->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    new QAbstractItemModelTester(page()->proxy(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    new QAbstractItemModelTester(page()->diffPanel()->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    new QAbstractItemModelTester(page()->statementPanel()->lines(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestMarketplacePage::cleanupTestCase()
{
    delete m_window;
    delete m_session;
}

bool TestMarketplacePage::reloadWith(std::function<void()> change)
{
    QSignalSpy loaded(page(), &MarketplacePage::loaded);
    change();
    return loaded.wait(20000);
}

QJsonArray TestMarketplacePage::serverBills(const QString &period)
{
    BssJob *job = m_session->client()->call(
        SettlementLoader::listRequest(QString(), QString(), period, 0, 100));
    QSignalSpy done(job, &BssJob::finished);
    if (!done.wait(10000) || job->error().isError())
        return {};
    return job->json().value(QLatin1String("settlements")).toArray();
}

QStringList TestMarketplacePage::column(const char *field) const
{
    QStringList out;
    for (int r = 0; r < page()->proxy()->rowCount(); ++r)
        out << page()
                   ->model()
                   ->record(page()->proxy()->mapToSource(page()->proxy()->index(r, 0)).row())
                   .value(QLatin1String(field))
                   .toString();
    return out;
}

void TestMarketplacePage::tabsAndFilters()
{
    // The seed: three bills a month for twelve months, the second of each month general.
    QVERIFY(reloadWith([this] {
        page()->setKind(QStringLiteral("non_general"));
        page()->reload();
    }));
    QCOMPARE(page()->model()->rowCount(), 24);
    for (const QString &kind : column("product_kind"))
        QCOMPARE(kind, QStringLiteral("non_general"));
    QVERIFY(reloadWith([this] { page()->setKind(QStringLiteral("general")); }));
    QCOMPARE(page()->model()->rowCount(), 12);
    QVERIFY(reloadWith([this] { page()->setStatusFilter(QStringLiteral("PAID")); }));
    QVERIFY(page()->model()->rowCount() > 0);
    for (const QString &s : column("status"))
        QCOMPARE(s, QStringLiteral("PAID"));
    const QString lastMonth = BillPeriod::recent(13).at(1);
    QVERIFY(reloadWith([this, lastMonth] {
        page()->setStatusFilter(QString());
        page()->setPeriodFilter(lastMonth);
    }));
    QCOMPARE(column("bill_cycle"), QStringList{lastMonth});
    // Waiting for my action: every bill in a partner-action status, from both periods' list.
    QVERIFY(reloadWith([this] {
        page()->setKind(QStringLiteral("non_general"));
        page()->setPeriodFilter(QString());
        page()->showAwaitingAction();
    }));
    QVERIFY(page()->proxy()->rowCount() > 0);
    QVERIFY(page()->proxy()->rowCount() < page()->model()->rowCount());
    for (const QString &s : column("status"))
        QVERIFY2(s == u"AWAITING_INVOICE" || s == u"PAY_REQUEST_REJECTED", qPrintable(s));
    // The next-action column says what to do for them (the seed's hint table).
    const QModelIndex action = page()->proxy()->index(0, 9);
    QVERIFY(!action.data().toString().isEmpty());
    QVERIFY(reloadWith([this] { page()->setStatusFilter(QString()); }));
}

void TestMarketplacePage::customerSearch()
{
    // A customer of the first bill, found through the bills' items (a hidden search field):
    // exactly the bills whose items name that customer.
    QVERIFY(page()->model()->rowCount() > 0);
    const QString first =
        page()->model()->record(0).value(QLatin1String("settlement_id")).toString();
    BssJob *job = m_session->client()->call(SettlementLoader::detailRequest(first));
    QSignalSpy done(job, &BssJob::finished);
    QVERIFY(done.wait(10000));
    const QString customer = job->json()[u"items"][0][u"customer_id"].toString();
    QVERIFY(!customer.isEmpty());
    int expected = 0;
    for (int r = 0; r < page()->model()->rowCount(); ++r) {
        if (page()
                ->model()
                ->record(r)
                .value(QLatin1String("customers"))
                .toString()
                .contains(customer))
            ++expected;
    }
    page()->setSearch(customer);
    QCOMPARE(page()->proxy()->rowCount(), expected);
    QVERIFY(column("settlement_id").contains(first));
    page()->setSearch(QStringLiteral("no such product or customer"));
    QCOMPARE(page()->proxy()->rowCount(), 0);
    page()->setSearch(QString());
}

void TestMarketplacePage::details()
{
    SettlementDetailsDialog *dialog = nullptr;
    auto c = connect(page(), &MarketplacePage::detailsOpened, this,
                     [&dialog](SettlementDetailsDialog *d) { dialog = d; });
    page()->openDetails(0);
    disconnect(c);
    QVERIFY(dialog);
    new QAbstractItemModelTester(dialog->items(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, dialog);
    QSignalSpy loaded(dialog, &SettlementDetailsDialog::loaded);
    QVERIFY(loaded.wait(10000));
    const QJsonObject bill = page()->model()->record(0);
    Decimal sum = Decimal::fromInt(0), settle = Decimal::fromInt(0);
    for (int r = 0; r < dialog->items()->rowCount(); ++r) {
        sum = sum + *Decimal::fromJson(dialog->items()->record(r).value(QLatin1String("amount")));
        settle = settle + *Decimal::fromJson(
                              dialog->items()->record(r).value(QLatin1String("settle_amount")));
        // Customer names stay masked in the dialog too.
        QVERIFY(dialog->items()->index(r, 2).data().toString().contains(u'*'));
    }
    QCOMPARE(sum, *Decimal::fromJson(bill.value(QLatin1String("amount"))));
    QCOMPARE(settle, *Decimal::fromJson(bill.value(QLatin1String("settle_amount"))));
    const QString status = bill.value(QLatin1String("status")).toString();
    QCOMPARE(dialog->history()->rowCount(), int(SettlementFlow::pathTo(status).size()));
    QCOMPARE(dialog->history()
                 ->record(dialog->history()->rowCount() - 1)
                 .value(QLatin1String("status"))
                 .toString(),
             status);
    QVERIFY2(dialog->summaryText().contains(StatusLabels::settlementStatus(status)),
             qPrintable(dialog->summaryText()));
    dialog->close();
}

void TestMarketplacePage::periodDiffAgainstTheServer()
{
    const QStringList months = BillPeriod::recent(13);
    PeriodDiffPanel *diff = page()->diffPanel();
    diff->setUseImported(false);
    diff->setPeriods(months.at(2), months.at(1));
    QSignalSpy compared(diff, &PeriodDiffPanel::compared);
    diff->compare();
    QVERIFY(compared.wait(20000));
    // The diff's totals are the two periods' bills as the server lists them.
    Decimal from = Decimal::fromInt(0), to = Decimal::fromInt(0);
    for (const QJsonValue &b : serverBills(months.at(2)))
        from = from + *Decimal::fromJson(b[u"amount"]);
    for (const QJsonValue &b : serverBills(months.at(1)))
        to = to + *Decimal::fromJson(b[u"amount"]);
    const SettlementDiff::Totals t = SettlementDiff::totals(diff->rows());
    QVERIFY(from.signum() > 0);
    QCOMPARE(t.fromAmount, from);
    QCOMPARE(t.toAmount, to);
    QCOMPARE(diff->model()->rowCount(), int(diff->rows().size()));
    QVERIFY(diff->summaryText().contains(QStringLiteral("%1 new").arg(t.added)));
    // Changes only hides the unchanged pairs.
    diff->changesOnly()->setChecked(true);
    QCOMPARE(diff->proxy()->rowCount(), int(diff->rows().size()) - t.unchanged);
    diff->changesOnly()->setChecked(false);
}

void TestMarketplacePage::diffExportsAsShown()
{
    // The diff of the previous test, exported to CSV: one line per pair, names masked.
    PeriodDiffPanel *diff = page()->diffPanel();
    QVERIFY(!diff->rows().isEmpty());
    QTemporaryDir dir;
    ExportDialog *dialog = diff->exportDiff();
    QVERIFY(dialog);
    for (QRadioButton *b : dialog->findChildren<QRadioButton *>())
        b->setChecked(b != dialog->xlsxButton());
    dialog->fileEdit()->setText(dir.filePath(QStringLiteral("diff.csv")));
    QSignalSpy done(dialog, &ExportDialog::exported);
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    QVERIFY(done.wait(20000));
    QVERIFY(done.first().first().toBool());
    QFile f(dir.filePath(QStringLiteral("diff.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(f.readAll());
    QCOMPARE(csv.count(u'\n'), int(diff->rows().size()) + 1);
    QVERIFY(csv.contains(QLatin1String("Amount change")));
    for (const SettlementDiff::Row &r : diff->rows()) {
        QVERIFY(csv.contains(r.customerId));
        QVERIFY2(!csv.contains(r.customerName), qPrintable(r.customerName));
    }
    dialog->close();
}

void TestMarketplacePage::alertOpensTheWaitingBills()
{
    m_window->openPage(QStringLiteral("overview"));
    QSignalSpy loaded(page(), &MarketplacePage::loaded);
    m_window->openAlert(Overview::AlertKind::WaitingSettlements);
    QCOMPARE(m_window->currentPage(), QStringLiteral("marketplace"));
    QVERIFY(loaded.wait(20000));
    QVERIFY(page()->proxy()->rowCount() > 0);
    for (const QString &s : column("status"))
        QVERIFY(s == u"AWAITING_INVOICE" || s == u"PAY_REQUEST_REJECTED");
}

void TestMarketplacePage::importedStatement()
{
    StatementPanel *panel = page()->statementPanel();
    QSignalSpy imported(panel, &StatementPanel::imported);
    panel->importFile(QStringLiteral(PC_TEST_DATA "/statement_sample.csv"));
    QVERIFY(imported.wait(10000));
    QCOMPARE(panel->lines()->rowCount(), 5);
    QCOMPARE(panel->problems()->rowCount(), 6); // each bad row, with its line
    QCOMPARE(panel->problems()->record(0).value(QLatin1String("line")).toString(),
             QStringLiteral("5"));
    QVERIFY2(
        panel->summaryText().contains(QLatin1String("11 rows read, 5 imported, 6 with problems")),
        qPrintable(panel->summaryText()));
    // The diff now works on the statement: its two periods, newest as "to".
    PeriodDiffPanel *diff = page()->diffPanel();
    QSignalSpy compared(diff, &PeriodDiffPanel::compared);
    diff->compare();
    QVERIFY(!compared.isEmpty() || compared.wait(5000));
    QVERIFY2(
        diff->summaryText().contains(QStringLiteral("2026-09 → 2026-10: 1 new, 2 gone, 1 changed")),
        qPrintable(diff->summaryText()));
    const SettlementDiff::Totals t = SettlementDiff::totals(diff->rows());
    QCOMPARE(t.toAmount, *Decimal::parse(QStringLiteral("1750.50")));
}

void TestMarketplacePage::labelsFollowTheLanguage()
{
    QVERIFY(page()->model()->rowCount() > 0);
    const QString status = page()->model()->record(0).value(QLatin1String("status")).toString();
    QVERIFY(m_translator.setLanguage(QStringLiteral("zh_CN")));
    QCOMPARE(page()->model()->headerData(4, Qt::Horizontal).toString(), QStringLiteral("状态"));
    QCOMPARE(page()->model()->index(0, 4).data().toString(),
             StatusLabels::settlementStatus(status));
    QTRY_COMPARE(page()->tabs()->tabText(1), QStringLiteral("账期对比"));
    QVERIFY(m_translator.setLanguage(QStringLiteral("en")));
    QCOMPARE(page()->model()->headerData(4, Qt::Horizontal).toString(), QStringLiteral("Status"));
    QTRY_COMPARE(page()->tabs()->tabText(1), QStringLiteral("Period diff"));
}

QTEST_MAIN(TestMarketplacePage)
#include "tst_marketplacepage.moc"
