// `partnerdesk-cli resellers list|allocate|reclaim`, `funds records` and `agency list|add|void`
// (split from cli.cpp). Same conventions: JSON results; exit 1 when an operation failed, 2 when
// input was rejected before anything was sent.
#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/jsonbody.h"
#include "bss/operations.h"
#include "bss/pager.h"
#include "cli/cli.h"
#include "cli/outputwriter.h"
#include "core/billperiod.h"
#include "models/batchrunner.h"
#include "models/recordspecs.h"
#include "models/recordtablemodel.h"
#include "ops/batchwrites.h"
#include "ops/consolewrites.h"
#include "ops/fundsloader.h"
#include "ops/resellerdirectory.h"
#include "ops/resellersloader.h"
#include "ops/writeoutcometext.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

void Cli::runResellers()
{
    const QString action = m_options.positional.value(0);
    if (action == u"list") {
        // The Resellers page's loader: every reseller (all pages), each with its cash balance.
        withClient(m_options.profile, [this](BssClient *client) {
            ensureDomainId(client, [this, client] {
                auto *model = new RecordTableModel(RecordSpecs::resellers(), this);
                auto *loader =
                    new ResellersLoader(client, new ResellerDirectory(client, this), model, this);
                printWhenLoaded(loader, &ResellersLoader::balancesLoaded, model,
                                QStringLiteral("total_count"), QStringLiteral("indirect_partners"));
                loader->load();
            });
        });
        return;
    }
    if (action != u"allocate" && action != u"reclaim") {
        finish(2, tr("Use: partnerdesk-cli resellers list|allocate|reclaim …"));
        return;
    }
    const bool allocate = action == u"allocate";
    const QStringList resellers = m_options.all(QStringLiteral("reseller"));
    const auto amount = Decimal::parse(m_options.values.value(QStringLiteral("amount")),
                                       Decimal::ParseMode::UserInput);
    // The same checks as the request builders, before anything is sent.
    QString problem =
        resellers.isEmpty()
            ? Operations::checkId(QStringLiteral("indirect_partner_id"), QString(), 64, true)
            : QString();
    for (const QString &id : resellers) {
        QString p;
        allocate ? Operations::allocateToReseller(id, amount.value_or(Decimal::invalid()), &p)
                 : Operations::reclaimFromReseller(id, amount.value_or(Decimal::invalid()), &p);
        if (problem.isEmpty())
            problem = p;
    }
    if (!problem.isEmpty()) {
        finish(2, problem);
        return;
    }
    const Decimal value = amount->withScale(2);
    if (m_options.flags.contains(QStringLiteral("dry-run"))) {
        out(QJsonDocument(
                QJsonObject{{QStringLiteral("dry_run"), true},
                            {QStringLiteral("action"), action},
                            {QStringLiteral("resellers"), QJsonArray::fromStringList(resellers)},
                            {QStringLiteral("amount"), value.toString()},
                            {QStringLiteral("total"), (value * resellers.size()).toString()}})
                .toJson(QJsonDocument::Indented));
        finish(0);
        return;
    }
    if (!confirmOrRefuse(
            allocate ? tr("Allocate %1 to each of %n reseller(s)?", nullptr, int(resellers.size()))
                           .arg(value.toString())
                     : tr("Reclaim %1 from each of %n reseller(s)?", nullptr, int(resellers.size()))
                           .arg(value.toString())))
        return;
    withClient(m_options.profile, [this, allocate, resellers, value](BssClient *client) {
        ensureDomainId(client, [this, client, allocate, resellers, value] {
            auto *runner =
                new BatchRunner(BatchWrites::transfer(writer(client),
                                                      allocate ? FundsWrites::Kind::Allocate
                                                               : FundsWrites::Kind::Reclaim,
                                                      FundsWrites::Target::Reseller),
                                this);
            QList<BatchRunner::Item> items;
            for (const QString &id : resellers)
                items.append({id, QString(), value, QString()});
            runner->setItems(items);
            runner->setConcurrency(1); // one distributor account: one money move at a time
            runBatch(runner, QStringLiteral("indirect_partner_id"));
        });
    });
}

void Cli::runFundsRecords()
{
    // The Funds page's ledger (收支明细) through its loader. Without dates: the year up to today
    // (Beijing dates), the longest range the API reads at once.
    const QString from = m_options.values.value(QStringLiteral("from"));
    const QString to = m_options.values.value(QStringLiteral("to"));
    for (const QString &d : {from, to}) {
        if (!d.isEmpty() && !QDate::fromString(d, Qt::ISODate).isValid()) {
            finish(2, tr("Dates look like 2025-03-31, not \"%1\".").arg(d));
            return;
        }
    }
    FundsLoader::ChangeFilter filter;
    filter.to = to.isEmpty() ? BillPeriod::today() : QDate::fromString(to, Qt::ISODate);
    filter.from = from.isEmpty() ? filter.to.addDays(-365) : QDate::fromString(from, Qt::ISODate);
    filter.tradeType = m_options.values.value(QStringLiteral("type"));
    filter.scope = m_options.values.value(QStringLiteral("reseller"));
    if (const QString problem = FundsLoader::checkChanges(filter); !problem.isEmpty()) {
        finish(2, problem); // nothing is sent
        return;
    }
    withClient(m_options.profile, [this, filter](BssClient *client) {
        ensureDomainId(client, [this, client, filter] {
            auto *model = new RecordTableModel(RecordSpecs::fundsChanges(), this);
            auto *loader = new FundsLoader(client, model, nullptr, nullptr, this);
            printWhenLoaded(loader, &FundsLoader::changesLoaded, model,
                            QStringLiteral("total_count"), QStringLiteral("records"));
            loader->loadChanges(filter);
        });
    });
}

void Cli::runAgency()
{
    const QString action = m_options.positional.value(0);
    QString operation;
    QByteArray body;
    if (action == u"list") {
        operation = QStringLiteral("SandboxListPaymentAgreements");
    } else if (action == u"add") {
        const QString name = m_options.values.value(QStringLiteral("name")).trimmed();
        const QString type =
            m_options.values.value(QStringLiteral("type"), QStringLiteral("enterprise"));
        if (name.isEmpty() || name.size() > 100) {
            finish(2, tr("--name takes the remitter's name (1 to 100 characters)."));
            return;
        }
        if (type != u"enterprise" && type != u"individual") {
            finish(2, tr("--type is enterprise or individual."));
            return;
        }
        operation = QStringLiteral("SandboxCreatePaymentAgreement");
        JsonBody b;
        b.add("remitter_name", name).add("remitter_type", type.toUpper());
        body = b.bytes();
    } else if (action == u"void") {
        const QString id = m_options.positional.value(1);
        const QString p = Operations::checkId(QStringLiteral("agreement_id"), id, 64, true);
        if (!p.isEmpty()) {
            finish(2, p);
            return;
        }
        operation = QStringLiteral("SandboxVoidPaymentAgreement");
        JsonBody b;
        b.add("agreement_id", id);
        body = b.bytes();
    } else {
        finish(2, tr("Use: partnerdesk-cli agency list|add --name NAME [--type …]|void ID"));
        return;
    }
    withClient(m_options.profile, [this, operation, body](BssClient *client) {
        // Payment agreements have no public API: only the sandbox serves them.
        if (!Endpoint::isLoopbackHost(client->endpoint().baseUrl().host())) {
            finish(1, tr("Payment agreements have no public API. Manage them in the Partner "
                         "Center: Funds > Recharge > Bank transfer > Payment agreements."));
            return;
        }
        ensureDomainId(client, [this, client, operation, body] {
            if (operation != u"SandboxListPaymentAgreements") {
                runAgreementWrite(client, operation, body);
                return;
            }
            QString ignored;
            ApiRequest r = Operations::byName(operation, &ignored);
            r.body = body;
            BssJob *job = client->call(r);
            connect(job, &BssJob::finished, this, [this, job] {
                if (job->error().isError()) {
                    out(QJsonDocument(
                            QJsonObject{{QStringLiteral("error_code"), job->error().code()},
                                        {QStringLiteral("error_msg"), job->error().userMessage()}})
                            .toJson(QJsonDocument::Indented));
                    finish(1);
                    return;
                }
                out(OutputWriter::render(job->json(), m_options.format, m_options.reveal));
                finish(0);
            });
        });
    });
}

void Cli::runAgreementWrite(BssClient *client, const QString &operation, const QByteArray &body)
{
    // Sent once through the engine, as in the window: a lost answer is settled from the
    // agreements.
    const QJsonObject fields = QJsonDocument::fromJson(body).object();
    const WriteSpec spec =
        operation == u"SandboxCreatePaymentAgreement"
            ? ConsoleWrites::addAgreement(fields.value(QLatin1String("remitter_name")).toString(),
                                          fields.value(QLatin1String("remitter_type")).toString())
            : ConsoleWrites::voidAgreement(fields.value(QLatin1String("agreement_id")).toString());
    runWrite(client, spec, QJsonObject(), [this](const WriteOutcome &o, QJsonObject result) {
        if (o.kind == WriteOutcome::Kind::Done)
            result.insert(QLatin1String("agreement_id"), o.reference);
        result.insert(QLatin1String("result"), WriteOutcomeText::jsonName(o.kind));
        out(OutputWriter::render(result, m_options.format, m_options.reveal));
        finish(o.kind == WriteOutcome::Kind::Done ? 0 : 1);
    });
}
