#pragma once

#include "bss/bsserror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPair>
#include <QPointer>

#include <functional>

class BssClient;
class Pager;
class RecordTableModel;

// The Discounts page's read (本月已优惠): this month's discount per customer, every page, into
// the page's model, with the totals and breakdowns (by payment method and by association type)
// beside it. No API returns that figure; on the China site it is derived, as the console does,
// from the official monthly bill sums of the partner's own customers (ListSubcustomerMonthlyBills,
// yearly/monthly and pay-per-use, consumption bills), with the number of customers that consumed
// (ListConsumeSubCustomers). The sandbox's International site, which has no bill sums, serves the
// figure from a sandbox-only endpoint; a real International site has neither.
class DiscountsLoader : public QObject
{
    Q_OBJECT
public:
    enum class Source { Bills, SandboxFigure, None };
    // A customer's name and association type, from the loaded customer list (the bill sums
    // carry only the id); empty when the customer is not in it.
    using CustomerInfo = std::function<QPair<QString, QString>(const QString &customerId)>;

    DiscountsLoader(BssClient *client, RecordTableModel *customers, QObject *parent = nullptr);

    void setCustomerInfo(CustomerInfo info) { m_info = std::move(info); }
    Source source() const;
    void load();

    // The summary and the per-customer records (largest discount first) of one month's bill
    // sums, as the page shows them: bill_cycle, currency, official_amount (amount + discount),
    // discount_amount, amount, by_payment_method (CASH, CREDIT, COUPON, DEBT, then any other
    // balance type), by_association_type. Only consumption bills (bill_type 0) count.
    static QJsonObject summarize(const QString &cycle, const QString &currency,
                                 const QJsonArray &billSums, const CustomerInfo &info,
                                 QJsonArray *records);

signals:
    // The answer's summary fields (totals, by_association_type, …), without the records.
    void loaded(const QJsonObject &summary);
    void failed(const BssError &error);

private:
    void loadSandboxFigure();
    void loadBills(const QString &cycle, int mode, QJsonArray sums, const QString &currency);
    void finishBills(const QString &cycle, const QJsonArray &sums, const QString &currency);

    BssClient *m_client;
    RecordTableModel *m_customers;
    CustomerInfo m_info;
    QPointer<Pager> m_pager;
    quint64 m_generation = 0;
};
