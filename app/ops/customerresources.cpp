#include "ops/customerresources.h"

#include "bss/orderoperations.h"
#include "models/recordtablemodel.h"
#include "ops/recordload.h"

#include <QJsonObject>

#include <algorithm>

CustomerResources::CustomerResources(BssClient *client, RecordTableModel *model, QObject *parent)
    : QObject(parent), m_client(client), m_model(model)
{}

QJsonArray CustomerResources::expiringFirst(const QJsonArray &records, const QDateTime &now)
{
    struct Row
    {
        QDateTime expires;
        QJsonObject record;
    };
    QList<Row> rows;
    const QDate today = now.toLocalTime().date();
    for (const QJsonValue &v : records) {
        QJsonObject o = v.toObject();
        const QDateTime expires =
            QDateTime::fromString(o.value(QLatin1String("expire_time")).toString(), Qt::ISODate);
        if (expires.isValid())
            o.insert(QLatin1String("days_left"), today.daysTo(expires.toLocalTime().date()));
        rows.append({expires, o});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.expires.isValid() != b.expires.isValid())
            return a.expires.isValid();
        return a.expires.isValid() && a.expires < b.expires;
    });
    QJsonArray out;
    for (const Row &r : std::as_const(rows))
        out.append(r.record);
    return out;
}

void CustomerResources::clear()
{
    RecordLoad::stop(&m_pager, this);
    m_customerId.clear();
    m_model->setRecords({});
}

int CustomerResources::expiringSoon() const
{
    int n = 0;
    for (const QJsonValue &v : m_model->records()) {
        const QJsonValue days = v[QLatin1String("days_left")];
        if (v[QLatin1String("status")].toInt() == 2 && days.isDouble() && days.toInt() >= 0 &&
            days.toInt() <= SoonDays)
            ++n;
    }
    return n;
}

void CustomerResources::load(const QString &customerId)
{
    clear();
    m_customerId = customerId;
    OrderOperations::ResourceFilter f;
    f.customerId = customerId;
    f.statuses = {2, 4, 5}; // in use, frozen, expired
    QString problem;
    OrderOperations::listCustomerResources(f, 0, 100, &problem);
    if (!problem.isEmpty()) {
        emit failed(BssError::invalidRequest(problem));
        return;
    }
    RecordLoad::collect(
        m_client,
        [f](int offset, int limit) {
            QString ignored;
            return OrderOperations::listCustomerResources(f, offset, limit, &ignored);
        },
        {QStringLiteral("data"), 100, 1, MaxRecords}, this, &m_pager,
        [this](const BssError &error, const QJsonObject &, const QJsonArray &items) {
            BssError e = error;
            const QString problem = e.isError() ? QString() : m_model->problemIn(items);
            if (!problem.isEmpty())
                e = BssError::malformed(problem);
            if (!e.isError() &&
                RecordLoad::accept(m_model, expiringFirst(items, QDateTime::currentDateTimeUtc()),
                                   false, &e)) {
                emit loaded(m_model->rowCount());
                return;
            }
            emit failed(e);
        });
}
