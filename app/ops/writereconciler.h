#pragma once

#include "core/writejournal.h"
#include "ops/writeoutcome.h"
#include "ops/writer.h"

#include <QList>
#include <QObject>

// On start (GUI and CLI): the writes of this profile that have an intent and no outcome (the
// program was killed, the machine went down) are shown as interrupted and settled against the
// server's records by the same rules as a lost answer (VerifiedWrite::resume).
class WriteReconciler : public QObject
{
    Q_OBJECT
public:
    explicit WriteReconciler(const Writer &writer, QObject *parent = nullptr);
    // Finds them (synchronously: one indexed query) and starts settling; finished() follows,
    // also when there are none.
    void start();

signals:
    void settled(const WriteJournal::Intent &intent, const WriteOutcome &outcome);
    void finished(int count);

private:
    Writer m_writer;
    QList<WriteJournal::Intent> m_intents;
    int m_pending = 0;
};
