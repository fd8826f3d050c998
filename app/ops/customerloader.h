#pragma once

#include "bss/apirequest.h"
#include "bss/bsserror.h"
#include "bss/operations.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class BssClient;
class BssJob;
class CustomerModel;
class Pager;

// Fills a CustomerModel in the background: every page of ListSubCustomers (pipelined, in
// order), then the balances of the 代售 customers (ListCustomersBalancesDetail, 100 at a time)
// and this month's spend (ListSubcustomerMonthlyBills). Nothing here waits: each answer is a
// signal, so the window stays responsive however many customers there are.
class CustomerLoader : public QObject
{
    Q_OBJECT
public:
    CustomerLoader(BssClient *client, CustomerModel *model, QObject *parent = nullptr);

    // Every customer the filter matches (or the first `maxCustomers`), with their amounts.
    void start(const Operations::CustomerFilter &filter, int maxCustomers = -1);
    void cancel();
    // Reads the balances of these customers again (after an allocation, say).
    void refreshBalances(const QStringList &customerIds);
    bool isRunning() const { return m_running; }
    // The reseller whose customers the last load read (indirect_partner_id); "" for our own.
    QString scope() const { return m_indirectPartnerId; }

signals:
    void progress(int loaded, int total);
    void customersLoaded(int count);
    void finished(const BssError &error); // after customers, balances and spend
    void cancelled();

private:
    void onCustomersDone(const BssError &error);
    void nextBalanceBatch();
    using Sums = QHash<QString, Decimal>; // customer id → amount
    // Adds one page's amounts to the sums; on a page it cannot read it sets *problem.
    using AddPage = std::function<void(const QJsonObject &page, Sums *sums, QString *problem)>;
    // Every page of `factory` summed per customer by `add`, then `done(sums)` once: empty when a
    // page failed or could not be read (that is then the load's error), then partDone().
    void sumPerCustomer(std::function<ApiRequest(int offset, int limit)> factory,
                        const QString &itemsKey, AddPage add,
                        std::function<void(const Sums &)> done);
    void startSpend(const QString &chargeMode);
    void startCoupons();
    void partDone();
    void finish(const BssError &error);
    int maxCustomersOf(int total) const;
    bool applyBalances(const QJsonObject &json); // false: malformed (m_balanceProblem)
    // Keeps the first failed or unreadable part as the load's error; true when there is none.
    bool notePartError(const BssError &error, const QString &malformed);

    BssClient *m_client;
    CustomerModel *m_model;
    QPointer<Pager> m_pager;
    QList<QPointer<BssJob>> m_jobs;
    QStringList m_pendingBalances;
    QHash<QString, Decimal> m_spend; // both charge modes summed before they reach the model
    QString m_indirectPartnerId;
    BssError m_partError; // the first balance, spend or coupon page that failed, this load
    QString m_balanceProblem;
    int m_maxCustomers = -1;
    int m_received = 0; // customers delivered by this load
    int m_balanceJobs = 0;
    int m_spendModesLeft = 0;
    bool m_couponsPending = false;
    bool m_running = false;
    quint64 m_generation = 0;
};
