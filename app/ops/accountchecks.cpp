#include "ops/accountchecks.h"

#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/jsonbody.h"
#include "bss/operations.h"
#include "bss/responses.h"

void AccountChecks::domainId(BssClient *client, QObject *context,
                             std::function<void(const QString &, const BssError &)> done)
{
    BssJob *job = client->call(Operations::listAuthDomains());
    QObject::connect(job, &BssJob::finished, context, [job, done] {
        if (job->error().isError()) {
            done(QString(), job->error());
            return;
        }
        QString problem;
        const auto id = Responses::domainId(job->json(), &problem);
        if (!id)
            done(QString(), BssError::malformed(problem));
        else
            done(*id, BssError());
    });
}

void AccountChecks::unbind(BssClient *client, const QString &customerId, const QString &scope,
                           QObject *context,
                           std::function<void(bool, const QStringList &, const BssError &)> done)
{
    QString problem;
    ApiRequest r = Operations::byName(QStringLiteral("SandboxCheckUnbind"), &problem);
    JsonBody b;
    b.add("customer_id", customerId).addIfSet("indirect_partner_id", scope);
    r.body = b.bytes();
    BssJob *job = client->call(r);
    QObject::connect(job, &BssJob::finished, context, [job, done] {
        if (job->error().isError()) {
            done(false, {}, job->error());
            return;
        }
        QString problem;
        const auto check = Responses::unbindCheck(job->json(), &problem);
        if (!check)
            done(false, {}, BssError::malformed(problem));
        else
            done(check->passed, check->failedItems, BssError());
    });
}
