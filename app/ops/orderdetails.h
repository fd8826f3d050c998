#pragma once

#include "bss/bsserror.h"
#include "bss/pager.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class BssClient;
class RecordTableModel;

// One customer order's details (ShowCustomerOrderDetails): its header (amounts, times, state) and
// every page of its line items, each line with its period as {"type", "num"} for the Period
// column. The order dialog and `partnerdesk-cli orders show` read it.
class OrderDetails : public QObject
{
    Q_OBJECT
public:
    OrderDetails(BssClient *client, RecordTableModel *lines, QObject *parent = nullptr);

    void load(const QString &orderId, const QString &indirectPartnerId);
    const QJsonObject &order() const { return m_order; } // order_info, as sent

signals:
    void loaded();
    void failed(const BssError &error);

private:
    BssClient *m_client;
    RecordTableModel *m_lines;
    QJsonObject m_order;
    QPointer<Pager> m_pager;
};
