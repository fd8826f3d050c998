// The Coupons page with the real widgets against the in-process sandbox: the issued list
// (masked customer column, status filter), and batch reclaim from a mixed selection — preview
// with the skipped ones and the exact total, run, per-item results, the table updated, every
// item in the audit log.
#include "bss/bssjob.h"
#include "bss/operations.h"
#include "core/statuslabels.h"
#include "dialogs/batchreclaimdialog.h"
#include "dialogs/issuecouponsdialog.h"
#include "dialogs/resellerquotadialog.h"
#include "mainwindow.h"
#include "models/batchrunner.h"
#include "models/couponfilterproxy.h"
#include "models/couponmodel.h"
#include "models/couponrecordmodel.h"
#include "models/customermodel.h"
#include "models/quotamodel.h"
#include "ops/session.h"
#include "pages/couponspage.h"
#include "pages/customerspage.h"
#include "pages/quotaspage.h"
#include "sandboxfixture.h"
#include "sandboxstarter.h"
#include "widgets/amountfield.h"
#include "widgets/batchresultpanel.h"
#include "widgets/datatableview.h"
#include "widgets/previewtable.h"
#include "widgets/resellerscopebox.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

class TestCouponsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void listedAndMasked();
    void statusFilter();
    void batchReclaimFromAMixedSelection();
    void escapeCancelsARunningBatch();
    void issueFromAQuota();
    void resellerQuotasIssueAndReclaim();
    void aResellersCoupons();

private:
    CouponsPage *page() const { return m_window->page<CouponsPage>(); }
    // Reclaim… on the current selection; the dialog it opens (nullptr if none).
    BatchReclaimDialog *openReclaimDialog();
    Session *m_session = nullptr;
    MainWindow *m_window = nullptr;
};

BatchReclaimDialog *TestCouponsPage::openReclaimDialog()
{
    BatchReclaimDialog *dialog = nullptr;
    const QMetaObject::Connection opened =
        connect(page(), &CouponsPage::reclaimDialogOpened, this,
                [&dialog](BatchReclaimDialog *d) { dialog = d; });
    page()->reclaimSelected();
    disconnect(opened); // `dialog` is a local: later calls must not write to it
    return dialog;
}

void TestCouponsPage::initTestCase()
{
    m_session = new Session;
    m_window = new MainWindow(m_session);
    new QAbstractItemModelTester(page()->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    QSignalSpy customers(m_window->page<CustomersPage>(), &CustomersPage::loaded);
    QSignalSpy coupons(page(), &CouponsPage::loaded);
    SandboxStarter::startFor(m_session, {5, 300, false});
    m_window->show();
    m_window->openPage(QStringLiteral("coupons"));
    QVERIFY(coupons.wait(30000));
    if (customers.isEmpty())
        QVERIFY(customers.wait(30000));
    if (m_window->page<QuotasPage>()->model()->rowCount() == 0)
        QVERIFY(QSignalSpy(m_window->page<QuotasPage>(), &QuotasPage::loaded).wait(30000));
}

void TestCouponsPage::cleanupTestCase()
{
    delete m_window;
    delete m_session;
}

void TestCouponsPage::listedAndMasked()
{
    CouponModel *model = page()->model();
    QVERIFY(model->rowCount() > 100);
    int named = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString shown = model->data(model->index(r, CouponModel::CustomerName)).toString();
        if (shown.isEmpty())
            continue; // a reseller's customer: not in the partner's own list
        ++named;
        QVERIFY2(shown.contains(u'*'), qPrintable(shown));
    }
    QVERIFY(named > 100);
}

void TestCouponsPage::statusFilter()
{
    QComboBox *status = page()->statusBox();
    status->setCurrentIndex(status->findData(2));
    QAbstractItemModel *view = page()->table()->model();
    QVERIFY(view->rowCount() > 0);
    for (int r = 0; r < view->rowCount(); ++r)
        QCOMPARE(view->data(view->index(r, CouponModel::Status)).toString(),
                 StatusLabels::couponStatus(2));
    status->setCurrentIndex(0);
    QCOMPARE(view->rowCount(), page()->model()->rowCount());
}

void TestCouponsPage::batchReclaimFromAMixedSelection()
{
    DataTableView *table = page()->table();
    QAbstractItemModel *view = table->model();
    table->clearSelection();
    int usable = 0, skipped = 0;
    Decimal total = Decimal::fromMantissa(0, 2);
    QStringList usableIds;
    for (int r = 0; r < 12; ++r) {
        table->selectionModel()->select(view->index(r, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const IssuedCoupon &c =
            page()->model()->coupon(page()->proxy()->mapToSource(view->index(r, 0)).row());
        if (c.status == 2) {
            ++usable;
            total += c.balance;
            usableIds << c.couponId;
        } else {
            ++skipped;
        }
    }
    QVERIFY(usable > 0 && skipped > 0);
    // The audit log lives in the app data dir: count what this test adds.
    // Each reclaim is audited twice: its intent before it is sent, its outcome after.
    const auto audited = [this] {
        int done = 0;
        for (const AuditLog::Entry &e :
             m_session->audit()->entries({QStringLiteral("coupon-reclaim"), {}, {}, {}, 10000}))
            done += e.result == u"done";
        return done;
    };
    const auto auditedBefore = audited();
    BatchReclaimDialog *dialog = openReclaimDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->skippedTable()->rowCount(), skipped); // listed, never silently dropped
    // The ruled-out coupons are in the result too, as skipped (never sent), not lost from it.
    QCOMPARE(dialog->runner()->rowCount(), usable + skipped);
    QCOMPARE(dialog->runner()->count(BatchRunner::State::Skipped), skipped);
    QCOMPARE(dialog->runner()->total(), total);
    QSignalSpy finished(dialog, &BatchReclaimDialog::batchFinished);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(dialog->runner()->count(BatchRunner::State::Done), usable);
    QCOMPARE(dialog->runner()->count(BatchRunner::State::Skipped), skipped);
    QCOMPARE(dialog->runner()->total(BatchRunner::State::Done), total); // what was reclaimed
    QVERIFY(!dialog->resultPanel()->retryButton()->isEnabled());
    // The table shows them reclaimed, and each one is in the audit log.
    for (const QString &id : usableIds) {
        bool found = false;
        for (int r = 0; r < page()->model()->rowCount(); ++r) {
            const IssuedCoupon &c = page()->model()->coupon(r);
            if (c.couponId == id) {
                found = true;
                QCOMPARE(c.status, 5);
                QVERIFY(c.balance.isZero());
            }
        }
        QVERIFY(found);
    }
    QCOMPARE(audited() - auditedBefore, usable);
    dialog->close();
}

void TestCouponsPage::escapeCancelsARunningBatch()
{
    // Usable coupons the first batch left alone; each reclaim answered slowly.
    DataTableView *table = page()->table();
    QAbstractItemModel *view = table->model();
    table->clearSelection();
    int usable = 0;
    for (int r = 12; r < view->rowCount() && usable < 12; ++r) {
        const IssuedCoupon &c =
            page()->model()->coupon(page()->proxy()->mapToSource(view->index(r, 0)).row());
        if (c.status != 2)
            continue;
        table->selectionModel()->select(view->index(r, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        ++usable;
    }
    QVERIFY(usable >= 6);
    QVERIFY(SandboxChecks::setFaults(m_session->client(), QStringLiteral("latency=300,on=write")));
    BatchReclaimDialog *dialog = openReclaimDialog();
    QVERIFY(dialog);
    QSignalSpy finished(dialog, &BatchReclaimDialog::batchFinished);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog->runner()->isRunning());
    QVERIFY(dialog->isVisible());

    // Esc while running: the batch stops, the window stays with the results on it.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(finished.wait(30000));
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->runner()->isRunning());
    const int done = dialog->runner()->count(BatchRunner::State::Done);
    const int cancelled = dialog->runner()->count(BatchRunner::State::Cancelled);
    QVERIFY2(cancelled > 0 && done < usable,
             qPrintable(QStringLiteral("%1 done, %2 cancelled").arg(done).arg(cancelled)));
    QVERIFY(dialog->resultPanel()->retryButton()->isEnabled()); // the cancelled ones can be run
    // It says how many were done of all, and that it stopped (never "N of N").
    const QString stopped = QStringLiteral("%1 of %2 done, stopped").arg(done).arg(usable);
    QVERIFY2(dialog->resultPanel()->summary().startsWith(stopped),
             qPrintable(dialog->resultPanel()->summary()));
    // The row filter: only the cancelled ones are neither failed nor unknown.
    QComboBox *filter = dialog->resultPanel()->rowFilter();
    filter->setCurrentIndex(3);
    const auto *results = dialog->resultPanel()->findChild<QTableView *>();
    QVERIFY(results);
    QCOMPARE(results->model()->rowCount(),
             dialog->runner()->count(BatchRunner::State::Failed) +
                 dialog->runner()->count(BatchRunner::State::Unknown));
    filter->setCurrentIndex(0);
    QCOMPARE(results->model()->rowCount(), usable);
    QVERIFY(SandboxChecks::setFaults(m_session->client(), QString()));

    // Once it is over, Esc closes the window as usual.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
}

void TestCouponsPage::issueFromAQuota()
{
    QuotasPage *quotas = m_window->page<QuotasPage>();
    QCOMPARE(quotas->model()->rowCount(), 5); // two voucher quotas, cash coupons, expired, frozen
    DataTableView *table = quotas->table();
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->data(table->model()->index(r, QuotaModel::QuotaId)).toString() ==
            u"QT0000000001")
            row = r;
    }
    QVERIFY(row >= 0);
    table->selectRow(row);
    const Decimal before = quotas->model()->quota(row).balance;
    IssueCouponsDialog *dialog = nullptr;
    connect(quotas, &QuotasPage::issueDialogOpened, this,
            [&dialog](IssueCouponsDialog *d) { dialog = d; });
    quotas->issueFromSelected();
    QVERIFY(dialog);
    QVERIFY(!dialog->confirmButton()->isEnabled());
    CustomerModel *customers = m_window->page<CustomersPage>()->model();
    QStringList agency, referral;
    for (int r = 0; r < customers->rowCount(); ++r) {
        (customers->customer(r).associationType == u"2" ? agency : referral)
            .append(customers->customer(r).customerId);
    }
    QTest::keyClicks(dialog->faceValue()->lineEdit(), QStringLiteral("10"));
    // An ID that is none of the partner's customers is refused before anything is sent.
    dialog->customers()->setPlainText(agency[0] + QStringLiteral("\nnot-a-customer-id"));
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QVERIFY2(dialog->previewText().contains(u"not among your customers") &&
                 dialog->previewText().contains(u"not-a-customer-id"),
             qPrintable(dialog->previewText()));
    dialog->customers()->setPlainText(QStringList{agency[0], agency[1], referral[0]}.join(u'\n'));
    QVERIFY(dialog->confirmButton()->isEnabled());
    QVERIFY2(dialog->previewText().contains(u"30.00"), qPrintable(dialog->previewText()));
    // The preview names the customers, masked as the tables show them.
    QVERIFY2(dialog->previewText().contains(u"To: ") && dialog->previewText().contains(u'*') &&
                 dialog->previewText().contains(agency[0]),
             qPrintable(dialog->previewText()));
    QSignalSpy finished(dialog, &IssueCouponsDialog::batchFinished);
    QSignalSpy reloaded(quotas, &QuotasPage::loaded);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(dialog->runner()->count(BatchRunner::State::Done), 2);
    QCOMPARE(dialog->runner()->count(BatchRunner::State::Failed), 1);
    for (int i = 0; i < 3; ++i) {
        const auto &item = dialog->runner()->item(i);
        if (item.id == referral[0])
            QCOMPARE(item.result.error.code(), QStringLiteral("CBC.5021"));
        else
            QVERIFY(!item.result.reference.isEmpty()); // the new coupon's id
    }
    QVERIFY(reloaded.wait(15000));
    for (int r = 0; r < quotas->model()->rowCount(); ++r) {
        if (quotas->model()->quota(r).quotaId == u"QT0000000001")
            QCOMPARE(quotas->model()->quota(r).balance, before - Decimal::fromInt(20));
    }
    // The operation records of that quota, for one customer, show the issue.
    QSignalSpy records(quotas, &QuotasPage::recordsLoaded);
    quotas->recordCustomer()->setText(agency[0]);
    quotas->loadRecords();
    QVERIFY(records.wait(15000));
    QVERIFY(quotas->records()->rowCount() >= 1);
    QCOMPARE(quotas->records()
                 ->data(quotas->records()->index(0, CouponRecordModel::CustomerId))
                 .toString(),
             agency[0]);
    dialog->close();
}

void TestCouponsPage::resellerQuotasIssueAndReclaim()
{
    QuotasPage *quotas = m_window->page<QuotasPage>();
    QTRY_VERIFY(quotas->resellerQuotas()->rowCount() > 0); // a distributor: seeded ones exist
    const int before = quotas->resellerQuotas()->rowCount();
    DataTableView *table = quotas->table();
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->data(table->model()->index(r, QuotaModel::QuotaId)).toString() ==
            u"QT0000000001")
            table->selectRow(r);
    }
    ResellerQuotaDialog *dialog = nullptr;
    connect(quotas, &QuotasPage::resellerDialogOpened, this,
            [&dialog](ResellerQuotaDialog *d) { dialog = d; });
    quotas->issueToResellers();
    QTRY_VERIFY(dialog);
    QCOMPARE(dialog->resellerList()->count(), 3);
    QVERIFY(!dialog->resellerList()->item(0)->text().contains(u"Technologies Ltd.")); // masked
    QTest::keyClicks(dialog->amountField()->lineEdit(), QStringLiteral("100"));
    dialog->resellerList()->item(0)->setCheckState(Qt::Checked);
    dialog->resellerList()->item(2)->setCheckState(Qt::Checked);
    QVERIFY(dialog->previewText().contains(u"200.00"));
    QSignalSpy finished(dialog, &ResellerQuotaDialog::batchFinished);
    QSignalSpy reloaded(quotas, &QuotasPage::resellerQuotasLoaded);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(dialog->runner()->count(BatchRunner::State::Done), 2);
    dialog->close();
    QVERIFY(reloaded.wait(15000));
    QCOMPARE(quotas->resellerQuotas()->rowCount(), before + 2);

    // Reclaim the two new ones (and an old, already reclaimed one, which is left out).
    DataTableView *resellers = quotas->resellerTable();
    resellers->clearSelection();
    const int rows = quotas->resellerQuotas()->rowCount();
    for (int r : {rows - 1, rows - 2})
        resellers->selectionModel()->select(resellers->model()->index(r, 0),
                                            QItemSelectionModel::Select |
                                                QItemSelectionModel::Rows);
    for (int r = 0; r < rows; ++r) {
        if (quotas->resellerQuotas()->quota(r).status == 6)
            resellers->selectionModel()->select(resellers->model()->index(r, 0),
                                                QItemSelectionModel::Select |
                                                    QItemSelectionModel::Rows);
    }
    dialog = nullptr;
    quotas->reclaimResellerQuotas();
    QVERIFY(dialog);
    QCOMPARE(dialog->runner()->rowCount(), 2);
    QSignalSpy reclaimed(dialog, &ResellerQuotaDialog::batchFinished);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(reclaimed.wait(30000));
    QCOMPARE(dialog->runner()->count(BatchRunner::State::Done), 2);
    dialog->close();
}

void TestCouponsPage::aResellersCoupons()
{
    // A distributor picks a reseller: that reseller's coupons are listed, and reclaiming one
    // carries the reseller's indirect_partner_id (the sandbox refuses it otherwise).
    auto *scope = page()->findChild<ResellerScopeBox *>();
    QVERIFY(scope);
    QTRY_COMPARE(scope->count(), 4); // our own + three resellers
    QVERIFY(scope->isVisibleTo(page()));
    const QString reseller = scope->itemData(2).toString();
    QSignalSpy loaded(page(), &CouponsPage::loaded);
    page()->setResellerScope(reseller);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(page()->resellerScope(), reseller);
    Operations::CouponFilter f;
    f.indirectPartnerId = reseller;
    QString problem;
    BssJob *job =
        m_session->client()->call(Operations::listIssuedPartnerCoupons(f, 0, 1, &problem));
    QVERIFY(QSignalSpy(job, &BssJob::finished).wait(10000));
    const int total = job->json().value(QLatin1String("total_count")).toInt();
    QVERIFY(total > 0);
    QCOMPARE(page()->model()->rowCount(), total);

    page()->statusBox()->setCurrentIndex(page()->statusBox()->findData(2));
    DataTableView *table = page()->table();
    QString statuses;
    for (int r = 0; r < page()->model()->rowCount(); ++r)
        statuses += QString::number(page()->model()->coupon(r).status);
    QVERIFY2(table->model()->rowCount() > 0, qPrintable(statuses));
    table->clearSelection();
    table->selectionModel()->select(table->model()->index(0, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    BatchReclaimDialog *dialog = openReclaimDialog();
    QVERIFY(dialog);
    QSignalSpy finished(dialog, &BatchReclaimDialog::batchFinished);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(dialog->runner()->count(BatchRunner::State::Done), 1);
    dialog->close();
    page()->statusBox()->setCurrentIndex(0);
    page()->setResellerScope(QString());
    QVERIFY(loaded.wait(20000));
    QVERIFY(page()->resellerScope().isEmpty());
}

QTEST_MAIN(TestCouponsPage)
#include "tst_couponspage.moc"
