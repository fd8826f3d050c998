// The overview (start page) against the in-process sandbox: every figure equals the sum of the
// underlying records read independently from the server, each alert opens its page filtered to
// exactly its items, thresholds apply at once, and new alerts are announced once per item.
#include "alertnotifier.h"
#include "bss/bssjob.h"
#include "bss/operations.h"
#include "bss/responses.h"
#include "core/money.h"
#include "mainwindow.h"
#include "models/couponfilterproxy.h"
#include "models/customerfilterproxy.h"
#include "models/customermodel.h"
#include "models/recordfilterproxy.h"
#include "ops/overview.h"
#include "ops/session.h"
#include "ops/workspace.h"
#include "pages/couponspage.h"
#include "pages/customerspage.h"
#include "pages/overviewpage.h"
#include "pages/resellerspage.h"
#include "sandboxstarter.h"

#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

namespace {
Decimal dec(const QJsonValue &v)
{
    return Decimal::fromJson(v).value_or(Decimal::invalid());
}
} // namespace

class TestOverview : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void accountFiguresEqualTheServer();
    void quotaTotalsEqualTheQuotaRecords();
    void lowCustomersEqualTheServerBalances();
    void expiringCouponsEqualTheServerList();
    void settlementsEqualTheServerList();
    void resellerThreshold();
    void alertsOpenFilteredPages();
    void aResellerScopeLeavesTheFigures();
    void newAlertsAreAnnouncedOnce();

private:
    QJsonObject call(const ApiRequest &request);
    QJsonArray all(const std::function<ApiRequest(int offset, int limit)> &page,
                   const char *itemsKey);
    bool sync();
    Overview *overview() const { return m_window->workspace()->overview(); }
    Session *m_session = nullptr;
    MainWindow *m_window = nullptr;
};

void TestOverview::initTestCase()
{
    QSettings().remove(QStringLiteral("overview")); // nothing seen, default thresholds
    m_session = new Session;
    m_window = new MainWindow(m_session);
    QSignalSpy synced(overview(), &Overview::synced);
    QSignalSpy announced(overview(), &Overview::newAlerts);
    // Before anything is read the alerts say they are checking, never "0 customers … 0.00".
    auto *page = m_window->page<OverviewPage>();
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(page, &change);
    QVERIFY2(page->alertLabel(Overview::AlertKind::LowCustomers)->text().contains(u"Checking"),
             qPrintable(page->alertLabel(Overview::AlertKind::LowCustomers)->text()));
    SandboxStarter::startFor(m_session, {21, 300, false});
    m_window->show();
    QVERIFY(synced.wait(60000));
    QCOMPARE(m_window->currentPage(), QStringLiteral("overview")); // the start page
    // The first sync announces what it found (the seed has customers with low balances).
    QCOMPARE(announced.size(), 1);
    QVERIFY(m_window->notifier()->lastMessage().contains(u"customer"));
}

void TestOverview::cleanupTestCase()
{
    delete m_window;
    delete m_session;
}

QJsonObject TestOverview::call(const ApiRequest &request)
{
    BssJob *job = m_session->client()->call(request);
    QSignalSpy done(job, &BssJob::finished);
    if (!done.wait(20000) || job->error().isError()) {
        qWarning() << "call failed" << job->error().userMessage();
        return {};
    }
    return job->json();
}

QJsonArray TestOverview::all(const std::function<ApiRequest(int, int)> &page, const char *itemsKey)
{
    QJsonArray out;
    for (int offset = 0;; offset += 100) {
        const QJsonArray items = call(page(offset, 100)).value(QLatin1String(itemsKey)).toArray();
        for (const QJsonValue &v : items)
            out.append(v);
        if (items.size() < 100)
            return out;
    }
}

bool TestOverview::sync()
{
    QSignalSpy synced(overview(), &Overview::synced);
    m_window->loadData();
    return synced.wait(60000);
}

void TestOverview::accountFiguresEqualTheServer()
{
    QString problem;
    const auto balances = Responses::partnerBalances(
        call(Operations::listPartnerBalances(QString(), &problem)), &problem);
    QVERIFY(balances);
    Decimal cash = Decimal::invalid(), designated, line = Decimal::invalid(), left;
    for (const PartnerBalance &b : *balances) {
        if (b.accountType == 1) {
            cash = b.amount;
            designated = b.designatedAmount.isValid() ? b.designatedAmount : Decimal::fromInt(0);
        } else if (b.accountType == 2) {
            line = b.creditAmount;
            left = b.amount;
        }
    }
    QVERIFY(cash.isValid());
    QVERIFY(overview()->accountKnown());
    QCOMPARE(overview()->account().cash, cash);
    QCOMPARE(overview()->account().allocatable, cash - designated);
    if (line.isValid()) {
        QCOMPARE(overview()->account().creditLine, line);
        QCOMPARE(overview()->account().amountDue, line - left);
    }
    const QLocale l = m_window->page<OverviewPage>()->locale();
    QCOMPARE(m_window->page<OverviewPage>()->figureText(QStringLiteral("cash")),
             Money(cash, QStringLiteral("CNY")).format(l));
}

void TestOverview::quotaTotalsEqualTheQuotaRecords()
{
    QString problem;
    // Both types, each asked for (the service lists vouchers only unless told otherwise).
    ApiRequest r = Operations::byName(QStringLiteral("ListQuotaCoupons"), &problem);
    QJsonArray quotas;
    for (const char *type : {"0", "1"}) {
        r.body = QByteArray("{\"quota_type\":") + type +
                 ",\"quota_status_list\":[0],\"offset\":0,\"limit\":100}";
        for (const QJsonValue &q : call(r).value(QLatin1String("quotas")).toArray())
            quotas.append(q);
    }
    QVERIFY(!quotas.isEmpty());
    Decimal sum = Decimal::fromInt(0);
    for (const QJsonValue &q : quotas)
        sum += dec(q[QLatin1String("balance")]);
    QCOMPARE(overview()->quotaCount(), quotas.size());
    QCOMPARE(overview()->quotaRemaining(), sum);
}

void TestOverview::lowCustomersEqualTheServerBalances()
{
    const QJsonArray customers = all(
        [](int offset, int limit) {
            QString ignored;
            return Operations::listSubCustomers({}, offset, limit, &ignored);
        },
        "customer_infos");
    QVERIFY(customers.size() > 100);
    QStringList ids;
    for (const QJsonValue &c : customers)
        ids.append(c[QLatin1String("customer_id")].toString());
    const Decimal limit = overview()->thresholds().customerBalance;
    int count = 0;
    Decimal sum = Decimal::fromInt(0);
    QStringList low;
    for (int i = 0; i < ids.size(); i += 100) {
        QString problem;
        const QJsonArray balances =
            call(Operations::listCustomerBalances(ids.mid(i, 100), QString(), &problem))
                .value(QLatin1String("customer_balances"))
                .toArray();
        for (const QJsonValue &b : balances) {
            const Decimal amount = dec(b[QLatin1String("amount")]);
            if (amount < limit) {
                ++count;
                sum += amount;
                low.append(b[QLatin1String("customer_id")].toString());
            }
        }
    }
    QVERIFY(count > 0);
    const Overview::Alert a = overview()->alert(Overview::AlertKind::LowCustomers);
    QCOMPARE(a.count, count);
    QCOMPARE(a.amount, sum);
    QStringList shown = a.ids;
    shown.sort();
    low.sort();
    QCOMPARE(shown, low);
}

void TestOverview::expiringCouponsEqualTheServerList()
{
    const int days = overview()->thresholds().couponDays;
    Operations::CouponFilter f;
    f.status = 2;
    f.expireFrom = QDateTime::currentDateTimeUtc();
    f.expireTo = QDate::currentDate().addDays(days).endOfDay().toUTC();
    const QJsonArray coupons = all(
        [f](int offset, int limit) {
            QString ignored;
            return Operations::listIssuedPartnerCoupons(f, offset, limit, &ignored);
        },
        "user_coupons");
    QVERIFY(!coupons.isEmpty()); // the seed has coupons expiring soon
    Decimal sum = Decimal::fromInt(0);
    for (const QJsonValue &c : coupons)
        sum += dec(c[QLatin1String("balance")]);
    const Overview::Alert a = overview()->alert(Overview::AlertKind::ExpiringCoupons);
    QCOMPARE(a.count, coupons.size());
    QCOMPARE(a.amount, sum);
}

void TestOverview::settlementsEqualTheServerList()
{
    int count = 0;
    Decimal sum = Decimal::fromInt(0);
    for (const QString &status : Overview::partnerActionStatuses()) {
        const QJsonArray bills = all(
            [status](int offset, int limit) {
                QString ignored;
                ApiRequest r =
                    Operations::byName(QStringLiteral("SandboxListSettlements"), &ignored);
                r.addQuery("status", status);
                r.addQuery("offset", QString::number(offset));
                r.addQuery("limit", QString::number(limit));
                return r;
            },
            "settlements");
        count += bills.size();
        for (const QJsonValue &b : bills)
            sum += dec(b[QLatin1String("settle_amount")]);
    }
    const Overview::Alert a = overview()->alert(Overview::AlertKind::WaitingSettlements);
    QVERIFY(a.available);
    QCOMPARE(a.count, count);
    QCOMPARE(a.amount, sum);
    QVERIFY(count > 0);
    QVERIFY(m_window->page<OverviewPage>()
                ->alertLabel(Overview::AlertKind::WaitingSettlements)
                ->text()
                .contains(u"Invoice Huawei"));
}

void TestOverview::resellerThreshold()
{
    // The seeded resellers hold well above the default threshold.
    QCOMPARE(overview()->alert(Overview::AlertKind::LowResellers).count, 0);
    QVERIFY(m_window->page<OverviewPage>()
                ->alertLabel(Overview::AlertKind::LowResellers)
                ->text()
                .startsWith(u"No reseller"));
    Overview::Thresholds t = overview()->thresholds();
    t.resellerBalance = Decimal::fromInt(10000000);
    overview()->setThresholds(t);
    const Overview::Alert a = overview()->alert(Overview::AlertKind::LowResellers);
    QCOMPARE(a.count, 3);
    Decimal sum = Decimal::fromInt(0);
    for (const QString &id : a.ids) {
        QString problem;
        const auto b = Responses::partnerBalances(
            call(Operations::listPartnerBalances(id, &problem)), &problem);
        QVERIFY(b);
        for (const PartnerBalance &x : *b)
            sum += x.accountType == 1 ? x.amount : Decimal::fromInt(0);
    }
    QCOMPARE(a.amount, sum);
    QCOMPARE(Overview::Thresholds::load().resellerBalance, Decimal::fromInt(10000000)); // kept
    t.resellerBalance = Decimal::fromInt(1000);
    overview()->setThresholds(t);
}

void TestOverview::alertsOpenFilteredPages()
{
    OverviewPage *page = m_window->page<OverviewPage>();
    emit page->alertLabel(Overview::AlertKind::LowCustomers)->linkActivated(QStringLiteral("open"));
    QCOMPARE(m_window->currentPage(), QStringLiteral("customers"));
    QCOMPARE(m_window->page<CustomersPage>()->proxy()->rowCount(),
             overview()->alert(Overview::AlertKind::LowCustomers).count);

    emit page->alertLabel(Overview::AlertKind::ExpiringCoupons)
        ->linkActivated(QStringLiteral("open"));
    QCOMPARE(m_window->currentPage(), QStringLiteral("coupons"));
    auto *coupons = m_window->page<CouponsPage>()->findChild<CouponFilterProxy *>();
    QVERIFY(coupons);
    QCOMPARE(coupons->rowCount(), overview()->alert(Overview::AlertKind::ExpiringCoupons).count);

    emit page->alertLabel(Overview::AlertKind::LowResellers)->linkActivated(QStringLiteral("open"));
    QCOMPARE(m_window->currentPage(), QStringLiteral("resellers"));
    QCOMPARE(m_window->page<ResellersPage>()->proxy()->rowCount(),
             overview()->alert(Overview::AlertKind::LowResellers).count);
    m_window->openPage(QStringLiteral("overview"));
}

void TestOverview::aResellerScopeLeavesTheFigures()
{
    const Overview::Alert before = overview()->alert(Overview::AlertKind::LowCustomers);
    CustomersPage *customers = m_window->page<CustomersPage>();
    QSignalSpy loaded(customers, &CustomersPage::loaded);
    customers->setResellerScope(QStringLiteral("rp-0002"));
    QVERIFY(loaded.wait(30000));
    QCOMPARE(customers->resellerScope(), QStringLiteral("rp-0002"));
    QVERIFY(customers->model()->rowCount() < 100); // only that reseller's customers
    const Overview::Alert during = overview()->alert(Overview::AlertKind::LowCustomers);
    QCOMPARE(during.count, before.count);
    QCOMPARE(during.ids, before.ids);
    // The alert's link brings the page back to our own customers, filtered.
    m_window->openAlert(Overview::AlertKind::LowCustomers);
    QVERIFY(loaded.wait(30000));
    QVERIFY(customers->resellerScope().isEmpty());
    QCOMPARE(customers->proxy()->rowCount(), before.count);
    QCOMPARE(overview()->alert(Overview::AlertKind::LowCustomers).ids, before.ids);
    m_window->openPage(QStringLiteral("overview"));
}

void TestOverview::newAlertsAreAnnouncedOnce()
{
    QSignalSpy announced(overview(), &Overview::newAlerts);
    QVERIFY(sync());
    QCOMPARE(announced.size(), 0); // nothing new since the first sync

    // Bring one customer below the threshold: the next sync announces exactly that one.
    const QStringList low = overview()->alert(Overview::AlertKind::LowCustomers).ids;
    CustomerModel *model = m_window->page<CustomersPage>()->model();
    QString target;
    Decimal balance;
    for (int r = 0; r < model->rowCount() && target.isEmpty(); ++r) {
        const Decimal b = model->balance(r);
        if (b.isValid() && b > Decimal::fromInt(200) &&
            model->customer(r).associationType == u"2") {
            target = model->customer(r).customerId;
            balance = b;
        }
    }
    QVERIFY(!target.isEmpty());
    QString problem;
    BssJob *job = m_session->client()->call(Operations::reclaimFromCustomer(
        target, balance - Decimal::fromInt(50), QString(), &problem));
    QVERIFY(problem.isEmpty());
    QSignalSpy done(job, &BssJob::finished);
    QVERIFY(done.wait(20000));
    QVERIFY2(!job->error().isError(), qPrintable(job->error().userMessage()));
    QVERIFY(sync());
    QCOMPARE(announced.size(), 1);
    const auto fresh = announced.at(0).at(0).value<QList<Overview::Alert>>();
    QCOMPARE(fresh.size(), 1);
    QCOMPARE(fresh.first().kind, Overview::AlertKind::LowCustomers);
    QCOMPARE(fresh.first().ids, QStringList{target});
    QVERIFY(overview()->alert(Overview::AlertKind::LowCustomers).ids.contains(target));
    QVERIFY(m_window->notifier()->lastMessage().startsWith(u"1 customer"));
}

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
