#include "ops/marketplaceloader.h"

#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/responses.h"
#include "models/recordtablemodel.h"
#include "ops/recordload.h"
#include "ops/settlementloader.h"

#include <memory>

MarketplaceLoader::MarketplaceLoader(BssClient *client, RecordTableModel *bills, QObject *parent)
    : QObject(parent), m_client(client), m_bills(bills)
{}

void MarketplaceLoader::loadBills(const QString &kind, const QString &status, const QString &period)
{
    const quint64 generation = ++m_generation;
    RecordLoad::fill(
        m_client,
        [kind, status, period](int offset, int limit) {
            return SettlementLoader::listRequest(kind, status, period, offset, limit);
        },
        Pager::Options{QStringLiteral("settlements"), 100, 2, 10000}, m_bills, this, &m_pager,
        [this, generation](const BssError &e) {
            if (generation != m_generation)
                return;
            if (e.isError()) {
                emit failed(e);
                return;
            }
            emit billsListed();
            indexCustomers(generation);
        });
}

// A few calls: the details of the bills not seen before, at most the first 200.
void MarketplaceLoader::indexCustomers(quint64 generation)
{
    QStringList missing;
    for (int r = 0; r < qMin(m_bills->rowCount(), 200); ++r) {
        const QString id = m_bills->record(r).value(QLatin1String("settlement_id")).toString();
        const auto known = m_customersOf.constFind(id);
        if (known != m_customersOf.constEnd())
            m_bills->setField("settlement_id", id, "customers", *known);
        else
            missing << id;
    }
    if (missing.isEmpty()) {
        emit billsLoaded();
        return;
    }
    auto pending = std::make_shared<int>(int(missing.size()));
    for (const QString &id : missing) {
        BssJob *job = m_client->call(SettlementLoader::detailRequest(id));
        connect(job, &BssJob::finished, this, [this, job, id, pending, generation] {
            QString problem;
            const auto detail = job->error().isError()
                                    ? std::nullopt
                                    : Responses::settlementDetail(job->json(), &problem);
            if (detail) { // a bill that cannot be read stays unsearchable
                QStringList who;
                for (const SettlementItem &item : detail->items)
                    who << item.customerId << item.customerName;
                m_customersOf.insert(id, who.join(u'\n'));
                if (generation == m_generation)
                    m_bills->setField("settlement_id", id, "customers", m_customersOf.value(id));
            }
            if (--*pending == 0 && generation == m_generation)
                emit billsLoaded();
        });
    }
}

void MarketplaceLoader::loadDetails(const QString &settlementId)
{
    BssJob *job = m_client->call(SettlementLoader::detailRequest(settlementId));
    connect(job, &BssJob::finished, this, [this, job] {
        if (job->error().isError()) {
            emit failed(job->error());
            return;
        }
        QString problem;
        const auto detail = Responses::settlementDetail(job->json(), &problem);
        if (!detail) {
            emit failed(BssError::malformed(problem));
            return;
        }
        emit detailsLoaded(detail->bill, detail->itemRecords, detail->history);
    });
}
