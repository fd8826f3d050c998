#include "ops/resellersloader.h"

#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/operations.h"
#include "bss/responses.h"
#include "models/recordtablemodel.h"
#include "ops/recordload.h"
#include "ops/resellerdirectory.h"

#include <memory>

ResellersLoader::ResellersLoader(BssClient *client, ResellerDirectory *directory,
                                 RecordTableModel *model, QObject *parent)
    : QObject(parent), m_client(client), m_directory(directory), m_model(model)
{
    connect(directory, &ResellerDirectory::changed, this, [this] {
        BssError error;
        if (!RecordLoad::accept(m_model, m_directory->resellers(), false, &error)) {
            emit failed(error);
            return;
        }
        loadBalances();
    });
    connect(directory, &ResellerDirectory::failed, this, &ResellersLoader::failed);
}

void ResellersLoader::load()
{
    m_directory->reload(); // the list arrives through changed()
}

void ResellersLoader::loadBalances()
{
    const quint64 generation = ++m_generation;
    struct Tally
    {
        int pending = 0;
        int unread = 0;
        bool reported = false;
    };
    auto tally = std::make_shared<Tally>();
    // The International site keeps no reseller balances: the list is all there is.
    tally->pending = m_client->offers("ListPartnerBalances") ? m_model->rowCount() : 0;
    if (tally->pending == 0) {
        emit balancesLoaded(0);
        return;
    }
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QString id =
            m_model->record(r).value(QLatin1String("indirect_partner_id")).toString();
        QString problem;
        BssJob *job = m_client->call(Operations::listPartnerBalances(id, &problem));
        connect(job, &BssJob::finished, this, [this, job, id, tally, generation] {
            if (generation != m_generation)
                return; // a newer load owns the model
            QString problem;
            const auto balances = Responses::partnerBalances(job->json(), &problem);
            if (!job->error().isError() && balances) {
                for (const PartnerBalance &b : *balances) {
                    if (b.accountType == 1) // the cash account
                        m_model->setField("indirect_partner_id", id, "balance",
                                          b.amount.withScale(2).toString());
                }
            } else {
                ++tally->unread;
                if (!tally->reported) {
                    tally->reported = true;
                    emit failed(job->error().isError() ? job->error()
                                                       : BssError::malformed(problem));
                }
            }
            if (--tally->pending == 0)
                emit balancesLoaded(tally->unread);
        });
    }
}
