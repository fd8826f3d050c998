// The real main window and Customers page, offscreen, against the in-process sandbox over HTTP:
// masked by default, the header's eye button, copy while masked, search and filters on raw values.
#include "bss/bssjob.h"
#include "bss/operations.h"
#include "bss/responsecache.h"
#include "core/settingskeys.h"
#include "core/translator.h"
#include "dialogs/auditlogdialog.h"
#include "dialogs/batchtransferdialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/orderdetailsdialog.h"
#include "dialogs/transferdialog.h"
#include "dialogs/unbinddialog.h"
#include "mainwindow.h"
#include "models/auditlogmodel.h"
#include "models/batchrunner.h"
#include "models/customerfilterproxy.h"
#include "models/customermodel.h"
#include "models/recordtablemodel.h"
#include "ops/customerdetail.h"
#include "ops/customerstore.h"
#include "ops/session.h"
#include "pages/customerdetailpane.h"
#include "pages/customerspage.h"
#include "pages/pricingpage.h"
#include "sandboxfixture.h"
#include "sandboxstarter.h"
#include "widgets/amountfield.h"
#include "widgets/batchresultpanel.h"
#include "widgets/datatableview.h"
#include "widgets/maskedheaderview.h"
#include "widgets/previewtable.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class TestCustomersPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void loadsEveryCustomerMasked();
    void eyeButtonTogglesOneColumn();
    void copyKeepsMasking();
    void searchUsesRawValues();
    void associationFilter();
    void allocateWithInvalidThenValidInput();
    void reclaimIsCappedAtTheBalance();
    void lostAnswerIsSettledFromRecords();
    void batchAllocationWithOneFailingItem();
    void unbindNeedsTheCheckboxAndAReason();
    void exportKeepsMaskingUnlessAsked();
    void auditLogRecordsRevealAndMoney();
    void detailPaneShowsTheSelectedCustomer();
    void ordersAndResourcesLeadToDetailsAndRenewal();
    void tagDateAndResellerFilters();
    void revealsEndWithTheSession();
    void languageSwitchesLive();
    void auditLogViewerFilters();

private:
    int selectAgencyCustomer();
    TransferDialog *openDialog(bool allocate);
    bool setFaults(const QString &spec);
    CustomersPage *page() const { return m_window->page<CustomersPage>(); }
    Session *m_session = nullptr;
    MainWindow *m_window = nullptr;
};

void TestCustomersPage::initTestCase()
{
    m_session = new Session;
    m_window = new MainWindow(m_session);
    // The models must stay consistent while rows stream in.
    new QAbstractItemModelTester(page()->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    new QAbstractItemModelTester(page()->proxy(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    QSignalSpy ready(m_session, &Session::ready);
    SandboxStarter::startFor(m_session, {3, 400, false});
    QVERIFY(ready.wait(20000));
    m_window->resize(1200, 700);
    m_window->show();
    QSignalSpy loaded(page(), &CustomersPage::loaded);
    m_window->loadData();
    QVERIFY(loaded.wait(30000));
}

void TestCustomersPage::cleanupTestCase()
{
    delete m_window;
    delete m_session;
}

void TestCustomersPage::loadsEveryCustomerMasked()
{
    CustomerModel *model = page()->model();
    QCOMPARE(model->rowCount(), 360); // 400 seeded, 40 belong to resellers
    int withBalance = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString shown = model->data(model->index(r, CustomerModel::Name)).toString();
        QVERIFY2(shown.contains(u'*'), qPrintable(shown));
        QVERIFY(shown != model->customer(r).customerName);
        withBalance += model->balance(r).isValid();
    }
    QVERIFY(withBalance > 200); // 代售 customers got their balances
    int withCoupons = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        withCoupons +=
            !model->data(model->index(r, CustomerModel::CouponBalance)).toString().isEmpty();
    QVERIFY(withCoupons > 20); // usable coupons summed per customer
}

void TestCustomersPage::eyeButtonTogglesOneColumn()
{
    DataTableView *table = page()->table();
    MaskedHeaderView *header = table->maskedHeader();
    const QRect eye = header->eyeRect(CustomerModel::Name);
    QVERIFY(!eye.isEmpty());
    QVERIFY(header->eyeRect(CustomerModel::CustomerId).isEmpty()); // not sensitive: no eye
    QAbstractItemModel *view = table->model();
    const int sortedBefore = header->sortIndicatorSection();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, eye.center());
    QCOMPARE(header->sortIndicatorSection(), sortedBefore); // the eye does not sort
    const QModelIndex first = view->index(0, CustomerModel::Name);
    const int source = page()->proxy()->mapToSource(first).row();
    QCOMPARE(view->data(first).toString(), page()->model()->customer(source).customerName);
    QVERIFY(view->data(view->index(0, CustomerModel::Phone)).toString().contains(u"****"));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, eye.center());
    QVERIFY(view->data(first).toString().contains(u'*'));
}

void TestCustomersPage::copyKeepsMasking()
{
    DataTableView *table = page()->table();
    table->setFocus();
    table->selectRow(0);
    QApplication::clipboard()->clear();
    QTest::keySequence(table, QKeySequence::Copy);
    const QString copied = QApplication::clipboard()->text();
    const int source = page()->proxy()->mapToSource(table->model()->index(0, 0)).row();
    const Customer &c = page()->model()->customer(source);
    QVERIFY2(copied.contains(c.customerId), qPrintable(copied));
    QVERIFY(!copied.contains(c.customerName));
    QVERIFY(!copied.contains(c.telephone));
    QVERIFY(!copied.contains(c.email));
    QCOMPARE(copied.count(u'\n'), 2); // header line + one row
}

void TestCustomersPage::searchUsesRawValues()
{
    const Customer &target = page()->model()->customer(5);
    auto *search = page()->findChild<QLineEdit *>();
    QVERIFY(search);
    QTest::keyClicks(search, target.accountName);
    QAbstractItemModel *view = page()->table()->model();
    QVERIFY(view->rowCount() >= 1);
    bool found = false;
    for (int r = 0; r < view->rowCount(); ++r) {
        found = found || view->data(view->index(r, CustomerModel::CustomerId)).toString() ==
                             target.customerId;
        QVERIFY(!view->data(view->index(r, CustomerModel::Account))
                     .toString()
                     .contains(target.accountName)); // still masked
    }
    QVERIFY(found);
    search->clear();
    QCOMPARE(view->rowCount(), page()->model()->rowCount());
}

void TestCustomersPage::associationFilter()
{
    auto *type = page()->findChild<QComboBox *>();
    QVERIFY(type);
    type->setCurrentIndex(type->findData(QStringLiteral("1")));
    QAbstractItemModel *view = page()->table()->model();
    QVERIFY(view->rowCount() > 0 && view->rowCount() < page()->model()->rowCount());
    for (int r = 0; r < view->rowCount(); ++r)
        QCOMPARE(view->data(view->index(r, CustomerModel::AssociationType)).toString(),
                 CustomerModel::associationLabel(QStringLiteral("1")));
    type->setCurrentIndex(0);
    QCOMPARE(view->rowCount(), page()->model()->rowCount());
}

int TestCustomersPage::selectAgencyCustomer()
{
    DataTableView *table = page()->table();
    QAbstractItemModel *view = table->model();
    for (int r = 0; r < view->rowCount(); ++r) {
        const int source = page()->proxy()->mapToSource(view->index(r, 0)).row();
        if (page()->model()->customer(source).associationType == u"2" &&
            page()->model()->balance(source).isValid()) {
            table->selectRow(r);
            return source;
        }
    }
    return -1;
}

TransferDialog *TestCustomersPage::openDialog(bool allocate)
{
    TransferDialog *dialog = nullptr;
    auto c = connect(page(), &CustomersPage::transferDialogOpened, this,
                     [&dialog](TransferDialog *d) { dialog = d; });
    if (allocate)
        page()->allocate();
    else
        page()->reclaim();
    disconnect(c);
    return dialog;
}

bool TestCustomersPage::setFaults(const QString &spec)
{
    return SandboxChecks::setFaults(m_session->client(), spec);
}

void TestCustomersPage::allocateWithInvalidThenValidInput()
{
    const int row = selectAgencyCustomer();
    QVERIFY(row >= 0);
    const Decimal before = page()->model()->balance(row);
    int sent = 0;
    auto counter = connect(m_session->client(), &BssClient::inFlightChanged, this,
                           [&sent, last = 0](int n) mutable {
                               sent += n > last;
                               last = n;
                           });
    TransferDialog *dialog = openDialog(true);
    QVERIFY(dialog);
    QTRY_VERIFY(sent >= 1); // the dialog reads the partner's balance
    const int afterOpen = sent;
    QLineEdit *edit = dialog->amountField()->lineEdit();
    for (const char *bad : {"0", "-1", "1.234", "abc", "１２.３４５"}) {
        edit->clear();
        edit->insert(QString::fromUtf8(bad)); // as typed or pasted (QTest types ASCII only)
        QVERIFY2(!dialog->nextButton()->isEnabled(), bad);
        QVERIFY(!dialog->amountField()->problem().isEmpty());
    }
    QCOMPARE(sent, afterOpen); // nothing went out for bad input
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("1,234.50"));
    QVERIFY(dialog->nextButton()->isEnabled());
    QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
    QVERIFY(dialog->confirmButton()->isVisible());
    QSignalSpy finished(dialog, &TransferDialog::transferFinished);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    const auto result = finished.first().first().value<WriteOutcome>();
    QCOMPARE(int(result.kind), int(WriteOutcome::Kind::Done));
    QVERIFY(!result.reference.isEmpty());
    QVERIFY(dialog->resultText().contains(result.reference));
    QTRY_COMPARE(page()->model()->balance(row), before + *Decimal::parse(u"1234.50"));
    disconnect(counter);
    dialog->close();
}

void TestCustomersPage::reclaimIsCappedAtTheBalance()
{
    const int row = selectAgencyCustomer();
    const Decimal balance = page()->model()->balance(row);
    TransferDialog *dialog = openDialog(false);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->amountField()->lineEdit(),
                     (balance + *Decimal::parse(u"0.01")).toString());
    QVERIFY(!dialog->nextButton()->isEnabled());
    dialog->amountField()->lineEdit()->clear();
    QTest::keyClicks(dialog->amountField()->lineEdit(), balance.toString());
    QCOMPARE(dialog->nextButton()->isEnabled(), balance.signum() > 0);
    dialog->close();
}

void TestCustomersPage::lostAnswerIsSettledFromRecords()
{
    const int row = selectAgencyCustomer();
    const Decimal before = page()->model()->balance(row);
    QVERIFY(setFaults(QStringLiteral("lost=1,count=1,on=write")));
    TransferDialog *dialog = openDialog(true);
    QTest::keyClicks(dialog->amountField()->lineEdit(), QStringLiteral("7"));
    QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
    QSignalSpy finished(dialog, &TransferDialog::transferFinished);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    const auto result = finished.first().first().value<WriteOutcome>();
    QCOMPARE(int(result.kind), int(WriteOutcome::Kind::Done));
    QVERIFY(result.fromRecords);
    QTRY_COMPARE(page()->model()->balance(row), before + Decimal::fromInt(7)); // exactly once
    dialog->close();
}

void TestCustomersPage::batchAllocationWithOneFailingItem()
{
    DataTableView *table = page()->table();
    QAbstractItemModel *view = table->model();
    table->clearSelection();
    QList<int> rows; // three 代售 customers with known balances
    for (int r = 0; r < view->rowCount() && rows.size() < 3; ++r) {
        const int source = page()->proxy()->mapToSource(view->index(r, 0)).row();
        if (page()->model()->customer(source).associationType == u"2" &&
            page()->model()->balance(source).isValid()) {
            table->selectionModel()->select(view->index(r, 0), QItemSelectionModel::Select |
                                                                   QItemSelectionModel::Rows);
            rows.append(source);
        }
    }
    QCOMPARE(rows.size(), 3);
    QList<Decimal> before;
    for (int row : rows)
        before.append(page()->model()->balance(row));
    BatchTransferDialog *dialog = nullptr;
    connect(page(), &CustomersPage::batchDialogOpened, this,
            [&dialog](BatchTransferDialog *d) { dialog = d; });
    page()->allocate();
    QVERIFY(dialog);
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QTest::keyClicks(dialog->amountField()->lineEdit(), QStringLiteral("100"));
    QVERIFY(dialog->confirmButton()->isEnabled());
    // The preview shows each balance after, and the total.
    QVERIFY(!dialog->preview()->item(0, 2)->text().isEmpty());
    QVERIFY2(dialog->totalText().contains(u"300.00"), qPrintable(dialog->totalText()));

    // The first write fails with a server error (not applied), the other two go through.
    QVERIFY(setFaults(QStringLiteral("5xx=1,count=1,on=write")));
    QSignalSpy finished(dialog, &BatchTransferDialog::batchFinished);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    BatchRunner *runner = dialog->runner();
    QCOMPARE(runner->count(BatchRunner::State::Done), 2);
    QCOMPARE(runner->count(BatchRunner::State::Failed), 1);
    // Items run concurrently, so whichever write reached the server first got the error.
    for (int i = 0; i < 3; ++i) {
        const bool failed = runner->state(i) == BatchRunner::State::Failed;
        QCOMPARE(runner->data(runner->index(i, BatchRunner::Code)).toString(),
                 failed ? QStringLiteral("CBC.0999") : QString());
        QCOMPARE(runner->data(runner->index(i, BatchRunner::Reference)).toString().isEmpty(),
                 failed);
    }
    QVERIFY(dialog->resultPanel()->retryButton()->isEnabled());

    // Retry the failed one only.
    QTest::mouseClick(dialog->resultPanel()->retryButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(runner->count(BatchRunner::State::Done), 3);
    for (int i = 0; i < 3; ++i)
        QTRY_COMPARE(page()->model()->balance(rows[i]), before[i] + Decimal::fromInt(100));
    dialog->close();
}

void TestCustomersPage::unbindNeedsTheCheckboxAndAReason()
{
    const int row = selectAgencyCustomer();
    QVERIFY(row >= 0);
    UnbindDialog *dialog = nullptr;
    connect(page(), &CustomersPage::unbindDialogOpened, this,
            [&dialog](UnbindDialog *d) { dialog = d; });
    page()->unbind();
    QVERIFY(dialog);
    QVERIFY(!dialog->unbindButton()->isEnabled());
    // The account is checked as the dialog opens, before any consent or reason.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->checkState() != UnbindDialog::Check::Running, 15000);
    if (dialog->checkState() == UnbindDialog::Check::Blocked) {
        QVERIFY(!dialog->agreement()->isEnabled());
        QVERIFY2(dialog->statusText().contains(u"cannot be unbound"),
                 qPrintable(dialog->statusText()));
        dialog->close();
        return;
    }
    QTest::keyClicks(dialog->reason(), QStringLiteral("moving to another partner"));
    QVERIFY(!dialog->unbindButton()->isEnabled()); // the checkbox is still clear
    dialog->agreement()->setChecked(true);
    QVERIFY(dialog->unbindButton()->isEnabled());
    dialog->reason()->clear();
    QVERIFY(!dialog->unbindButton()->isEnabled()); // a reason is required
    QTest::keyClicks(dialog->reason(), QStringLiteral("moving to another partner"));
    QSignalSpy submitted(dialog, &UnbindDialog::submitted);
    QTest::mouseClick(dialog->unbindButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!submitted.isEmpty() ||
                                 dialog->statusText().contains(u"failed", Qt::CaseInsensitive),
                             15000);
    // Either it was submitted, or the sandbox's account check said why not (arrears, frozen).
    QVERIFY2(!submitted.isEmpty() || dialog->statusText().contains(u"check"),
             qPrintable(dialog->statusText()));
    dialog->close();
}

void TestCustomersPage::exportKeepsMaskingUnlessAsked()
{
    QTemporaryDir dir;
    auto exportOnce = [&](const QString &name, bool csv, bool unmaskNames) -> QByteArray {
        ExportDialog *dialog = nullptr;
        auto c = connect(page(), &CustomersPage::exportDialogOpened, this,
                         [&dialog](ExportDialog *d) { dialog = d; });
        page()->exportTable();
        disconnect(c);
        if (!dialog)
            return {};
        for (QRadioButton *b : dialog->findChildren<QRadioButton *>()) {
            if ((b == dialog->xlsxButton()) != csv)
                b->setChecked(true);
        }
        for (QCheckBox *box : dialog->unmaskBoxes())
            box->setChecked(unmaskNames && box->property("column").toInt() == CustomerModel::Name);
        dialog->fileEdit()->setText(dir.filePath(name));
        QSignalSpy done(dialog, &ExportDialog::exported);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        if (!done.wait(20000) || !done.first().first().toBool())
            return {};
        dialog->close();
        QFile f(dir.filePath(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const Customer &c = page()->model()->customer(0);
    const QByteArray maskedBytes = exportOnce(QStringLiteral("masked.csv"), true, false);
    QVERIFY(maskedBytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM
    const QString masked = QString::fromUtf8(maskedBytes);
    QCOMPARE(masked.count(u'\n'), page()->model()->rowCount() + 1);
    QVERIFY(masked.contains(c.customerId));
    QVERIFY(!masked.contains(c.customerName));
    QVERIFY(!masked.contains(c.email));
    const QString full = QString::fromUtf8(exportOnce(QStringLiteral("full.csv"), true, true));
    QVERIFY(full.contains(c.customerName)); // asked for, for this export only
    QVERIFY(!full.contains(c.email));
    QVERIFY(page()
                ->model()
                ->data(page()->model()->index(0, CustomerModel::Name))
                .toString()
                .contains(u'*')); // the table itself stays masked
    const QList<AuditLog::Entry> log =
        m_session->audit()->entries({QStringLiteral("export"), {}, {}, {}, 10});
    QVERIFY(log.size() >= 2);
    QVERIFY(log.first().detail.contains(u"unmasked"));
    QVERIFY(!log.at(1).detail.contains(u"unmasked"));
    const QByteArray xlsx = exportOnce(QStringLiteral("customers.xlsx"), false, false);
    QVERIFY(xlsx.startsWith("PK")); // a zip container

    // Revealed on screen: the dialog ticks that column and names it so; unticked, the file keeps
    // it masked all the same; ticked, the audit entry names it.
    page()->table()->maskedHeader()->toggle(CustomerModel::Name);
    ExportDialog *dialog = nullptr;
    auto opened = connect(page(), &CustomersPage::exportDialogOpened, this,
                          [&dialog](ExportDialog *d) { dialog = d; });
    page()->exportTable();
    disconnect(opened);
    QVERIFY(dialog);
    for (QCheckBox *box : dialog->unmaskBoxes()) {
        const bool name = box->property("column").toInt() == CustomerModel::Name;
        QCOMPARE(box->isChecked(), name);
        const QString title =
            page()->model()->headerData(box->property("column").toInt(), Qt::Horizontal).toString();
        QCOMPARE(box->text() != title, name); // "客户名称（屏幕上已显示）"
    }
    dialog->close();
    const QString shownButUnticked =
        QString::fromUtf8(exportOnce(QStringLiteral("unticked.csv"), true, false));
    QVERIFY(shownButUnticked.contains(c.customerId));
    QVERIFY(!shownButUnticked.contains(c.customerName)); // exactly what was chosen
    QVERIFY(!m_session->audit()
                 ->entries({QStringLiteral("export"), {}, {}, {}, 1})
                 .first()
                 .detail.contains(u"unmasked"));
    page()->table()->maskedHeader()->toggle(CustomerModel::Name);
    // A folder that is not there yet is made.
    const QByteArray nested = exportOnce(QStringLiteral("new/folder/customers.csv"), true, false);
    QVERIFY(!nested.isEmpty());
}

void TestCustomersPage::auditLogRecordsRevealAndMoney()
{
    MaskedHeaderView *header = page()->table()->maskedHeader();
    header->toggle(CustomerModel::Phone);
    header->toggle(CustomerModel::Phone);
    const QList<AuditLog::Entry> reveals =
        m_session->audit()->entries({QStringLiteral("reveal"), {}, {}, {}, 10});
    QVERIFY(!reveals.isEmpty());
    QCOMPARE(reveals.first().target,
             page()->model()->headerData(CustomerModel::Phone, Qt::Horizontal).toString());
    // The allocations made above are in the log with their amounts and results.
    const QList<AuditLog::Entry> money =
        m_session->audit()->entries({QStringLiteral("allocate"), {}, {}, {}, 50});
    QVERIFY(money.size() >= 5);
    bool sawFailure = false;
    for (const AuditLog::Entry &e : money) {
        QVERIFY(e.amount.isValid());
        sawFailure = sawFailure || (e.result == u"not-applied" && e.errorCode == u"CBC.0999");
    }
    QVERIFY(sawFailure); // the batch item that failed
}

void TestCustomersPage::detailPaneShowsTheSelectedCustomer()
{
    // The first customers have seeded coupons and bills.
    DataTableView *table = page()->table();
    table->clearSelection();
    CustomerDetail *detail = page()->detailPane()->detail();
    QSignalSpy spend(detail, &CustomerDetail::spendLoaded);
    QSignalSpy coupons(detail, &CustomerDetail::couponsLoaded);
    table->selectRow(0);
    const int source = page()->proxy()->mapToSource(table->model()->index(0, 0)).row();
    QCOMPARE(detail->customerId(), page()->model()->customer(source).customerId);
    QVERIFY(spend.wait(15000));
    if (coupons.isEmpty())
        QVERIFY(coupons.wait(15000));
    QCOMPARE(page()->detailPane()->couponTable()->rowCount(), int(detail->coupons().size()));
    QCOMPARE(detail->months().size(), 6);
    // 优惠详情: the payment split adds up to this month's spend, to the cent.
    Decimal split = Decimal::fromMantissa(0, 2);
    for (const Decimal &d : detail->paymentSplit())
        split += d;
    QCOMPARE(split, detail->months().last().spend);
    QVERIFY(page()->detailPane()->discountButton()->isEnabled());
    QWidget *dialog = nullptr;
    connect(page()->detailPane(), &CustomerDetailPane::discountDialogOpened, this,
            [&dialog](QWidget *d) { dialog = d; });
    QTest::mouseClick(page()->detailPane()->discountButton(), Qt::LeftButton);
    QVERIFY(dialog);
    dialog->close();
    // Selecting another customer replaces the chart and deletes the one shown before (the view
    // only releases it): a long session of clicking through customers does not pile them up.
    QPointer<QChart> before = page()->detailPane()->chartView()->chart();
    QVERIFY(before);
    table->selectRow(1);
    QVERIFY(page()->detailPane()->chartView()->chart() != before.data());
    QVERIFY(before.isNull());
}

void TestCustomersPage::ordersAndResourcesLeadToDetailsAndRenewal()
{
    // The first of the partner's own customers with yearly/monthly resources.
    CustomerDetailPane *pane = page()->detailPane();
    DataTableView *table = page()->table();
    RecordTableModel *resources = pane->resourceModel();
    bool found = false;
    for (int row = 0; row < 40 && !found; ++row) {
        const int source = page()->proxy()->mapToSource(table->model()->index(row, 0)).row();
        if (!page()->model()->customer(source).indirectPartnerId.isEmpty())
            continue;
        QSignalSpy orders(pane->detail(), &CustomerDetail::ordersLoaded);
        table->clearSelection();
        table->selectRow(row);
        QVERIFY(orders.wait(15000));
        QTRY_VERIFY_WITH_TIMEOUT(!pane->resourceNote()->text().contains(u'…'), 15000);
        found = resources->rowCount() > 0 && pane->orderTable()->rowCount() > 0;
    }
    QVERIFY(found);
    // Expiring soonest first, and said so.
    for (int r = 1; r < resources->rowCount(); ++r)
        QVERIFY(resources->record(r - 1).value(QLatin1String("expire_time")).toString() <=
                resources->record(r).value(QLatin1String("expire_time")).toString());
    QVERIFY(pane->resourceNote()->text().contains(QString::number(resources->rowCount())));
    QVERIFY(pane->renewButton()->isEnabled());

    // An order's details: its line items, in a dialog.
    OrderDetailsDialog *dialog = nullptr;
    connect(pane, &CustomerDetailPane::orderDialogOpened, this,
            [&dialog](QWidget *d) { dialog = qobject_cast<OrderDetailsDialog *>(d); });
    pane->openOrder(0);
    QVERIFY(dialog);
    QSignalSpy detailsLoaded(dialog, &OrderDetailsDialog::loaded);
    QVERIFY(detailsLoaded.wait(15000));
    QCOMPARE(dialog->lines()->rowCount(), 1);
    QVERIFY(dialog->windowTitle().contains(pane->orderTable()->item(0, 0)->text()));
    dialog->close();

    // 续订询价: the resource selected goes to the Pricing page, priced for renewal.
    pane->resourceTable()->selectRow(0);
    const QString id = resources->record(0).value(QLatin1String("resource_id")).toString();
    QSignalSpy open(page(), &Page::openRequested);
    auto *pricing = m_window->page<PricingPage>();
    QVERIFY(pricing);
    QSignalSpy priced(pricing, &PricingPage::priced);
    QTest::mouseClick(pane->renewButton(), Qt::LeftButton);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().at(0).toString(), QStringLiteral("pricing"));
    QCOMPARE(open.first().at(2).toStringList(), QStringList{id});
    QVERIFY(priced.wait(15000));
    QCOMPARE(pricing->modeBox()->currentData().toInt(), 2);
    QCOMPARE(pricing->resourcesEdit()->text(), id);
    QVERIFY(pricing->resultTable()->rowCount() > 0);
    QCOMPARE(m_window->currentPage(), QStringLiteral("pricing"));
    m_window->openPage(QStringLiteral("customers"));
}

void TestCustomersPage::tagDateAndResellerFilters()
{
    QAbstractItemModel *view = page()->table()->model();
    const int all = page()->model()->rowCount();
    auto edits = page()->findChildren<QLineEdit *>();
    QLineEdit *tag = nullptr;
    for (QLineEdit *e : edits) {
        if (e->placeholderText() == CustomersPage::tr("Tag"))
            tag = e;
    }
    QVERIFY(tag);
    QTest::keyClicks(tag, QStringLiteral("KA"));
    QVERIFY(view->rowCount() > 0 && view->rowCount() < all);
    for (int r = 0; r < view->rowCount(); ++r)
        QVERIFY(view->data(view->index(r, CustomerModel::Label)).toString().contains(u"KA"));
    tag->clear();
    auto *dated = page()->findChild<QCheckBox *>();
    const auto dates = page()->findChildren<QDateEdit *>();
    QVERIFY(dated && dates.size() == 2);
    dates[0]->setDate(QDate(2024, 3, 1));
    dates[1]->setDate(QDate(2024, 3, 31));
    dated->setChecked(true);
    QVERIFY(view->rowCount() > 0 && view->rowCount() < all);
    for (int r = 0; r < view->rowCount(); ++r) {
        const int source = page()->proxy()->mapToSource(view->index(r, 0)).row();
        QCOMPARE(page()->model()->customer(source).associatedOn.toLocalTime().date().month(), 3);
    }
    dated->setChecked(false);
    QCOMPARE(view->rowCount(), all);

    // A distributor picks a reseller: that reseller's customers are loaded from the server.
    QComboBox *reseller = page()->findChildren<QComboBox *>().last();
    QTRY_VERIFY(reseller->count() == 4); // "my customers" + three resellers
    QVERIFY(!reseller->itemText(1).contains(u"Technologies") ||
            reseller->itemText(1).contains(u'*'));
    QSignalSpy loaded(page(), &CustomersPage::loaded);
    reseller->setCurrentIndex(1);
    emit reseller->activated(1);
    QVERIFY(loaded.wait(20000));
    const QString id = reseller->itemData(1).toString();
    QVERIFY(page()->model()->rowCount() >= 13 && page()->model()->rowCount() <= 14);
    for (int r = 0; r < page()->model()->rowCount(); ++r)
        QCOMPARE(page()->model()->customer(r).indirectPartnerId, id);
    reseller->setCurrentIndex(0);
    emit reseller->activated(0);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(page()->model()->rowCount(), all);
}

void TestCustomersPage::revealsEndWithTheSession()
{
    // 默认隐藏: a revealed column is masked again when a session starts (a restart, another
    // profile), and nothing about it is written to the settings.
    QSettings().setValue(QStringLiteral("view/sandbox/customers/revealed"),
                         QStringList{QString::number(CustomerModel::Phone)}); // an older version's
    page()->table()->maskedHeader()->toggle(CustomerModel::Email);
    QVERIFY(page()->model()->isRevealed(CustomerModel::Email));
    page()->restoreViewState();
    QVERIFY(!page()->model()->isRevealed(CustomerModel::Email));
    QVERIFY(!page()->model()->isRevealed(CustomerModel::Phone));
    QVERIFY(!QSettings().contains(QStringLiteral("view/sandbox/customers/revealed")));
    page()->table()->maskedHeader()->toggle(CustomerModel::Email);
    QVERIFY(!QSettings().contains(QStringLiteral("view/sandbox/customers/revealed")));
    page()->table()->maskedHeader()->toggle(CustomerModel::Email); // masked again for what follows
}

void TestCustomersPage::languageSwitchesLive()
{
    Translator translator;
    translator.setLanguage(QStringLiteral("en"));
    m_window->setTranslator(&translator);
    const int rows = page()->model()->rowCount();
    m_window->switchLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(page()->model()->headerData(CustomerModel::Name, Qt::Horizontal).toString(),
             QStringLiteral("客户名称"));
    QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("PartnerDesk — 伙伴中心"));
    // The detail pane of the customer shown follows, records kept: its tables' headers too.
    CustomerDetailPane *pane = page()->detailPane();
    QVERIFY(pane->orderTable()->columnCount() > 0);
    QTRY_COMPARE(pane->orderTable()->horizontalHeaderItem(0)->text(), QStringLiteral("订单号"));
    QCOMPARE(pane->resourceModel()->headerData(0, Qt::Horizontal).toString(),
             QStringLiteral("资源名称"));
    // Date fields take the language's format too.
    auto *date = page()->findChild<QDateEdit *>();
    QVERIFY(date);
    QCOMPARE(date->text(),
             QLocale(QStringLiteral("zh_CN")).toString(date->date(), QLocale::ShortFormat));
    m_window->switchLanguage(QStringLiteral("en"));
    QTRY_COMPARE(pane->orderTable()->horizontalHeaderItem(0)->text(), QStringLiteral("Order ID"));
    QCOMPARE(date->text(),
             QLocale(QStringLiteral("en_US")).toString(date->date(), QLocale::ShortFormat));
    QCOMPARE(page()->model()->headerData(CustomerModel::Name, Qt::Horizontal).toString(),
             QStringLiteral("Customer name"));
    QCOMPARE(page()->model()->rowCount(), rows); // no reload, nothing lost
    QCOMPARE(QSettings().value(SettingsKeys::language()).toString(), QStringLiteral("en"));
}

void TestCustomersPage::auditLogViewerFilters()
{
    AuditLogDialog dialog(m_session);
    QVERIFY(dialog.model()->rowCount() > 5);
    auto *action = dialog.findChild<QComboBox *>();
    action->setCurrentIndex(action->findData(QStringLiteral("export")));
    QVERIFY(dialog.model()->rowCount() >= 3);
    for (int r = 0; r < dialog.model()->rowCount(); ++r)
        QCOMPARE(dialog.model()->data(dialog.model()->index(r, AuditLogModel::Action)).toString(),
                 AuditLogModel::actionLabel(QStringLiteral("export")));
}

QTEST_MAIN(TestCustomersPage)
#include "tst_customerspage.moc"
