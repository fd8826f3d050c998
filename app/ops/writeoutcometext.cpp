#include "ops/writeoutcometext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

QString WriteOutcomeText::checking(const WriteOutcome &o)
{
    const QString at = QLocale().toString(o.nextCheck.toLocalTime().time(), QLocale::LongFormat);
    return tr("The answer did not arrive, and the server's records do not show this write yet. "
              "Checking them again at %1; nothing is sent again.")
        .arg(at);
}

QString WriteOutcomeText::auditLogUnavailable(const QString &why)
{
    return tr("The local audit log cannot be written (%1), so nothing was sent.").arg(why);
}

QString WriteOutcomeText::describe(const WriteOutcome &o)
{
    QString text;
    switch (o.kind) {
    case WriteOutcome::Kind::Done:
        text = o.fromRecords ? tr("Done: the answer was lost, but a new record on the server "
                                  "(%1) shows it was applied.")
                                   .arg(o.reference)
                             : tr("Done.");
        if (!o.fromRecords && !o.reference.isEmpty())
            text += u'\n' + tr("Reference: %1").arg(o.reference);
        break;
    case WriteOutcome::Kind::NotApplied:
        if (!o.sent)
            text = tr("Not sent: %1").arg(o.error.userMessage());
        else if (o.error.outcomeUnknown())
            text = tr("Not applied: the answer was lost, and the server's records still show "
                      "nothing %n second(s) after sending, so it is safe to try again.",
                      nullptr, int(o.sentAt.secsTo(o.settledAt)));
        else
            text = tr("Not applied: %1").arg(o.error.userMessage());
        break;
    case WriteOutcome::Kind::Unknown:
        text = o.candidates.isEmpty()
                   ? tr("The outcome is unknown: %1\nCheck the records before you try again; "
                        "PartnerDesk will not repeat it on its own.")
                         .arg(o.error.userMessage())
                   : tr("The outcome is unknown: the server has more new matching records than "
                        "this computer's writes (%1), so another client may have written the "
                        "same. Check them before you try again.")
                         .arg(QLocale().createSeparatedList(o.candidates));
        break;
    case WriteOutcome::Kind::Interrupted:
        text = tr("Interrupted: the program stopped before this write was settled. It will be "
                  "checked against the server's records on the next start.");
        break;
    case WriteOutcome::Kind::Skipped:
        text = tr("Skipped (%1): nothing was sent.").arg(o.skipReason);
        break;
    }
    if (!o.history.isEmpty())
        text += u'\n' + o.history.join(u'\n');
    return text;
}

QString WriteOutcomeText::jsonName(WriteOutcome::Kind kind)
{
    return WriteOutcome::resultName(kind).replace(u'-', u'_');
}

QJsonObject WriteOutcomeText::toJson(const WriteOutcome &o)
{
    QJsonObject j{{QStringLiteral("outcome"), jsonName(o.kind)},
                  {QStringLiteral("confirmed_by_records"), o.fromRecords},
                  {QStringLiteral("sent"), o.sent}};
    if (!o.reference.isEmpty())
        j.insert(QLatin1String("transaction_id"), o.reference);
    if (!o.recordKey.isEmpty())
        j.insert(QLatin1String("record"), o.recordKey);
    if (!o.requestId.isEmpty())
        j.insert(QLatin1String("request_id"), o.requestId);
    if (o.intentId > 0)
        j.insert(QLatin1String("intent_id"), o.intentId);
    if (o.wasInterrupted)
        j.insert(QLatin1String("interrupted"), true);
    if (!o.candidates.isEmpty())
        j.insert(QLatin1String("candidates"), QJsonArray::fromStringList(o.candidates));
    if (!o.history.isEmpty())
        j.insert(QLatin1String("history"), QJsonArray::fromStringList(o.history));
    if (!o.skipReason.isEmpty())
        j.insert(QLatin1String("skip_reason"), o.skipReason);
    if (o.error.isError()) {
        j.insert(QLatin1String("error_code"), o.error.code());
        j.insert(QLatin1String("error_msg"), describe(o));
    }
    return j;
}

QString WriteOutcomeText::interruptedSettled(int count, int done, int notApplied, int unknown)
{
    return tr("%n write(s) that an earlier run left unfinished were checked against the server: "
              "%1 done, %2 not applied, %3 unknown. Details are in Tools > Audit log.",
              nullptr, count)
        .arg(done)
        .arg(notApplied)
        .arg(unknown);
}
