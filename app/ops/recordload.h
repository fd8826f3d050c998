#pragma once

#include "bss/bsserror.h"
#include "bss/pager.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>

class BssJob;
class RecordTableModel;

// The loaders' shared step for a list shown as records: every page of `factory` into `model`
// (emptied first), in order, then `done(error)` once. The pager is owned by `owner` and deletes
// itself when it ends; a newer fill of the same model cancels the older one through `slot`.
class RecordLoad
{
public:
    static void fill(BssClient *client, Pager::RequestFactory factory, Pager::Options options,
                     RecordTableModel *model, QObject *owner, QPointer<Pager> *slot,
                     std::function<void(const BssError &error)> done);
    // Every page of `factory`, kept until the end: `done(error, first answer, items)` once, the
    // items whole or (on an error) none.
    static void collect(BssClient *client, Pager::RequestFactory factory, Pager::Options options,
                        QObject *owner, QPointer<Pager> *slot,
                        std::function<void(const BssError &error, const QJsonObject &first,
                                           const QJsonArray &items)>
                            done);
    // A new pager in `slot`, owned by `owner`; the one it replaces is stopped first.
    static Pager *replace(BssClient *client, Pager::RequestFactory factory, Pager::Options options,
                          QObject *owner, QPointer<Pager> *slot);
    // Sends `request` as the read in `slot`: the older read there (if any) is not cancelled, but
    // its answer no longer reaches `owner`.
    static BssJob *send(BssClient *client, const ApiRequest &request, QObject *owner,
                        QPointer<BssJob> *slot);
    // Stops the pager in `slot` (if any): cancelled, and nothing more reaches `owner`.
    static void stop(QPointer<Pager> *slot, QObject *owner);
    // `records` into `model` (replacing its records, or after them with `append`) when they fit
    // its columns (RecordTableModel::problemIn); otherwise the model is emptied and `error` says
    // why (a malformed answer).
    static bool accept(RecordTableModel *model, const QJsonArray &records, bool append,
                       BssError *error);
    // The array `key` of a finished job's answer; or nothing, with `error` set: the job's error,
    // or a malformed answer saying `what` is missing.
    static std::optional<QJsonArray> listOf(BssJob *job, const char *key, const QString &what,
                                            BssError *error);
};
