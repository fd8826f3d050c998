#include "ops/unbindrequestsloader.h"

#include "bss/bssclient.h"
#include "models/recordtablemodel.h"
#include "ops/recordload.h"
#include "ops/writespecs.h"

UnbindRequestsLoader::UnbindRequestsLoader(BssClient *client, RecordTableModel *model,
                                           QObject *parent)
    : QObject(parent), m_client(client), m_model(model)
{}

bool UnbindRequestsLoader::offered() const
{
    return m_client->offers("SandboxListUnbindRequests");
}

void UnbindRequestsLoader::load()
{
    if (!offered()) {
        m_model->setRecords({});
        emit loaded(); // none to show: the console has them (ConsoleLinks)
        return;
    }
    RecordLoad::fill(
        m_client,
        [](int offset, int limit) {
            ApiRequest r = WriteSpecs::named("SandboxListUnbindRequests");
            r.addQuery("offset", QString::number(offset));
            r.addQuery("limit", QString::number(limit));
            return r;
        },
        {QStringLiteral("requests")}, m_model, this, &m_pager,
        [this](const BssError &error) {
            if (error.isError())
                emit failed(error);
            else
                emit loaded();
        });
}

QSet<QString> UnbindRequestsLoader::pendingCustomerIds() const
{
    QSet<QString> ids;
    for (const QJsonValue &v : m_model->records()) {
        if (v[QLatin1String("status")].toString() == u"SUBMITTED")
            ids.insert(v[QLatin1String("customer_id")].toString());
    }
    return ids;
}
