// Incentives, MDF and this month's discounts against the in-process sandbox: payouts with their
// status filter and hints, a completed payout's link to the page where it is confirmed, the MDF
// claim dialog's pre-check (a category blocks, a word asks for a look) and its submit — also
// when the answer is lost (never resent; the status is read back) — and the discounts' breakdowns
// adding up to the month's totals. Every model goes through QAbstractItemModelTester.
#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/operations.h"
#include "core/statuslabels.h"
#include "core/translator.h"
#include "dialogs/mdfclaimdialog.h"
#include "mainwindow.h"
#include "models/recordtablemodel.h"
#include "ops/session.h"
#include "pages/discountspage.h"
#include "pages/fundspage.h"
#include "pages/incentivespage.h"
#include "sandboxfixture.h"
#include "sandboxstarter.h"
#include "widgets/datatableview.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPieSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTest>

class TestIncentivesPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void payoutsAndFilters();
    void completedPayoutsLinkToWhereTheyAreConfirmed();
    void claimPrecheckBlocksAndWarns();
    void claimSubmitted();
    void lostSubmitAnswerIsReadBack();
    void discountsAddUp();
    void productIncentivePolicies();

private:
    IncentivesPage *page() const { return m_window->page<IncentivesPage>(); }
    int rowWhere(const char *field, const QString &value, const char *field2 = nullptr,
                 const QString &value2 = QString()) const;
    int claimRow(const QString &status) const;
    MdfClaimDialog *openClaim(int row);
    void selectPayout(int sourceRow);
    bool setFaults(const QString &spec);
    QString claimStatus(const QString &id) const;

    Session *m_session = nullptr;
    MainWindow *m_window = nullptr;
    Translator m_translator;
};

void TestIncentivesPage::initTestCase()
{
    m_translator.setLanguage(QStringLiteral("en"));
    m_session = new Session;
    m_window = new MainWindow(m_session);
    m_window->setTranslator(&m_translator);
    QSignalSpy payouts(page(), &IncentivesPage::loaded);
    QSignalSpy claims(page(), &IncentivesPage::claimsLoaded);
    QSignalSpy discounts(m_window->page<DiscountsPage>(), &DiscountsPage::loaded);
    SandboxStarter::startFor(m_session, {5, 60, false});
    m_window->show();
    QVERIFY(payouts.wait(60000));
    QVERIFY(!claims.isEmpty() || claims.wait(10000));
    QVERIFY(!discounts.isEmpty() || discounts.wait(10000));
    QVERIFY(m_window->openPage(QStringLiteral("incentives")));
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    new QAbstractItemModelTester(page()->payouts(), Mode::QtTest, this);
    new QAbstractItemModelTester(page()->claims(), Mode::QtTest, this);
    new QAbstractItemModelTester(m_window->page<DiscountsPage>()->breakdown(), Mode::QtTest, this);
    new QAbstractItemModelTester(m_window->page<DiscountsPage>()->customers(), Mode::QtTest, this);
}

void TestIncentivesPage::cleanupTestCase()
{
    setFaults(QString());
    delete m_window;
    delete m_session;
}

int TestIncentivesPage::rowWhere(const char *field, const QString &value, const char *field2,
                                 const QString &value2) const
{
    for (int r = 0; r < page()->payouts()->rowCount(); ++r) {
        const QJsonObject o = page()->payouts()->record(r);
        if (o.value(QLatin1String(field)).toString() == value &&
            (!field2 || o.value(QLatin1String(field2)).toString() == value2))
            return r;
    }
    return -1;
}

int TestIncentivesPage::claimRow(const QString &status) const
{
    for (int r = 0; r < page()->claims()->rowCount(); ++r) {
        if (page()->claims()->record(r).value(QLatin1String("status")).toString() == status)
            return r;
    }
    return -1;
}

QString TestIncentivesPage::claimStatus(const QString &id) const
{
    for (int r = 0; r < page()->claims()->rowCount(); ++r) {
        const QJsonObject o = page()->claims()->record(r);
        if (o.value(QLatin1String("claim_id")).toString() == id)
            return o.value(QLatin1String("status")).toString();
    }
    return {};
}

MdfClaimDialog *TestIncentivesPage::openClaim(int row)
{
    MdfClaimDialog *dialog = nullptr;
    auto c = connect(page(), &IncentivesPage::claimDialogOpened, this,
                     [&dialog](MdfClaimDialog *d) { dialog = d; });
    page()->claim(row);
    disconnect(c);
    return dialog;
}

void TestIncentivesPage::selectPayout(int sourceRow)
{
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(page()->payoutTable()->model());
    page()->payoutTable()->setCurrentIndex(
        proxy->mapFromSource(page()->payouts()->index(sourceRow, 0)));
}

bool TestIncentivesPage::setFaults(const QString &spec)
{
    return SandboxChecks::setFaults(m_session->client(), spec);
}

void TestIncentivesPage::payoutsAndFilters()
{
    QCOMPARE(page()->payouts()->rowCount(), 18); // three incentives a month for six months
    QSignalSpy loaded(page(), &IncentivesPage::loaded);
    page()->setStatusFilter(QStringLiteral("COMPLETED"));
    QVERIFY(loaded.wait(10000));
    QVERIFY(page()->payouts()->rowCount() > 0);
    for (int r = 0; r < page()->payouts()->rowCount(); ++r) {
        QCOMPARE(page()->payouts()->record(r).value(QLatin1String("status")).toString(),
                 QStringLiteral("COMPLETED"));
        QCOMPARE(page()->payouts()->index(r, 6).data().toString(), QStringLiteral("Completed"));
        QVERIFY(!page()->payouts()->index(r, 10).data().toString().isEmpty()); // the hint
    }
    page()->setStatusFilter(QString());
    QVERIFY(loaded.wait(10000));
    const QString period = page()->payouts()->record(0).value(QLatin1String("period")).toString();
    page()->setPeriodFilter(period);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(page()->payouts()->rowCount(), 3);
    page()->setPeriodFilter(QString());
    QVERIFY(loaded.wait(10000));
    // A failed voucher-quota payout says to contact support.
    const int failed = rowWhere("status", QStringLiteral("FAILED"));
    QVERIFY(failed >= 0);
    selectPayout(failed);
    QVERIFY2(page()->detailText().contains(QLatin1String("contact customer service")),
             qPrintable(page()->detailText()));
    QVERIFY(page()->linkButton()->isHidden());
}

void TestIncentivesPage::completedPayoutsLinkToWhereTheyAreConfirmed()
{
    const int topUp = rowWhere("status", QStringLiteral("COMPLETED"), "payout_method",
                               QStringLiteral("ACCOUNT_TOPUP"));
    const int quota = rowWhere("status", QStringLiteral("COMPLETED"), "payout_method",
                               QStringLiteral("COUPON_QUOTA"));
    QVERIFY(topUp >= 0 && quota >= 0);
    selectPayout(topUp);
    QVERIFY(!page()->linkButton()->isHidden());
    QSignalSpy changes(m_window->page<FundsPage>(), &FundsPage::changesLoaded);
    page()->linkButton()->click();
    QCOMPARE(m_window->currentPage(), QStringLiteral("funds"));
    QVERIFY(changes.wait(10000));
    // The ledger is filtered to the recharge account's records (trade type RECHARGE).
    QCOMPARE(m_window->page<FundsPage>()->tradeType(), QStringLiteral("RECHARGE"));
    m_window->openPage(QStringLiteral("incentives"));
    selectPayout(quota);
    QCOMPARE(page()->linkButton()->text(), QStringLiteral("Open coupon quotas"));
    page()->linkButton()->click();
    QCOMPARE(m_window->currentPage(), QStringLiteral("quotas"));
    m_window->openPage(QStringLiteral("incentives"));
}

void TestIncentivesPage::claimPrecheckBlocksAndWarns()
{
    const int row = claimRow(QStringLiteral("CLAIM_PENDING"));
    QVERIFY(row >= 0);
    const QString id = page()->claims()->record(row).value(QLatin1String("claim_id")).toString();
    QVERIFY(page()->claims()->index(row, 7).data().toString().contains(QLatin1String("day")));
    MdfClaimDialog *dialog = openClaim(row);
    QVERIFY(dialog);
    QCOMPARE(dialog->lineCount(), 1);
    // An ineligible category blocks the claim; nothing is sent.
    dialog->addLine(QStringLiteral("EQUIPMENT_ASSETS"), QStringLiteral("Camera"),
                    QStringLiteral("100.00"));
    QVERIFY(!dialog->check());
    QVERIFY2(dialog->findingsText().contains(QLatin1String("Must fix")),
             qPrintable(dialog->findingsText()));
    QVERIFY(dialog->findingsText().contains(QLatin1String("Line 1: describe the expense")));
    QVERIFY(dialog->acknowledgeBox()->isHidden());
    QSignalSpy submitted(dialog, &MdfClaimDialog::submitted);
    dialog->submit();
    QTest::qWait(200);
    QVERIFY(submitted.isEmpty());
    QVERIFY(dialog->submitButton()->isEnabled());
    // Above the approved amount also blocks, even with eligible lines.
    dialog->removeLine(1);
    dialog->removeLine(0);
    QCOMPARE(dialog->lineCount(), 0);
    QVERIFY(!dialog->check());
    QVERIFY(dialog->findingsText().contains(QLatin1String("at least one")));
    dialog->addLine(QStringLiteral("EVENT_VENUE"), QStringLiteral("Venue hire"),
                    QStringLiteral("999999.00"));
    QVERIFY(!dialog->check());
    QVERIFY2(dialog->findingsText().contains(QLatin1String("above the approved")),
             qPrintable(dialog->findingsText()));
    dialog->submit();
    QTest::qWait(200);
    QVERIFY(submitted.isEmpty());
    QCOMPARE(claimStatus(id), QStringLiteral("CLAIM_PENDING"));
    dialog->close();
}

void TestIncentivesPage::claimSubmitted()
{
    // The rejected claim comes back with its lines; the watch filed as a gift is a warning that
    // must be acknowledged, then the claim goes through.
    const int row = claimRow(QStringLiteral("CLAIM_REJECTED"));
    QVERIFY(row >= 0);
    const QString id = page()->claims()->record(row).value(QLatin1String("claim_id")).toString();
    MdfClaimDialog *dialog = openClaim(row);
    QCOMPARE(dialog->lineCount(), 3);
    QVERIFY(!dialog->check());
    QVERIFY2(dialog->findingsText().contains(QLatin1String("Check:")),
             qPrintable(dialog->findingsText()));
    QVERIFY(!dialog->findingsText().contains(QLatin1String("Must fix")));
    QVERIFY(!dialog->acknowledgeBox()->isHidden());
    dialog->acknowledgeBox()->setChecked(true);
    QVERIFY(dialog->check());
    QSignalSpy submitted(dialog, &MdfClaimDialog::submitted);
    QSignalSpy reloaded(page(), &IncentivesPage::claimsLoaded);
    dialog->submit();
    QVERIFY(submitted.wait(10000));
    QVERIFY(dialog->resultText().contains(QLatin1String("Claim under review")));
    QVERIFY(reloaded.wait(10000));
    QCOMPARE(claimStatus(id), QStringLiteral("CLAIM_REVIEW"));
    dialog->close();
}

void TestIncentivesPage::lostSubmitAnswerIsReadBack()
{
    const int row = claimRow(QStringLiteral("CLAIM_PENDING"));
    QVERIFY(row >= 0);
    const QString id = page()->claims()->record(row).value(QLatin1String("claim_id")).toString();
    MdfClaimDialog *dialog = openClaim(row);
    QVERIFY(dialog);
    dialog->removeLine(0);
    dialog->addLine(QStringLiteral("EVENT_VENUE"), QStringLiteral("Venue hire"),
                    QStringLiteral("1000.00"));
    QVERIFY(dialog->check());
    MdfClaimDialog &lost = *dialog;
    QVERIFY(setFaults(QStringLiteral("lost=1,on=SandboxSubmitMdfClaim,count=1")));
    QSignalSpy known(&lost, &MdfClaimDialog::outcomeKnown);
    QSignalSpy submitted(&lost, &MdfClaimDialog::submitted);
    lost.submit();
    QVERIFY(known.wait(20000));
    QCOMPARE(submitted.size(), 1); // it did arrive, sent once
    QVERIFY2(lost.resultText().contains(QLatin1String("did arrive")),
             qPrintable(lost.resultText()));
    QVERIFY(!lost.submitButton()->isEnabled());
    lost.close();
    QVERIFY(setFaults(QString()));
    QSignalSpy reloaded(page(), &IncentivesPage::claimsLoaded);
    page()->loadClaims();
    QVERIFY(reloaded.wait(10000));
    QCOMPARE(claimStatus(id), QStringLiteral("CLAIM_REVIEW"));
}

void TestIncentivesPage::discountsAddUp()
{
    DiscountsPage *d = m_window->page<DiscountsPage>();
    QVERIFY(d->customers()->rowCount() > 0);
    auto sum = [](RecordTableModel *m, const char *field) {
        Decimal s = Decimal::fromInt(0);
        for (int r = 0; r < m->rowCount(); ++r)
            s = s + Decimal::fromJson(m->record(r).value(QLatin1String(field)))
                        .value_or(Decimal::fromInt(0));
        return s;
    };
    d->setBreakdown(false);
    QCOMPARE(d->breakdown()->rowCount(), 4); // cash, credit, coupon, debt
    const Decimal paid = sum(d->breakdown(), "amount");
    d->setBreakdown(true);
    QVERIFY(d->breakdown()->rowCount() >= 1);
    const Decimal discount = sum(d->breakdown(), "discount_amount");
    // The customers' rows add up to the same month totals.
    QCOMPARE(sum(d->customers(), "discount_amount"), discount);
    QCOMPARE(sum(d->customers(), "amount"), paid);
    QVERIFY(d->summaryText().contains(QLatin1String("UTC+8")));
    QVERIFY(!d->chart()->series().isEmpty());
    auto *pie = qobject_cast<QPieSeries *>(d->chart()->series().first());
    QVERIFY(pie && pie->count() >= 1);
    // Customer names are masked.
    QVERIFY(d->customers()->index(0, 1).data().toString().contains(u'*'));
}

void TestIncentivesPage::productIncentivePolicies()
{
    // 产品激励策略: the official API's tab, on the China site; each month as the server has it.
    QTabWidget *tabs = page()->tabs();
    QVERIFY(tabs->indexOf(page()->policyTab()) >= 0);
    RecordTableModel *policies = page()->policies();
    QTRY_VERIFY_WITH_TIMEOUT(policies->rowCount() > 0, 15000);
    auto policyOf = [policies](const char *service) {
        for (int r = 0; r < policies->rowCount(); ++r) {
            const QJsonObject o = policies->record(r);
            if (o.value(QLatin1String("service_type_code")).toString() == QLatin1String(service))
                return o.value(QLatin1String("incentive_policy")).toString();
        }
        return QString();
    };
    // This month CCE is a specific product (from 2026-07); a year ago it was not.
    QComboBox *month = page()->policyMonthBox();
    month->setCurrentIndex(0);
    QSignalSpy loaded(page(), &IncentivesPage::policiesLoaded);
    page()->loadPolicies();
    QVERIFY(loaded.wait(15000));
    const QString now = month->currentData().toString();
    QCOMPARE(policyOf("hws.service.type.cce"),
             now >= u"2026-07" ? QStringLiteral("1") : QStringLiteral("0"));
    const int shown = policies->rowCount();
    QCOMPARE(shown, 12); // one policy per service
    month->setCurrentIndex(month->count() - 1);
    QVERIFY(loaded.wait(15000));
    const QString then = month->currentData().toString();
    QCOMPARE(policyOf("hws.service.type.cce"),
             then >= u"2026-07" ? QStringLiteral("1") : QStringLiteral("0"));
    // Labels, not codes, in the table.
    const int col = 1;
    const QString label = policies->data(policies->index(0, col)).toString();
    QVERIFY(!label.isEmpty());
    QVERIFY(label != policies->record(0).value(QLatin1String("incentive_policy")).toString());
}

QTEST_MAIN(TestIncentivesPage)
#include "tst_incentivespage.moc"
