#include "ops/discountsloader.h"

#include "bss/operations.h"
#include "models/recordtablemodel.h"
#include "ops/recordload.h"

DiscountsLoader::DiscountsLoader(BssClient *client, RecordTableModel *customers, QObject *parent)
    : QObject(parent), m_client(client), m_customers(customers)
{}

void DiscountsLoader::load()
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
