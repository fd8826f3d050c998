#include "ops/orderdetails.h"

#include "bss/orderoperations.h"
#include "core/decimal.h"
#include "models/recordtablemodel.h"
#include "ops/recordload.h"

#include <QJsonArray>

namespace {

// Why `order` (order_info) cannot be shown; empty when it can.
QString orderProblem(const QJsonValue &order)
{
    if (!order.isObject())
        return OrderDetails::tr("the answer has no order_info");
    if (order[QLatin1String("order_id")].toString().isEmpty())
        return OrderDetails::tr("the order has no order_id");
    for (const char *amount : {"official_amount", "amount_after_discount"}) {
        const QJsonValue v = order[QLatin1String(amount)];
        if (!v.isUndefined() && !v.isNull() && !Decimal::fromJson(v))
            return OrderDetails::tr("the amount \"%1\" is not a number").arg(QLatin1String(amount));
    }
    return QString();
}

} // namespace

OrderDetails::OrderDetails(BssClient *client, RecordTableModel *lines, QObject *parent)
    : QObject(parent), m_client(client), m_lines(lines)
{}

void OrderDetails::load(const QString &orderId, const QString &ip)
{
    m_order = QJsonObject();
    m_lines->setRecords({});
    QString problem;
    OrderOperations::showOrderDetails(orderId, ip, 0, 100, &problem);
    if (!problem.isEmpty()) {
        emit failed(BssError::invalidRequest(problem));
        return;
    }
    RecordLoad::collect(
        m_client,
        [orderId, ip](int offset, int limit) {
            QString ignored;
            return OrderOperations::showOrderDetails(orderId, ip, offset, limit, &ignored);
        },
        {QStringLiteral("order_line_items")}, this, &m_pager,
        [this](const BssError &error, const QJsonObject &first, const QJsonArray &items) {
            if (error.isError()) {
                emit failed(error);
                return;
            }
            const QString problem = orderProblem(first.value(QLatin1String("order_info")));
            if (!problem.isEmpty()) {
                emit failed(BssError::malformed(problem));
                return;
            }
            QJsonArray lines;
            for (const QJsonValue &v : items) {
                if (!v.isObject()) {
                    lines.append(v); // refused below, with the others
                    continue;
                }
                QJsonObject line = v.toObject();
                if (line.contains(QLatin1String("period_type")))
                    line.insert(
                        QLatin1String("period"),
                        QJsonObject{{QStringLiteral("type"), line[QLatin1String("period_type")]},
                                    {QStringLiteral("num"), line[QLatin1String("period_num")]}});
                lines.append(line);
            }
            BssError malformed;
            if (!RecordLoad::accept(m_lines, lines, false, &malformed)) {
                emit failed(malformed);
                return;
            }
            m_order = first.value(QLatin1String("order_info")).toObject();
            emit loaded();
        });
}
