// The CLI's writes: every money, coupon, quota and agreement command goes through the same
// verified-write engine and write journal as the window (VerifiedWrite, BatchRunner), settles
// the interrupted writes of the profile first, and stops sending on SIGINT/SIGTERM.
#include "bss/bssclient.h"
#include "cli/cli.h"
#include "cli/interruptwatcher.h"
#include "models/batchrunner.h"
#include "ops/verifiedwrite.h"
#include "ops/writeoutcometext.h"
#include "ops/writereconciler.h"

#include <QJsonArray>
#include <QJsonDocument>

Writer Cli::writer(BssClient *client)
{
    if (!m_audit) {
        m_audit = std::make_unique<AuditLog>();
        m_journal = std::make_unique<WriteJournal>(m_audit.get());
    }
    Writer w;
    w.client = client;
    w.journal = m_journal.get();
    // The journal's name for the account: the profile, or the environment's keys' account at
    // that endpoint.
    w.profile = !m_options.profile.isEmpty() ? m_options.profile
                                             : QStringLiteral("env:%1@%2")
                                                   .arg(QString::fromLatin1(client->domainId()),
                                                        client->endpoint().baseUrl().authority());
    w.site = m_options.site.isEmpty() ? client->endpoint().displayName() : m_options.site;
    w.operatorLabel = QStringLiteral("partnerdesk-cli");
    w.currency = m_options.site == u"intl" ? QStringLiteral("USD") : QStringLiteral("CNY");
    return w;
}

void Cli::settleInterrupted(BssClient *client, std::function<void()> then)
{
    auto *reconciler = new WriteReconciler(writer(client), this);
    connect(reconciler, &WriteReconciler::settled, this,
            [this](const WriteJournal::Intent &intent, const WriteOutcome &o) {
                QJsonObject j = WriteOutcomeText::toJson(o);
                j.insert(QLatin1String("action"), intent.action);
                j.insert(QLatin1String("target"), intent.target);
                if (intent.amount.isValid())
                    j.insert(QLatin1String("amount"), intent.amount.toString());
                err(tr("An earlier write was interrupted; settled now: %1")
                        .arg(QString::fromUtf8(QJsonDocument(j).toJson(QJsonDocument::Compact))));
            });
    connect(reconciler, &WriteReconciler::finished, this, [reconciler, then](int) {
        reconciler->deleteLater();
        then();
    });
    reconciler->start();
}

void Cli::runWrite(BssClient *client, const WriteSpec &spec, const QJsonObject &preview,
                   std::function<void(const WriteOutcome &, QJsonObject)> done)
{
    settleInterrupted(client, [this, client, spec, preview, done] {
        auto *write = new VerifiedWrite(writer(client), spec, this);
        connect(write, &VerifiedWrite::checking, this,
                [this](const WriteOutcome &o) { err(WriteOutcomeText::checking(o)); });
        connect(write, &VerifiedWrite::finished, this,
                [write, preview, done](const WriteOutcome &o) {
                    write->deleteLater();
                    QJsonObject result = preview;
                    const QJsonObject j = WriteOutcomeText::toJson(o);
                    for (auto it = j.begin(); it != j.end(); ++it)
                        result.insert(it.key(), it.value());
                    done(o, result);
                });
        write->start();
    });
}

void Cli::runBatch(BatchRunner *runner, const QString &idField)
{
    startBatch(runner, [this, runner, idField] { printBatch(runner, idField); });
}

void Cli::startBatch(BatchRunner *runner, std::function<void()> finished)
{
    BssClient *client = m_client;
    settleInterrupted(client, [this, runner, finished] {
        auto *watcher = new InterruptWatcher(runner);
        connect(watcher, &InterruptWatcher::interrupted, runner, [this, runner] {
            err(tr("Stopping: nothing new is sent; waiting for the writes in flight. Press Ctrl+C "
                   "again to quit at once."));
            runner->cancel();
        });
        connect(runner, &BatchRunner::batchFinished, this, finished);
        runner->start();
    });
}

QString Cli::batchResultName(BatchScheduler::State state, const QString &done)
{
    using S = BatchScheduler::State;
    switch (state) {
    case S::Done:
        return done;
    case S::Failed:
        return QStringLiteral("not_applied");
    case S::Skipped:
        return QStringLiteral("skipped");
    case S::Cancelled:
        return QStringLiteral("cancelled");
    default:
        return QStringLiteral("unknown");
    }
}

void Cli::printBatch(BatchRunner *runner, const QString &idField)
{
    QJsonArray results;
    bool bad = false;
    for (int r = 0; r < runner->rowCount(); ++r) {
        const auto &i = runner->item(r);
        bad = bad || runner->state(r) != BatchRunner::State::Done;
        const QString result = batchResultName(runner->state(r), QStringLiteral("done"));
        const Decimal amount = i.result.amount.isValid() ? i.result.amount : i.amount;
        QJsonObject o{{idField, i.id}, {QStringLiteral("result"), result}};
        if (amount.isValid())
            o.insert(QLatin1String("amount"), amount.withScale(2).toString());
        if (!i.result.reference.isEmpty())
            o.insert(QLatin1String("transaction_id"), i.result.reference);
        if (i.result.confirmed)
            o.insert(QLatin1String("confirmed_by_records"), true);
        if (!i.result.candidates.isEmpty())
            o.insert(QLatin1String("candidates"), QJsonArray::fromStringList(i.result.candidates));
        if (!i.result.history.isEmpty())
            o.insert(QLatin1String("history"), QJsonArray::fromStringList(i.result.history));
        if (!i.result.note.isEmpty())
            o.insert(QLatin1String("skip_reason"), i.result.note);
        if (i.result.error.isError()) {
            o.insert(QLatin1String("error_code"), i.result.error.code());
            o.insert(QLatin1String("error_msg"),
                     runner->data(runner->index(r, BatchRunner::Message)).toString());
        }
        results.append(o);
    }
    err(runner->summary());
    out(QJsonDocument(QJsonObject{{QStringLiteral("results"), results},
                                  {QStringLiteral("stopped"), runner->wasCancelled()}})
            .toJson(QJsonDocument::Indented));
    finish(bad ? 1 : 0);
}
