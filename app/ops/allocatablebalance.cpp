#include "ops/allocatablebalance.h"

#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/operations.h"
#include "bss/responses.h"

void AllocatableBalance::fetch(BssClient *client, const QString &indirectPartnerId,
                               QObject *context, std::function<void(const Decimal &)> done)
{
    QString problem;
    BssJob *job = client->call(Operations::listPartnerBalances(indirectPartnerId, &problem));
    QObject::connect(job, &BssJob::finished, context, [job, done] {
        QString problem;
        const auto balances = Responses::partnerBalances(job->json(), &problem);
        Decimal allocatable = Decimal::invalid();
        if (!job->error().isError() && balances) {
            for (const PartnerBalance &b : *balances) {
                if (b.accountType == 1) // cash
                    allocatable = b.amount - b.designatedAmount;
            }
        }
        done(allocatable);
    });
}
