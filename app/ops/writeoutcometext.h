#pragma once

#include "ops/writeoutcome.h"

#include <QCoreApplication>

// How a write ended, in one or two sentences of the UI language: the same words in every
// dialog, page and the CLI's messages (the JSON keeps the machine names).
class WriteOutcomeText
{
    Q_DECLARE_TR_FUNCTIONS(WriteOutcomeText)
public:
    static QString describe(const WriteOutcome &outcome);
    // "Checking the records again at 16:05:12" while it is unknown for now.
    static QString checking(const WriteOutcome &outcome);
    // Why nothing was sent: the local audit log cannot be written (`why`).
    static QString auditLogUnavailable(const QString &why);
    // The writes an earlier run left unfinished, checked against the server at start.
    static QString interruptedSettled(int count, int done, int notApplied, int unknown);
    // The machine name for JSON: done, not_applied, unknown, interrupted, skipped.
    static QString jsonName(WriteOutcome::Kind kind);
    static QJsonObject toJson(const WriteOutcome &outcome);
};
