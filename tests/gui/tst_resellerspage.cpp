// The Resellers page (云经销商) against the in-process sandbox: masked list with balances read
// from the server, search on raw values, batch allocation with a failing item and its retry,
// reclaim held to each reseller's balance, and the low-balance view the overview links to.
#include "bss/bssjob.h"
#include "bss/operations.h"
#include "bss/responses.h"
#include "core/money.h"
#include "dialogs/batchtransferdialog.h"
#include "dialogs/exportdialog.h"
#include "mainwindow.h"
#include "models/batchrunner.h"
#include "models/recordfilterproxy.h"
#include "models/recordtablemodel.h"
#include "ops/session.h"
#include "pages/resellerspage.h"
#include "sandboxfixture.h"
#include "sandboxstarter.h"
#include "widgets/amountfield.h"
#include "widgets/batchresultpanel.h"
#include "widgets/datatableview.h"
#include "widgets/previewtable.h"

#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class TestResellersPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void listIsMaskedWithServerBalances();
    void searchFindsMaskedNames();
    void batchAllocateWithAFailingReseller();
    void reclaimIsHeldToEachBalance();
    void lowBalanceView();
    void exportStaysMasked();

private:
    ResellersPage *page() const { return m_window->page<ResellersPage>(); }
    Decimal serverBalance(const QString &resellerId);
    Decimal shownBalance(int row) const;
    bool setFaults(const QString &spec);
    BatchTransferDialog *openDialog(bool allocate);
    Session *m_session = nullptr;
    MainWindow *m_window = nullptr;
};

void TestResellersPage::initTestCase()
{
    m_session = new Session;
    m_window = new MainWindow(m_session);
    QSignalSpy loaded(page(), &ResellersPage::loaded);
    SandboxStarter::startFor(m_session, {8, 200, false});
    m_window->show();
    m_window->openPage(QStringLiteral("resellers"));
    QVERIFY(loaded.wait(30000));
}

void TestResellersPage::cleanupTestCase()
{
    delete m_window;
    delete m_session;
}

Decimal TestResellersPage::serverBalance(const QString &resellerId)
{
    QString problem;
    BssJob *job = m_session->client()->call(Operations::listPartnerBalances(resellerId, &problem));
    QSignalSpy done(job, &BssJob::finished);
    if (!done.wait(10000) || job->error().isError())
        return Decimal::invalid();
    const auto balances = Responses::partnerBalances(job->json(), &problem);
    for (const PartnerBalance &b : balances.value_or(QList<PartnerBalance>())) {
        if (b.accountType == 1)
            return b.amount;
    }
    return Decimal::invalid();
}

Decimal TestResellersPage::shownBalance(int row) const
{
    return Decimal::fromJson(page()->model()->record(row).value(QLatin1String("balance")))
        .value_or(Decimal::invalid());
}

bool TestResellersPage::setFaults(const QString &spec)
{
    return SandboxChecks::setFaults(m_session->client(), spec);
}

BatchTransferDialog *TestResellersPage::openDialog(bool allocate)
{
    BatchTransferDialog *dialog = nullptr;
    auto c = connect(page(), &ResellersPage::transferDialogOpened, this,
                     [&dialog](BatchTransferDialog *d) { dialog = d; });
    page()->table()->selectAll();
    page()->transfer(allocate);
    disconnect(c);
    return dialog;
}

void TestResellersPage::listIsMaskedWithServerBalances()
{
    RecordTableModel *m = page()->model();
    QCOMPARE(m->rowCount(), 3);
    for (int r = 0; r < m->rowCount(); ++r) {
        const QJsonObject rec = m->record(r);
        const QString name = rec.value(QLatin1String("name")).toString();
        QVERIFY(!name.isEmpty());
        QVERIFY(m->data(m->index(r, 1)).toString().contains(u'*')); // masked by default
        QVERIFY(m->data(m->index(r, 1)).toString() != name);
        QVERIFY(m->data(m->index(r, 4)).toString().contains(u'*')); // phone
        // The balance column is the reseller's cash account as the server reports it.
        const Decimal server =
            serverBalance(rec.value(QLatin1String("indirect_partner_id")).toString());
        QVERIFY(server.isValid());
        QCOMPARE(shownBalance(r), server);
        QCOMPARE(m->data(m->index(r, 3)).toString(),
                 Money(server, QStringLiteral("CNY")).format(page()->locale()));
    }
}

void TestResellersPage::searchFindsMaskedNames()
{
    auto *search = page()->findChild<QLineEdit *>();
    QVERIFY(search);
    const QString name = page()->model()->record(1).value(QLatin1String("name")).toString();
    search->setText(name);
    QCOMPARE(page()->proxy()->rowCount(), 1);
    QVERIFY(page()->proxy()->data(page()->proxy()->index(0, 1)).toString().contains(u'*'));
    search->setText(QStringLiteral("no such reseller"));
    QCOMPARE(page()->proxy()->rowCount(), 0);
    search->clear();
    QCOMPARE(page()->proxy()->rowCount(), 3);
}

void TestResellersPage::batchAllocateWithAFailingReseller()
{
    QList<Decimal> before;
    for (int r = 0; r < 3; ++r)
        before.append(shownBalance(r));
    BatchTransferDialog *dialog = openDialog(true);
    QVERIFY(dialog);
    QCOMPARE(dialog->preview()->rowCount(), 3);
    // More than two decimals: refused with a message, nothing can be sent.
    QTest::keyClicks(dialog->amountField()->lineEdit(), QStringLiteral("1.234"));
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QVERIFY(!dialog->amountField()->problem().isEmpty());
    dialog->amountField()->lineEdit()->clear();
    QTest::keyClicks(dialog->amountField()->lineEdit(), QStringLiteral("250"));
    QVERIFY(dialog->confirmButton()->isEnabled());
    QVERIFY2(dialog->totalText().contains(u"750.00"), qPrintable(dialog->totalText()));

    QVERIFY(setFaults(QStringLiteral("5xx=1,count=1,on=write")));
    QSignalSpy finished(dialog, &BatchTransferDialog::batchFinished);
    QSignalSpy reloaded(page(), &ResellersPage::loaded);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    BatchRunner *runner = dialog->runner();
    QCOMPARE(runner->count(BatchRunner::State::Done), 2);
    QCOMPARE(runner->count(BatchRunner::State::Failed), 1);
    int failedRow = -1;
    for (int i = 0; i < 3; ++i) {
        if (runner->state(i) == BatchRunner::State::Failed) {
            failedRow = i;
            QCOMPARE(runner->data(runner->index(i, BatchRunner::Code)).toString(),
                     QStringLiteral("CBC.0999"));
        }
    }
    QVERIFY(failedRow >= 0);
    QTRY_VERIFY_WITH_TIMEOUT(!reloaded.isEmpty(), 15000); // balances read again after the batch
    for (int r = 0; r < 3; ++r) {
        const QString id =
            page()->model()->record(r).value(QLatin1String("indirect_partner_id")).toString();
        const bool failed = runner->item(failedRow).id == id;
        QTRY_COMPARE_WITH_TIMEOUT(shownBalance(r),
                                  failed ? before[r] : before[r] + Decimal::fromInt(250), 15000);
    }
    // Retry the failed one only: every reseller got 250 once.
    QVERIFY(dialog->resultPanel()->retryButton()->isEnabled());
    reloaded.clear();
    QTest::mouseClick(dialog->resultPanel()->retryButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(runner->count(BatchRunner::State::Done), 3);
    QTRY_VERIFY_WITH_TIMEOUT(!reloaded.isEmpty(), 15000);
    for (int r = 0; r < 3; ++r) // the balances reload by themselves after the writes
        QTRY_COMPARE_WITH_TIMEOUT(shownBalance(r), before[r] + Decimal::fromInt(250), 15000);
    QVERIFY(
        m_session->audit()->entries({QStringLiteral("allocate-reseller"), {}, {}, {}, 10}).size() >=
        4); // three done, one failed
    dialog->close();
}

void TestResellersPage::reclaimIsHeldToEachBalance()
{
    Decimal lowest = shownBalance(0);
    QList<Decimal> before;
    for (int r = 0; r < 3; ++r) {
        before.append(shownBalance(r));
        if (shownBalance(r) < lowest)
            lowest = shownBalance(r);
    }
    BatchTransferDialog *dialog = openDialog(false);
    QVERIFY(dialog);
    // One cent more than the smallest balance: refused before anything is sent.
    QTest::keyClicks(dialog->amountField()->lineEdit(),
                     (lowest + Decimal::fromMantissa(1, 2)).toString());
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QVERIFY2(dialog->totalText().contains(u"less than that"), qPrintable(dialog->totalText()));
    dialog->amountField()->lineEdit()->clear();
    QTest::keyClicks(dialog->amountField()->lineEdit(), QStringLiteral("100.50"));
    QVERIFY(dialog->confirmButton()->isEnabled());
    QSignalSpy finished(dialog, &BatchTransferDialog::batchFinished);
    QSignalSpy reloaded(page(), &ResellersPage::loaded);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(dialog->runner()->count(BatchRunner::State::Done), 3);
    QTRY_VERIFY_WITH_TIMEOUT(!reloaded.isEmpty(), 15000);
    for (int r = 0; r < 3; ++r) {
        QTRY_COMPARE_WITH_TIMEOUT(shownBalance(r), before[r] - *Decimal::parse(u"100.50"), 15000);
        QCOMPARE(
            shownBalance(r),
            serverBalance(
                page()->model()->record(r).value(QLatin1String("indirect_partner_id")).toString()));
    }
    dialog->close();
}

void TestResellersPage::lowBalanceView()
{
    Decimal highest = shownBalance(0);
    for (int r = 1; r < 3; ++r)
        highest = std::max(highest, shownBalance(r));
    page()->showLowBalance(highest); // strictly below: the richest one is left out
    int expected = 0;
    for (int r = 0; r < 3; ++r)
        expected += shownBalance(r) < highest;
    QCOMPARE(page()->proxy()->rowCount(), expected);
    page()->showLowBalance(highest + Decimal::fromInt(1));
    QCOMPARE(page()->proxy()->rowCount(), 3);
    page()->showLowBalance(Decimal::fromInt(1));
    QCOMPARE(page()->proxy()->rowCount(), 0);
}

void TestResellersPage::exportStaysMasked()
{
    page()->showLowBalance(Decimal::fromInt(100000000)); // every reseller
    QTemporaryDir dir;
    ExportDialog *dialog = page()->exportTable();
    QVERIFY(dialog);
    for (QRadioButton *b : dialog->findChildren<QRadioButton *>())
        b->setChecked(b != dialog->xlsxButton()); // CSV, whatever was chosen last time
    dialog->fileEdit()->setText(dir.filePath(QStringLiteral("resellers.csv")));
    QSignalSpy done(dialog, &ExportDialog::exported);
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    QVERIFY(done.wait(20000));
    QVERIFY(done.first().first().toBool());
    QFile f(dir.filePath(QStringLiteral("resellers.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(f.readAll());
    QCOMPARE(csv.count(u'\n'), 4); // header + three resellers
    for (int r = 0; r < 3; ++r) {
        const QJsonObject rec = page()->model()->record(r);
        QVERIFY(csv.contains(rec.value(QLatin1String("indirect_partner_id")).toString()));
        QVERIFY(!csv.contains(rec.value(QLatin1String("name")).toString()));
        QVERIFY(!csv.contains(rec.value(QLatin1String("email")).toString()));
    }
    dialog->close();
}

QTEST_MAIN(TestResellersPage)
#include "tst_resellerspage.moc"
