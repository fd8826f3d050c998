#pragma once

#include "bss/apirequest.h"
#include "bss/bsserror.h"
#include "core/decimal.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QObject>

#include <functional>

class BssClient;

// Everything the detail pane shows about one customer, fetched in parallel: six months of
// spend (both charge modes) with this month's discount and its split by payment method, the
// coupons issued to it, recent orders and adjust records. Each part arrives on its own signal.
class CustomerDetail : public QObject
{
    Q_OBJECT
public:
    struct Month
    {
        QString cycle; // yyyy-MM
        Decimal spend = Decimal::fromMantissa(0, 2);
        Decimal discount = Decimal::fromMantissa(0, 2);
    };

    CustomerDetail(BssClient *client, QObject *parent = nullptr);

    void load(const QString &customerId, const QString &indirectPartnerId);
    QString customerId() const { return m_customerId; }
    const QList<Month> &months() const { return m_months; } // oldest first
    // This month's payment split: BALANCE_TYPE_DEBIT, _CREDIT, _COUPON, … → amount.
    const QMap<QString, Decimal> &paymentSplit() const { return m_split; }
    const QJsonArray &coupons() const { return m_coupons; }
    const QJsonArray &orders() const { return m_orders; }
    const QJsonArray &adjustRecords() const { return m_adjust; }

signals:
    void spendLoaded();
    void couponsLoaded();
    void ordersLoaded();
    void adjustRecordsLoaded();
    void failed(const BssError &error);

private:
    void call(const ApiRequest &request, std::function<void(const QJsonObject &)> done);
    void addSpend(int month, const QJsonObject &json);

    BssClient *m_client;
    QString m_customerId;
    QList<Month> m_months;
    QMap<QString, Decimal> m_split;
    QJsonArray m_coupons;
    QJsonArray m_orders;
    QJsonArray m_adjust;
    int m_spendLeft = 0;
    quint64 m_generation = 0;
};
