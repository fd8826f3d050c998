#include "ops/accountchecks.h"

#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/jsonbody.h"
#include "bss/operations.h"
#include "bss/responses.h"

#include <QCoreApplication>
#include <QJsonArray>

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
        const QJsonValue passed = job->json().value(QLatin1String("passed"));
        if (!passed.isBool()) {
            done(false, {},
                 BssError::malformed(QCoreApplication::translate(
                     "AccountChecks", "the answer does not say whether the check passed")));
            return;
        }
        QStringList items;
        for (const QJsonValue &v : job->json().value(QLatin1String("failed_items")).toArray())
            items.append(v.toString());
        done(passed.toBool(), items, BssError());
    });
}
