// `partnerdesk-cli customers list` and `funds allocate|reclaim` (split from cli.cpp): the same
// core as the GUI — the Customers page's loader for the list, the verified-write engine for money,
// masking in the output.
#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/operations.h"
#include "bss/responses.h"
#include "cli/cli.h"
#include "cli/outputwriter.h"
#include "models/customermodel.h"
#include "models/recordtablemodel.h"
#include "ops/customerloader.h"
#include "ops/fundswrites.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

void Cli::runCustomers()
{
    if (m_options.positional.value(0) == u"freeze" ||
        m_options.positional.value(0) == u"unfreeze") {
        runFreeze(m_options.positional.value(0) == u"freeze");
        return;
    }
    const QString action = m_options.positional.value(0);
    if (action == u"orders" || action == u"order" || action == u"resources") {
        runOrders(action);
        return;
    }
    if (action != u"list") {
        finish(2, tr("Use: partnerdesk-cli customers list [filters] | orders|resources --customer "
                     "ID | order --order ID | freeze|unfreeze …"));
        return;
    }
    Operations::CustomerFilter f;
    f.accountName = m_options.values.value(QStringLiteral("account"));
    f.customerName = m_options.values.value(QStringLiteral("name"));
    f.label = m_options.values.value(QStringLiteral("label"));
    f.associationType = m_options.values.value(QStringLiteral("type"));
    f.customerId = m_options.values.value(QStringLiteral("customer"));
    f.indirectPartnerId = m_options.values.value(QStringLiteral("reseller"));
    bool ok = true;
    const QString limitText = m_options.values.value(QStringLiteral("limit"));
    const int limit = limitText.isEmpty() ? -1 : limitText.toInt(&ok);
    QString problem;
    Operations::listSubCustomers(f, 0, 100, &problem);
    if (!ok || limit == 0 || limit < -1)
        problem = tr("--limit takes a positive whole number.");
    if (!problem.isEmpty()) {
        finish(2, problem); // nothing is sent
        return;
    }
    withClient(m_options.profile, [this, f, limit](BssClient *client) {
        ensureDomainId(client, [this, client, f, limit] {
            // The Customers page's loader: the list with balances, coupon balance and this
            // month's spend; any part that fails is the command's error.
            auto *model = new CustomerModel(this);
            auto *loader = new CustomerLoader(client, model, this);
            connect(loader, &CustomerLoader::finished, this, [this, model](const BssError &e) {
                if (e.isError()) {
                    finish(1, e.diagnosticText());
                    return;
                }
                QJsonArray rows;
                for (int r = 0; r < model->rowCount(); ++r)
                    rows.append(customerRecord(*model, r));
                out(OutputWriter::render({{QStringLiteral("count"), model->rowCount()},
                                          {QStringLiteral("customer_infos"), rows}},
                                         m_options.format, m_options.reveal));
                finish(0);
            });
            loader->start(f, limit);
        });
    });
}

void Cli::runFunds()
{
    const QString action = m_options.positional.value(0);
    if (action == u"records") {
        runFundsRecords();
        return;
    }
    if (action != u"allocate" && action != u"reclaim") {
        finish(2, tr("Use: partnerdesk-cli funds allocate|reclaim --customer ID --amount X"));
        return;
    }
    const bool allocate = action == u"allocate";
    const QString customer = m_options.values.value(QStringLiteral("customer"));
    const auto amount = Decimal::parse(m_options.values.value(QStringLiteral("amount")),
                                       Decimal::ParseMode::UserInput);
    QString problem = Operations::checkId(QStringLiteral("customer_id"), customer, 64, true);
    if (problem.isEmpty())
        problem = Decimal::amountProblemMessage(amount ? amount->requestAmountProblem()
                                                       : Decimal::AmountProblem::NotANumber);
    if (!problem.isEmpty()) {
        finish(2, problem); // bad input: nothing is sent
        return;
    }
    const bool dryRun = m_options.flags.contains(QStringLiteral("dry-run"));
    const bool yes = m_options.flags.contains(QStringLiteral("yes"));
    if (!dryRun && !yes && !canAsk())
        return;
    const Decimal value = amount->withScale(2);
    withClient(m_options.profile, [this, allocate, customer, value, dryRun,
                                   yes](BssClient *client) {
        ensureDomainId(client, [this, client, allocate, customer, value, dryRun, yes] {
            // The customer's balance first: the preview, and the check of what will change.
            QString ignored;
            BssJob *job =
                client->call(Operations::listCustomerBalances({customer}, QString(), &ignored));
            connect(
                job, &BssJob::finished, this,
                [this, job, client, allocate, customer, value, dryRun, yes] {
                    if (job->error().isError()) {
                        finish(1, job->error().diagnosticText());
                        return;
                    }
                    QString problem;
                    const auto list = Responses::customerBalances(job->json(), &problem);
                    if (!list) {
                        finish(1, BssError::malformed(problem).diagnosticText());
                        return;
                    }
                    if (list->isEmpty()) {
                        finish(1, tr("%1 is not one of your agency-sale customers.").arg(customer));
                        return;
                    }
                    const Decimal before = list->first().amount;
                    const Decimal after = allocate ? before + value : before - value;
                    QJsonObject preview{
                        {QStringLiteral("action"),
                         allocate ? QStringLiteral("allocate") : QStringLiteral("reclaim")},
                        {QStringLiteral("customer_id"), customer},
                        {QStringLiteral("amount"), value.toString()},
                        {QStringLiteral("currency"), list->first().currency},
                        {QStringLiteral("balance_before"), before.withScale(2).toString()},
                        {QStringLiteral("balance_after"), after.withScale(2).toString()}};
                    if (dryRun) {
                        preview.insert(QLatin1String("dry_run"), true);
                        out(QJsonDocument(preview).toJson(QJsonDocument::Indented));
                        finish(0);
                        return;
                    }
                    if (!yes) {
                        err(tr("%1 %2 %3 for %4 (balance %5 -> %6)? Type yes to go on:")
                                .arg(allocate ? tr("Allocate") : tr("Reclaim"), value.toString(),
                                     preview.value(QLatin1String("currency")).toString(), customer,
                                     before.withScale(2).toString(),
                                     after.withScale(2).toString()));
                        QTextStream in(stdin);
                        const QString answer = in.readLine().trimmed().toLower();
                        if (answer != u"yes" && answer != u"y") {
                            finish(1, tr("Nothing was sent."));
                            return;
                        }
                    }
                    runWrite(client,
                             FundsWrites::customer(allocate ? FundsWrites::Kind::Allocate
                                                            : FundsWrites::Kind::Reclaim,
                                                   customer, value),
                             preview, [this](const WriteOutcome &o, const QJsonObject &result) {
                                 out(QJsonDocument(result).toJson(QJsonDocument::Indented));
                                 finish(o.kind == WriteOutcome::Kind::Done ? 0 : 1);
                             });
                });
        });
    });
}

void Cli::printRecords(const RecordTableModel *model, const QString &countKey,
                       const QString &itemsKey)
{
    if (m_done)
        return; // a failure ended the command already
    out(OutputWriter::render({{countKey, model->rowCount()}, {itemsKey, model->records()}},
                             m_options.format, m_options.reveal));
    finish(0);
}

QJsonObject Cli::customerRecord(const CustomerModel &model, int row)
{
    const Customer c = model.customer(row);
    const auto amount = [&](CustomerColumns::Amount which) {
        const Decimal d = model.columns().amount(row, which);
        return d.isValid() ? QJsonValue(d.toString()) : QJsonValue(); // null: not known
    };
    // The API's field names (masked by them in the output), then the amounts the page adds.
    return {{QStringLiteral("customer_id"), c.customerId},
            {QStringLiteral("account_name"), c.accountName},
            {QStringLiteral("customer"), c.customerName},
            {QStringLiteral("association_type"), c.associationType},
            {QStringLiteral("associated_on"), c.associatedOn.toString(Qt::ISODate)},
            {QStringLiteral("account_manager_name"), c.accountManager},
            {QStringLiteral("label"), c.label},
            {QStringLiteral("telephone"), c.telephone},
            {QStringLiteral("email"), c.email},
            {QStringLiteral("customer_level"), c.customerLevel},
            {QStringLiteral("is_frozen"), c.isFrozen},
            {QStringLiteral("indirect_partner_id"), c.indirectPartnerId},
            {QStringLiteral("balance"), amount(CustomerColumns::Balance)},
            {QStringLiteral("debt_amount"), amount(CustomerColumns::Debt)},
            {QStringLiteral("coupon_balance"), amount(CustomerColumns::Coupons)},
            {QStringLiteral("month_spend"), amount(CustomerColumns::Spend)}};
}
