#include "ops/customerdetail.h"

#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/operations.h"
#include "bss/orderoperations.h"
#include "bss/responses.h"
#include "core/billperiod.h"

#include <functional>

CustomerDetail::CustomerDetail(BssClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{}

void CustomerDetail::call(const ApiRequest &request, std::function<void(const QJsonObject &)> done)
{
    if (!Operations::availableOn(request.operation, m_client->endpoint())) {
        // A part the profile's site has no operation for arrives empty, not as an error.
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, done, generation] {
                if (generation == m_generation)
                    done(QJsonObject());
            },
            Qt::QueuedConnection);
        return;
    }
    BssJob *job = m_client->call(request);
    const quint64 generation = m_generation;
    connect(job, &BssJob::finished, this, [this, job, done, generation] {
        if (generation != m_generation)
            return; // another customer was selected meanwhile
        if (job->error().isError()) {
            emit failed(job->error());
            return;
        }
        done(job->json());
    });
}

// One charge mode's bill sums of month `i`; this month's also split by payment method.
void CustomerDetail::addSpend(int i, const QJsonObject &json)
{
    QString problem;
    const auto sums = Responses::billSums(json, &problem);
    if (!sums) {
        ++m_generation; // the rest of this customer's answers no longer matter
        emit failed(BssError::malformed(problem));
        return;
    }
    const bool current = i == m_months.size() - 1;
    const Decimal zero = Decimal::fromMantissa(0, 2);
    for (const BillSum &b : sums->items) {
        m_months[i].spend += b.amount;
        m_months[i].discount += b.discount;
        if (!current)
            continue;
        for (const auto &paid : b.paidBy)
            m_split[paid.first] = m_split.value(paid.first, zero) + paid.second;
        if (!b.debt.isZero())
            m_split[QStringLiteral("DEBT")] = m_split.value(QStringLiteral("DEBT"), zero) + b.debt;
    }
    if (--m_spendLeft == 0)
        emit spendLoaded();
}

void CustomerDetail::load(const QString &customerId, const QString &ip)
{
    ++m_generation;
    m_customerId = customerId;
    m_months.clear();
    m_split.clear();
    m_coupons = m_orders = m_adjust = QJsonArray();
    const QDate thisMonth = BillPeriod::today();
    for (int m = 5; m >= 0; --m)
        m_months.append({thisMonth.addMonths(-m).toString(QStringLiteral("yyyy-MM"))});
    if (!m_client->offers("ListSubcustomerMonthlyBills"))
        m_months.clear(); // no monthly bills on this site: no spend to chart
    m_spendLeft = int(m_months.size()) * 2;
    if (m_spendLeft == 0)
        QMetaObject::invokeMethod(this, &CustomerDetail::spendLoaded, Qt::QueuedConnection);
    QString problem;
    for (int i = 0; i < m_months.size(); ++i) {
        for (const char *mode : {"1", "3"}) {
            call(Operations::listMonthlyBills(m_months[i].cycle, QLatin1String(mode), customerId,
                                              ip, 0, 100, &problem),
                 [this, i](const QJsonObject &json) { addSpend(i, json); });
        }
    }
    Operations::CouponFilter coupons;
    coupons.customerId = customerId;
    coupons.indirectPartnerId = ip;
    call(Operations::listIssuedPartnerCoupons(coupons, 0, 100, &problem),
         [this](const QJsonObject &json) {
             m_coupons = json.value(QLatin1String("user_coupons")).toArray();
             emit couponsLoaded();
         });
    call(OrderOperations::listCustomerOrders(customerId, ip, 0, 10, &problem),
         [this](const QJsonObject &json) {
             m_orders = json.value(QLatin1String("order_infos")).toArray();
             emit ordersLoaded();
         });
    Operations::AdjustRecordFilter adjust;
    adjust.customerId = customerId;
    adjust.indirectPartnerId = ip;
    call(Operations::listPartnerAdjustRecords(adjust, 0, 10, &problem),
         [this](const QJsonObject &json) {
             m_adjust = json.value(QLatin1String("records")).toArray();
             emit adjustRecordsLoaded();
         });
}
