#include "ops/customerloader.h"

#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/pager.h"
#include "bss/responses.h"
#include "core/billperiod.h"
#include "models/customermodel.h"
#include "ops/recordload.h"

#include <QHash>
#include <QJsonArray>

namespace {

constexpr int kBalanceJobsInFlight = 4;
const Decimal kZero = Decimal::fromMantissa(0, 2);

} // namespace

CustomerLoader::CustomerLoader(BssClient *client, CustomerModel *model, QObject *parent)
    : QObject(parent), m_client(client), m_model(model)
{}

void CustomerLoader::start(const Operations::CustomerFilter &filter, int maxCustomers)
{
    cancel();
    ++m_generation;
    m_running = true;
    // The same list again keeps its rows on screen while it is refreshed (rows that did not come
    // back are removed at the end); another reseller's list starts empty.
    if (m_model->rowCount() > 0 && filter.indirectPartnerId == m_indirectPartnerId)
        m_model->beginSync();
    else
        m_model->clear();
    m_indirectPartnerId = filter.indirectPartnerId;
    m_maxCustomers = maxCustomers;
    m_received = 0;
    m_partError = BssError();
    m_pendingBalances.clear();
    QString problem;
    // Checked once here; the factory below only varies the offset.
    Operations::listSubCustomers(filter, 0, 100, &problem);
    if (!problem.isEmpty()) {
        finish(BssError::invalidRequest(problem));
        return;
    }
    m_pager = new Pager(
        m_client,
        [filter](int offset, int limit) {
            QString ignored;
            return Operations::listSubCustomers(filter, offset, limit, &ignored);
        },
        Pager::Options{QStringLiteral("customer_infos"), 100, 4, maxCustomers}, this);
    connect(m_pager, &Pager::pageReceived, this, [this](int, const QJsonArray &items, int total) {
        if (m_received == 0) // room for every row at once: no copying as the list grows
            m_model->expectMore(maxCustomersOf(total));
        QString problem;
        auto page =
            Responses::customers(QJsonObject{{QStringLiteral("customer_infos"), items}}, &problem);
        if (!page) { // a page that cannot be read ends the load: never a silently shorter list
            RecordLoad::stop(&m_pager, this);
            finish(BssError::malformed(problem));
            return;
        }
        for (Customer &c : page->items) {
            c.indirectPartnerId = m_indirectPartnerId; // whose customer it is
            if (c.associationType == u"2")
                m_pendingBalances.append(c.customerId);
        }
        m_model->append(page->items);
        m_received += int(page->items.size());
        emit progress(m_received, maxCustomersOf(total));
    });
    connect(m_pager, &Pager::finished, this, &CustomerLoader::onCustomersDone);
    m_pager->start();
}

int CustomerLoader::maxCustomersOf(int total) const
{
    return m_maxCustomers < 0 || total < 0 ? total : qMin(total, m_maxCustomers);
}

void CustomerLoader::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    m_model->endSync(false);
    if (m_pager)
        m_pager->cancel();
    for (const auto &job : std::as_const(m_jobs)) {
        if (job)
            job->cancel();
    }
    m_jobs.clear();
    emit cancelled();
}

void CustomerLoader::refreshBalances(const QStringList &customerIds)
{
    for (qsizetype i = 0; i < customerIds.size(); i += 100) {
        QString problem;
        const ApiRequest r = Operations::listCustomerBalances(customerIds.mid(i, 100),
                                                              m_indirectPartnerId, &problem);
        if (!problem.isEmpty())
            return;
        BssJob *job = m_client->call(r);
        connect(job, &BssJob::finished, this, [this, job] {
            if (!job->error().isError())
                applyBalances(job->json());
        });
    }
}

bool CustomerLoader::applyBalances(const QJsonObject &json)
{
    // An answer that cannot be read is kept out of the model whole (no half-applied page) and
    // said when the load ends.
    const auto balances = Responses::customerBalances(json, &m_balanceProblem);
    if (!balances)
        return false;
    for (const CustomerBalance &b : *balances)
        m_model->setBalance(b.customerId, b.amount, b.debt);
    return true;
}

void CustomerLoader::onCustomersDone(const BssError &error)
{
    if (!m_running)
        return;
    if (error.isError()) {
        finish(error); // an incomplete list removes nothing
        return;
    }
    m_model->endSync(true);
    m_model->precomputeSortKeys(); // off this thread: the first sort by name is then instant
    emit customersLoaded(m_model->rowCount());
    // The amounts come from China-site operations; on a site without them they stay unknown.
    // Every part is counted before any starts, so that none can end the load early.
    if (!m_client->offers("ListCustomersBalancesDetail"))
        m_pendingBalances.clear();
    const bool spend = m_client->offers("ListSubcustomerMonthlyBills");
    m_spendModesLeft = spend ? 2 : 0; // both charge modes
    m_couponsPending = m_client->offers("ListIssuedPartnerCoupons");
    for (int i = 0; i < kBalanceJobsInFlight; ++i)
        nextBalanceBatch();
    if (spend) {
        startSpend(QStringLiteral("3"));
        startSpend(QStringLiteral("1"));
    }
    if (m_couponsPending)
        startCoupons();
    partDone();
}

void CustomerLoader::nextBalanceBatch()
{
    if (!m_running || m_pendingBalances.isEmpty()) {
        partDone();
        return;
    }
    const QStringList batch = m_pendingBalances.mid(0, 100);
    m_pendingBalances.remove(0, batch.size());
    QString problem;
    const ApiRequest r = Operations::listCustomerBalances(batch, m_indirectPartnerId, &problem);
    BssJob *job = m_client->call(r);
    ++m_balanceJobs;
    m_jobs.append(job);
    const quint64 generation = m_generation;
    connect(job, &BssJob::finished, this, [this, job, generation] {
        if (generation != m_generation)
            return;
        --m_balanceJobs;
        // A batch that failed or cannot be read leaves those balances unknown ("—") and is
        // the load's error: the customers are shown, the error panel says what is missing.
        const bool unreadable = !job->error().isError() && !applyBalances(job->json());
        notePartError(job->error(), unreadable ? m_balanceProblem : QString());
        nextBalanceBatch();
    });
}

void CustomerLoader::sumPerCustomer(std::function<ApiRequest(int, int)> factory,
                                    const QString &itemsKey, AddPage add,
                                    std::function<void(const Sums &)> done)
{
    auto *pager =
        new Pager(m_client, std::move(factory), Pager::Options{itemsKey, 100, 2, -1}, this);
    auto sums = std::make_shared<Sums>();
    auto malformed = std::make_shared<QString>();
    connect(pager, &Pager::pageReceived, this,
            [sums, malformed, itemsKey, add](int, const QJsonArray &items, int) {
                if (malformed->isEmpty())
                    add(QJsonObject{{itemsKey, items}}, sums.get(), malformed.get());
            });
    const quint64 generation = m_generation;
    connect(pager, &Pager::finished, this,
            [this, pager, sums, malformed, generation, done](const BssError &e) {
                pager->deleteLater();
                if (generation != m_generation)
                    return;
                // An incomplete list says nothing: those amounts stay unknown.
                done(notePartError(e, *malformed) ? *sums : Sums());
                partDone();
            });
    pager->start();
}

// This month's spend of one charge mode; both modes add up into one figure per customer.
void CustomerLoader::startSpend(const QString &chargeMode)
{
    const QString cycle = BillPeriod::current();
    const QString ip = m_indirectPartnerId; // a reseller's customers: their bills name it
    sumPerCustomer(
        [cycle, chargeMode, ip](int offset, int limit) {
            QString ignored;
            return Operations::listMonthlyBills(cycle, chargeMode, QString(), ip, offset, limit,
                                                &ignored);
        },
        QStringLiteral("bill_sums"),
        [](const QJsonObject &page, Sums *sums, QString *problem) {
            const auto bills = Responses::billSums(page, problem);
            for (const BillSum &b : bills ? bills->items : QList<BillSum>())
                (*sums)[b.customerId] = sums->value(b.customerId, kZero) + b.amount;
        },
        [this](const Sums &sums) {
            for (auto it = sums.cbegin(); it != sums.cend(); ++it)
                m_spend[it.key()] = m_spend.value(it.key(), kZero) + *it;
            if (--m_spendModesLeft == 0) { // both charge modes are in
                for (auto it = m_spend.cbegin(); it != m_spend.cend(); ++it)
                    m_model->setMonthSpend(it.key(), *it);
                m_spend.clear();
            }
        });
}

// The usable coupons' remaining value per customer (the table's coupon balance).
void CustomerLoader::startCoupons()
{
    Operations::CouponFilter usable;
    usable.status = 2;
    usable.indirectPartnerId = m_indirectPartnerId;
    sumPerCustomer(
        [usable](int offset, int limit) {
            QString ignored;
            return Operations::listIssuedPartnerCoupons(usable, offset, limit, &ignored);
        },
        QStringLiteral("user_coupons"),
        [](const QJsonObject &page, Sums *sums, QString *problem) {
            const auto coupons = Responses::issuedCoupons(page, problem);
            for (const IssuedCoupon &c : coupons ? coupons->items : QList<IssuedCoupon>())
                (*sums)[c.customerId] = sums->value(c.customerId, kZero) + c.balance;
        },
        [this](const Sums &sums) {
            for (auto it = sums.cbegin(); it != sums.cend(); ++it)
                m_model->setCouponBalance(it.key(), *it);
            m_couponsPending = false;
        });
}

bool CustomerLoader::notePartError(const BssError &error, const QString &malformed)
{
    const BssError e = error.isError()        ? error
                       : !malformed.isEmpty() ? BssError::malformed(malformed)
                                              : BssError();
    if (e.isError() && !m_partError.isError())
        m_partError = e;
    return !e.isError();
}

void CustomerLoader::partDone()
{
    if (m_spendModesLeft == 0 && !m_couponsPending && m_balanceJobs == 0 &&
        m_pendingBalances.isEmpty() && m_running)
        finish(m_partError); // the customers are in; a balance page that could not be read
                             // is the one error left to say
}

void CustomerLoader::finish(const BssError &error)
{
    m_model->endSync(false); // no-op unless the list itself failed
    m_running = false;
    m_jobs.clear();
    emit finished(error);
}
