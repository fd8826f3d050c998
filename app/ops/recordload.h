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
                     std::function<void(const BssError &error)> done,
                     std::function<void(const QJsonObject &first)> first = {});
    // Every page of `factory`, kept until the end: `done(error, first answer, items)` once, the
    // items whole or (on an error) none.
    static void collect(BssClient *client, Pager::RequestFactory factory, Pager::Options options,
                        QObject *owner, QPointer<Pager> *slot,
                        std::function<void(const BssError &error, const QJsonObject &first,
                                           const QJsonArray &items)>
                            done);
    // The array `key` of a finished job's answer; or nothing, with `error` set: the job's error,
    // or a malformed answer saying `what` is missing.
    static std::optional<QJsonArray> listOf(BssJob *job, const char *key, const QString &what,
                                            BssError *error);
};
