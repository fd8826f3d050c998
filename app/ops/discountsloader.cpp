#include "ops/discountsloader.h"

#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/operations.h"
#include "core/billperiod.h"
#include "core/decimal.h"
#include "models/recordtablemodel.h"
#include "ops/recordload.h"

#include <QMap>

#include <algorithm>

namespace {

const char *const kModes[] = {"1", "3"}; // yearly/monthly, pay-per-use

struct Sum
{
    Decimal official = Decimal::fromMantissa(0, 2);
    Decimal discount = Decimal::fromMantissa(0, 2);
    Decimal amount = Decimal::fromMantissa(0, 2);
};

QJsonObject sumJson(const Sum &s)
{
    return {{QStringLiteral("official_amount"), s.official.toString()},
            {QStringLiteral("discount_amount"), s.discount.toString()},
            {QStringLiteral("amount"), s.amount.toString()}};
}

// The discounts page's payment method of an account_details balance type.
QString methodOf(const QString &balanceType)
{
    if (balanceType == u"BALANCE_TYPE_DEBIT")
        return QStringLiteral("CASH");
    if (balanceType == u"BALANCE_TYPE_CREDIT")
        return QStringLiteral("CREDIT");
    if (balanceType == u"BALANCE_TYPE_COUPON")
        return QStringLiteral("COUPON");
    return balanceType;
}

Decimal amountOf(const QJsonValue &v)
{
    return Decimal::fromJson(v).value_or(Decimal::fromMantissa(0, 2));
}

} // namespace

DiscountsLoader::DiscountsLoader(BssClient *client, RecordTableModel *customers, QObject *parent)
    : QObject(parent), m_client(client), m_customers(customers)
{}

DiscountsLoader::Source DiscountsLoader::source() const
{
    if (m_client->offers("ListSubcustomerMonthlyBills"))
        return Source::Bills;
    if (m_client->offers("SandboxShowMonthDiscounts"))
        return Source::SandboxFigure;
    return Source::None;
}

QJsonObject DiscountsLoader::summarize(const QString &cycle, const QString &currency,
                                       const QJsonArray &billSums, const CustomerInfo &info,
                                       QJsonArray *records)
{
    QMap<QString, Sum> byCustomer, byType;
    QList<QString> order; // customers in the order first seen (ties keep it)
    QMap<QString, Decimal> methods;
    QStringList methodOrder{QStringLiteral("CASH"), QStringLiteral("CREDIT"),
                            QStringLiteral("COUPON"), QStringLiteral("DEBT")};
    for (const QString &m : std::as_const(methodOrder))
        methods[m] = Decimal::fromMantissa(0, 2);
    Sum total;
    QMap<QString, QPair<QString, QString>> known;
    for (const QJsonValue &v : billSums) {
        const QJsonObject b = v.toObject();
        if (b.value(QLatin1String("bill_type")).toString(QStringLiteral("0")) != u"0")
            continue; // refunds and write-offs are not discounts
        const QString id = b.value(QLatin1String("customer_id")).toString();
        if (!byCustomer.contains(id)) {
            order.append(id);
            known[id] = info ? info(id) : QPair<QString, QString>();
        }
        const Decimal amount = amountOf(b.value(QLatin1String("amount")));
        const Decimal discount = amountOf(b.value(QLatin1String("discount_amount")));
        for (Sum *s : {&byCustomer[id], &byType[known[id].second], &total}) {
            s->official += amount + discount;
            s->discount += discount;
            s->amount += amount;
        }
        for (const QJsonValue &d : b.value(QLatin1String("account_details")).toArray()) {
            const QString method = methodOf(d[QLatin1String("balance_type")].toString());
            if (!methods.contains(method)) {
                methodOrder.append(method);
                methods[method] = Decimal::fromMantissa(0, 2);
            }
            methods[method] += amountOf(d[QLatin1String("amount")]);
        }
        methods[QStringLiteral("DEBT")] += amountOf(b.value(QLatin1String("debt_amount")));
    }
    QJsonArray byMethod;
    for (const QString &m : std::as_const(methodOrder))
        byMethod.append(QJsonObject{{QStringLiteral("payment_method"), m},
                                    {QStringLiteral("amount"), methods[m].toString()}});
    QJsonArray types;
    for (auto it = byType.cbegin(); it != byType.cend(); ++it) {
        QJsonObject o = sumJson(*it);
        o.insert(QLatin1String("association_type"), it.key());
        types.append(o);
    }
    std::stable_sort(order.begin(), order.end(), [&](const QString &a, const QString &b) {
        return byCustomer[a].discount > byCustomer[b].discount;
    });
    *records = QJsonArray();
    for (const QString &id : std::as_const(order)) {
        QJsonObject o = sumJson(byCustomer[id]);
        o.insert(QLatin1String("customer_id"), id);
        o.insert(QLatin1String("customer_name"), known[id].first);
        o.insert(QLatin1String("association_type"), known[id].second);
        records->append(o);
    }
    QJsonObject summary = sumJson(total);
    summary.insert(QLatin1String("bill_cycle"), cycle);
    summary.insert(QLatin1String("currency"), currency);
    summary.insert(QLatin1String("by_payment_method"), byMethod);
    summary.insert(QLatin1String("by_association_type"), types);
    summary.insert(QLatin1String("total_count"), int(records->size()));
    return summary;
}

void DiscountsLoader::load()
{
    ++m_generation;
    switch (source()) {
    case Source::Bills:
        loadBills(BillPeriod::current(), 0, {}, QString());
        return;
    case Source::SandboxFigure:
        loadSandboxFigure();
        return;
    case Source::None:
        m_customers->setRecords({});
        emit loaded({});
        return;
    }
}

// One charge mode's bill sums, every page; then the next mode, then the count of consumers.
void DiscountsLoader::loadBills(const QString &cycle, int mode, QJsonArray sums,
                                const QString &currency)
{
    if (mode == int(std::size(kModes))) {
        finishBills(cycle, sums, currency);
        return;
    }
    const QString chargeMode = QLatin1String(kModes[mode]);
    RecordLoad::collect(
        m_client,
        [cycle, chargeMode](int offset, int limit) {
            QString ignored;
            ApiRequest r = Operations::listMonthlyBills(cycle, chargeMode, QString(), QString(),
                                                        offset, limit, &ignored);
            r.addQuery("bill_type", QStringLiteral("0")); // consumption
            return r;
        },
        {QStringLiteral("bill_sums"), 100, 2, 100000}, this, &m_pager,
        [this, cycle, mode, sums, currency](const BssError &e, const QJsonObject &first,
                                            const QJsonArray &items) mutable {
            if (e.isError()) {
                emit failed(e);
                return;
            }
            for (const QJsonValue &v : items) {
                const QJsonObject b = v.toObject();
                if (!v.isObject() || b.value(QLatin1String("customer_id")).toString().isEmpty() ||
                    !Decimal::fromJson(b.value(QLatin1String("amount"))) ||
                    !Decimal::fromJson(b.value(QLatin1String("discount_amount")))) {
                    emit failed(BssError::malformed(
                        tr("a bill sum has no customer_id, amount or discount_amount")));
                    return;
                }
                sums.append(v);
            }
            const QString c = first.value(QLatin1String("currency")).toString();
            loadBills(cycle, mode + 1, sums, currency.isEmpty() ? c : currency);
        });
}

void DiscountsLoader::finishBills(const QString &cycle, const QJsonArray &sums,
                                  const QString &currency)
{
    QString ignored;
    BssJob *job = m_client->call(Operations::listConsumingCustomers(cycle, 0, 1, &ignored));
    const quint64 generation = m_generation;
    connect(job, &BssJob::finished, this, [this, job, cycle, sums, currency, generation] {
        if (generation != m_generation)
            return; // a newer load is under way
        if (job->error().isError()) {
            emit failed(job->error());
            return;
        }
        QJsonArray records;
        QJsonObject summary = summarize(cycle, currency, sums, m_info, &records);
        BssError error;
        if (!RecordLoad::accept(m_customers, records, false, &error)) {
            emit failed(error);
            return;
        }
        summary.insert(QLatin1String("consuming_customers"),
                       job->json().value(QLatin1String("total_count")).toInt());
        emit loaded(summary);
    });
}

void DiscountsLoader::loadSandboxFigure()
{
    RecordLoad::collect(
        m_client,
        [](int offset, int limit) {
            QString ignored;
            ApiRequest r =
                Operations::byName(QStringLiteral("SandboxShowMonthDiscounts"), &ignored);
            r.addQuery("offset", QString::number(offset));
            r.addQuery("limit", QString::number(limit));
            return r;
        },
        Pager::Options{QStringLiteral("records"), 100, 2, 5000}, this, &m_pager,
        [this](const BssError &e, const QJsonObject &first, const QJsonArray &records) {
            BssError error = e;
            if (error.isError() || !RecordLoad::accept(m_customers, records, false, &error)) {
                emit failed(error);
                return;
            }
            QJsonObject summary = first; // totals and breakdowns ride on each page
            summary.remove(QLatin1String("records"));
            emit loaded(summary);
        });
}
