#pragma once

#include "bss/apirequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Builders for a customer's orders and yearly/monthly resources, on both sites (the SDK's bss and
// bssintl modules have the same operations): ListCustomerOrders, ShowCustomerOrderDetails and
// ListPayPerUseCustomerResources (包年/包月资源); and the products' incentive policies, which
// set what an order earns (ListIncentiveDiscountPolicies, China only). Like Operations, each checks
// the documented limits first: on bad input it returns an empty request and sets *problem to a
// translated message.
class OrderOperations
{
    Q_DECLARE_TR_FUNCTIONS(OrderOperations)
public:
    // Resource states (status_list): 2 in use, 3 closed, 4 frozen, 5 expired.
    struct ResourceFilter
    {
        QString customerId;      // required: a partner lists one customer's resources
        QStringList resourceIds; // at most 50
        QString orderId;
        QList<int> statuses;  // empty: every state
        bool mainOnly = true; // primary resources only (the VM, not its disks)
        QDateTime expireFrom, expireTo;
        QString serviceType; // hws.service.type.ec2, …; never an empty string
    };
    static constexpr int MaxResourceIds = 50;

    // A customer's newest orders first (ListCustomerOrders, order_by -createTime).
    static ApiRequest listCustomerOrders(const QString &customerId,
                                         const QString &indirectPartnerId, int offset, int limit,
                                         QString *problem);
    static ApiRequest listCustomerResources(const ResourceFilter &filter, int offset, int limit,
                                            QString *problem);
    // 产品激励策略 (China): each service's incentive and discount policy at the end of `month`
    // (YYYY-MM, UTC+8); `serviceType` empty: every service.
    static ApiRequest listIncentivePolicies(const QString &month, const QString &serviceType,
                                            int offset, int limit, QString *problem);
    // One order's header and line items (a page of them: offset, limit 1-100).
    static ApiRequest showOrderDetails(const QString &orderId, const QString &indirectPartnerId,
                                       int offset, int limit, QString *problem);
};
