#include "ops/pricingloader.h"

#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "ops/recordload.h"

PricingLoader::PricingLoader(BssClient *client, QObject *parent) : QObject(parent), m_client(client)
{}

void PricingLoader::quote(Mode mode, const ApiRequest &request)
{
    // The older inquiry's answer is no longer wanted.
    BssJob *job = RecordLoad::send(m_client, request, this, &m_job);
    connect(job, &BssJob::finished, this, [this, job, mode] {
        m_job = nullptr;
        if (job->error().isError()) {
            emit failed(job->error());
            return;
        }
        QString problem;
        const auto quote =
            mode == Mode::OnDemand ? PriceInquiry::onDemandQuote(job->json(), &problem)
            : mode == Mode::Period ? PriceInquiry::periodQuote(job->json(), &problem)
                                   : PriceInquiry::renewalQuote(job->json(), &problem);
        if (!quote) {
            emit failed(BssError::malformed(problem));
            return;
        }
        emit quoted(*quote);
    });
}
