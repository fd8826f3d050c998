#include "ops/recordload.h"

#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "models/recordtablemodel.h"

#include <memory>

void RecordLoad::stop(QPointer<Pager> *slot, QObject *owner)
{
    if (!*slot)
        return;
    (*slot)->disconnect(owner); // nothing more reaches the owner
    (*slot)->cancel();
    (*slot)->deleteLater();
    *slot = nullptr;
}

BssJob *RecordLoad::send(BssClient *client, const ApiRequest &request, QObject *owner,
                         QPointer<BssJob> *slot)
{
    if (*slot)
        (*slot)->disconnect(owner);
    BssJob *job = client->call(request);
    *slot = job;
    return job;
}

Pager *RecordLoad::replace(BssClient *client, Pager::RequestFactory factory, Pager::Options options,
                           QObject *owner, QPointer<Pager> *slot)
{
    stop(slot, owner); // an older load of this list: its pages must not mix with ours
    auto *pager = new Pager(client, std::move(factory), std::move(options), owner);
    *slot = pager;
    return pager;
}

bool RecordLoad::accept(RecordTableModel *model, const QJsonArray &records, bool append,
                        BssError *error)
{
    const QString problem = model->problemIn(records);
    if (!problem.isEmpty()) {
        model->setRecords({}); // no half-shown list
        *error = BssError::malformed(problem);
        return false;
    }
    if (append)
        model->append(records);
    else
        model->setRecords(records);
    return true;
}

void RecordLoad::fill(BssClient *client, Pager::RequestFactory factory, Pager::Options options,
                      RecordTableModel *model, QObject *owner, QPointer<Pager> *slot,
                      std::function<void(const BssError &)> done)
{
    Pager *pager = replace(client, std::move(factory), std::move(options), owner, slot);
    model->setRecords({});
    auto malformed = std::make_shared<BssError>();
    QObject::connect(pager, &Pager::pageReceived, owner,
                     [model, owner, slot, malformed, done](int, const QJsonArray &items, int) {
                         if (accept(model, items, true, malformed.get()))
                             return;
                         stop(slot, owner); // nothing more of this list is shown
                         done(*malformed);
                     });
    QObject::connect(pager, &Pager::finished, owner, [pager, done](const BssError &e) {
        pager->deleteLater();
        done(e);
    });
    pager->start();
}

void RecordLoad::collect(
    BssClient *client, Pager::RequestFactory factory, Pager::Options options, QObject *owner,
    QPointer<Pager> *slot,
    std::function<void(const BssError &, const QJsonObject &, const QJsonArray &)> done)
{
    Pager *pager = replace(client, std::move(factory), std::move(options), owner, slot);
    auto first = std::make_shared<QJsonObject>();
    auto items = std::make_shared<QJsonArray>();
    QObject::connect(pager, &Pager::firstAnswer, owner,
                     [first](const QJsonObject &json) { *first = json; });
    QObject::connect(pager, &Pager::pageReceived, owner, [items](int, const QJsonArray &page, int) {
        for (const QJsonValue &v : page)
            items->append(v);
    });
    QObject::connect(
        pager, &Pager::finished, owner, [pager, done, first, items](const BssError &e) {
            pager->deleteLater();
            done(e, e.isError() ? QJsonObject() : *first, e.isError() ? QJsonArray() : *items);
        });
    pager->start();
}

std::optional<QJsonArray> RecordLoad::listOf(BssJob *job, const char *key, const QString &what,
                                             BssError *error)
{
    if (job->error().isError()) {
        *error = job->error();
        return std::nullopt;
    }
    const QJsonValue list = job->json().value(QLatin1String(key));
    if (!list.isArray()) {
        *error = BssError::malformed(what);
        return std::nullopt;
    }
    return list.toArray();
}
