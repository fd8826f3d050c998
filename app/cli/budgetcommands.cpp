// `partnerdesk-cli budgets list|show|history|quota|set`, `customers freeze|unfreeze` and
// `billing bill|invoices`: the International site's own partner operations (split from cli.cpp).
// Same conventions: JSON results; exit 1 when an operation failed, 2 when input was rejected before
// anything was sent.
#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/budgetoperations.h"
#include "bss/budgetresponses.h"
#include "cli/cli.h"
#include "cli/outputwriter.h"
#include "core/billperiod.h"
#include "models/batchrunner.h"
#include "models/recordspecs.h"
#include "models/recordtablemodel.h"
#include "ops/batchwrites.h"
#include "ops/billingloader.h"
#include "ops/budgetsloader.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

void Cli::withBudgetClient(std::function<void(BssClient *)> then)
{
    withClient(m_options.profile, [this, then](BssClient *client) {
        // Budgets and freezing are the International site's: nothing goes to the China site.
        if (!client->offers("ListSubCustomerBudget")) {
            finish(1, tr("Customer budgets and freezing exist only on the International site; "
                         "the China site allocates funds instead (funds allocate|reclaim)."));
            return;
        }
        ensureDomainId(client, [client, then] { then(client); });
    });
}

void Cli::runBudgets()
{
    const QString action = m_options.positional.value(0);
    const QString reseller = m_options.values.value(QStringLiteral("reseller"));
    if (action == u"list") {
        const QString status = m_options.values.value(QStringLiteral("status"));
        if (!status.isEmpty() && !BudgetsLoader::stateFilters().contains(status)) {
            finish(2, tr("--status is over, near, within, none or frozen."));
            return;
        }
        withBudgetClient([this, reseller, status](BssClient *client) {
            auto *model = new RecordTableModel(RecordSpecs::budgets(), this);
            auto *loader = new BudgetsLoader(client, model, nullptr, this);
            connect(loader, &BudgetsLoader::failed, this,
                    [this](const BssError &e) { finish(1, e.diagnosticText()); });
            connect(loader, &BudgetsLoader::loaded, this, [this, model, status] {
                QJsonArray kept;
                for (const QJsonValue &v : model->records()) {
                    if (BudgetsLoader::matchesState(v.toObject(), status))
                        kept.append(v);
                }
                model->setRecords(kept);
                printRecords(model, QStringLiteral("total_count"), QStringLiteral("budgets"));
            });
            loader->load(reseller);
        });
        return;
    }
    if (action == u"history") {
        const QString customer = m_options.values.value(QStringLiteral("customer"));
        QString problem;
        BudgetOperations::listBudgetRecords(customer, reseller, QString(), 0, 100, &problem);
        if (!problem.isEmpty()) {
            finish(2, problem);
            return;
        }
        withBudgetClient([this, customer, reseller](BssClient *client) {
            auto *model = new RecordTableModel(RecordSpecs::budgetHistory(), this);
            auto *loader = new BudgetsLoader(client, nullptr, model, this);
            printWhenLoaded(loader, &BudgetsLoader::historyLoaded, model,
                            QStringLiteral("total_count"), QStringLiteral("records"));
            loader->loadHistory(customer, reseller);
        });
        return;
    }
    if (action == u"show") {
        const QString customer = m_options.values.value(QStringLiteral("customer"));
        QString problem;
        const ApiRequest request = BudgetOperations::showBudget(customer, reseller, &problem);
        if (!problem.isEmpty()) {
            finish(2, problem);
            return;
        }
        withBudgetClient([this, request, customer](BssClient *client) {
            BssJob *job = client->call(request);
            connect(job, &BssJob::finished, this, [this, job, customer] {
                QString problem;
                const auto b = BudgetResponses::budget(job->json(), customer, &problem);
                if (job->error().isError() || !b) {
                    finish(1, job->error().isError() ? job->error().diagnosticText() : problem);
                    return;
                }
                const bool has = !b->budgetType.isEmpty();
                out(OutputWriter::render(
                    {{QStringLiteral("customer_id"), customer},
                     {QStringLiteral("budget_type"),
                      has ? QJsonValue(b->budgetType) : QJsonValue()},
                     {QStringLiteral("budget_amount"),
                      has ? QJsonValue(b->budget.withScale(2).toString()) : QJsonValue()},
                     {QStringLiteral("used_amount"),
                      has ? QJsonValue(b->used.withScale(2).toString()) : QJsonValue()}},
                    m_options.format, m_options.reveal));
                finish(0);
            });
        });
        return;
    }
    if (action == u"quota") {
        withBudgetClient([this](BssClient *client) {
            BssJob *job = client->call(BudgetOperations::showConsumptionQuota());
            connect(job, &BssJob::finished, this, [this, job] {
                QString problem;
                const auto q = BudgetResponses::consumptionQuota(job->json(), &problem);
                if (job->error().isError() || !q) {
                    finish(1, job->error().isError() ? job->error().diagnosticText() : problem);
                    return;
                }
                auto text = [](const Decimal &d) { return d.withScale(2).toString(); };
                out(OutputWriter::render({{QStringLiteral("consumption_quota"), text(q->quota)},
                                          {QStringLiteral("used_consumption_quota"), text(q->used)},
                                          {QStringLiteral("amount"), text(q->balance)},
                                          {QStringLiteral("coupon_amount"), text(q->coupons)},
                                          {QStringLiteral("due_amount"), text(q->due)},
                                          {QStringLiteral("unbilled_amount"), text(q->unbilled)},
                                          {QStringLiteral("currency"), q->currency}},
                                         m_options.format, m_options.reveal));
                finish(0);
            });
        });
        return;
    }
    if (action != u"set") {
        finish(2, tr("Use: partnerdesk-cli budgets list|show|history|quota|set …"));
        return;
    }
    const QStringList customers = m_options.all(QStringLiteral("customer"));
    const QString type = m_options.values.value(QStringLiteral("type"), QStringLiteral("monthly"));
    const QString freeze = m_options.values.value(QStringLiteral("freeze"));
    BudgetOperations::Change settings;
    settings.budgetType = type == u"monthly"    ? QStringLiteral("MONTHLY")
                          : type == u"one-time" ? QStringLiteral("PACKAGE")
                                                : QString();
    settings.frozenOperateType = freeze == u"auto" ? 1 : freeze == u"manual" ? 0 : -1;
    settings.cancelPartnerFrozen = m_options.flags.contains(QStringLiteral("lift-freeze"));
    settings.indirectPartnerId = reseller;
    settings.amount = Decimal::parse(m_options.values.value(QStringLiteral("amount")),
                                     Decimal::ParseMode::UserInput)
                          .value_or(Decimal::invalid());
    QString problem = settings.budgetType.isEmpty() ? tr("--type is monthly or one-time.")
                      : !freeze.isEmpty() && settings.frozenOperateType < 0
                          ? tr("--freeze is auto or manual.")
                          : QString();
    if (problem.isEmpty() && customers.isEmpty())
        problem = tr("Name the customers with --customer ID (repeatable).");
    for (const QString &id : customers) {
        BudgetOperations::Change c = settings;
        c.customerId = id;
        if (problem.isEmpty())
            BudgetOperations::updateBudget(c, &problem);
    }
    if (!problem.isEmpty()) {
        finish(2, problem); // nothing is sent
        return;
    }
    settings.amount = settings.amount.withScale(2);
    if (m_options.flags.contains(QStringLiteral("dry-run"))) {
        out(OutputWriter::render(
            {{QStringLiteral("dry_run"), true},
             {QStringLiteral("customers"), QJsonArray::fromStringList(customers)},
             {QStringLiteral("budget_amount"), settings.amount.toString()},
             {QStringLiteral("budget_type"), settings.budgetType},
             {QStringLiteral("frozen_operate_type"), settings.frozenOperateType},
             {QStringLiteral("cancel_partner_frozen"), settings.cancelPartnerFrozen}},
            m_options.format, m_options.reveal));
        finish(0);
        return;
    }
    if (!confirmOrRefuse(
            tr("Set a budget of %1 for each of %n customer(s)?", nullptr, int(customers.size()))
                .arg(settings.amount.toString())))
        return;
    withBudgetClient([this, customers, settings](BssClient *client) {
        auto *runner = new BatchRunner(BatchWrites::budgetSet(writer(client), settings), this);
        QList<BatchRunner::Item> items;
        for (const QString &id : customers)
            items.append({id, QString(), settings.amount, settings.indirectPartnerId});
        runner->setItems(items);
        runner->setConcurrency(4);
        runBatch(runner, QStringLiteral("customer_id"));
    });
}

void Cli::runFreeze(bool freeze)
{
    const QStringList customers = m_options.all(QStringLiteral("customer"));
    const QString reason = m_options.values.value(QStringLiteral("reason"));
    const QString typeText =
        m_options.values.value(QStringLiteral("type"), QStringLiteral("account"));
    const QString type = typeText == u"account" ? QStringLiteral("ACCOUNT")
                         : typeText == u"account-and-resources"
                             ? QStringLiteral("ACCOUNT_AND_RESOURCE")
                             : QString();
    const QString reseller = m_options.values.value(QStringLiteral("reseller"));
    QString problem =
        type.isEmpty() ? tr("--type is account or account-and-resources.") : QString();
    if (problem.isEmpty() && customers.isEmpty())
        problem = tr("Name the customers with --customer ID (repeatable).");
    for (const QString &id : customers) {
        if (problem.isEmpty())
            BudgetOperations::freeze(freeze, {id}, reason, type, reseller, &problem);
    }
    if (!problem.isEmpty()) {
        finish(2, problem); // nothing is sent
        return;
    }
    if (m_options.flags.contains(QStringLiteral("dry-run"))) {
        out(OutputWriter::render(
            {{QStringLiteral("dry_run"), true},
             {QStringLiteral("action"),
              freeze ? QStringLiteral("freeze") : QStringLiteral("unfreeze")},
             {QStringLiteral("customers"), QJsonArray::fromStringList(customers)},
             {QStringLiteral("type"), type},
             {QStringLiteral("reason"), reason.trimmed()}},
            m_options.format, m_options.reveal));
        finish(0);
        return;
    }
    if (!confirmOrRefuse(
            freeze ? tr("Freeze %n customer account(s)?", nullptr, int(customers.size()))
                   : tr("Unfreeze %n customer account(s)?", nullptr, int(customers.size()))))
        return;
    withBudgetClient([this, freeze, customers, reason, type, reseller](BssClient *client) {
        auto *runner = new BatchRunner(
            BatchWrites::freeze(writer(client), freeze, reason.trimmed(), type), this);
        QList<BatchRunner::Item> items;
        for (const QString &id : customers)
            items.append({id, QString(), Decimal::invalid(), reseller});
        runner->setItems(items);
        runner->setConcurrency(4);
        runBatch(runner, QStringLiteral("customer_id"));
    });
}

void Cli::runBilling()
{
    const QString action = m_options.positional.value(0);
    if (action == u"bill") {
        const QString period = m_options.values.value(QStringLiteral("period"),
                                                      BillPeriod::previous(BillPeriod::current()));
        QString problem;
        BudgetOperations::postpaidBillSum(period, &problem);
        if (!problem.isEmpty()) {
            finish(2, problem);
            return;
        }
        withBudgetClient([this, period](BssClient *client) {
            auto *loader = new BillingLoader(client, nullptr, nullptr, this);
            connect(loader, &BillingLoader::failed, this,
                    [this](const BssError &e) { finish(1, e.diagnosticText()); });
            connect(loader, &BillingLoader::billLoaded, this, [this](const PostpaidBillSum &b) {
                auto text = [](const Decimal &d) { return d.withScale(2).toString(); };
                out(OutputWriter::render({{QStringLiteral("bill_cycle"), b.cycle},
                                          {QStringLiteral("initial_amount_due"), text(b.amountDue)},
                                          {QStringLiteral("consume_amount"), text(b.consumption)},
                                          {QStringLiteral("refunds"), text(b.refunds)},
                                          {QStringLiteral("adjustments"), text(b.adjustments)},
                                          {QStringLiteral("tax_amount"), text(b.tax)},
                                          {QStringLiteral("currency"), b.currency}},
                                         m_options.format, m_options.reveal));
                finish(0);
            });
            loader->loadBill(period);
        });
        return;
    }
    if (action == u"coupons") { // the partner's own coupons
        const QString name = m_options.values.value(QStringLiteral("status"));
        const int status = name.isEmpty() ? 0 : couponStatusCode(name);
        if (status < 0) {
            finish(2, tr("--status takes inactive, usable, used, expired or reclaimed."));
            return;
        }
        withBudgetClient([this, status](BssClient *client) {
            auto *model = new RecordTableModel(RecordSpecs::ownCoupons(), this);
            auto *loader = new BillingLoader(client, nullptr, model, this);
            printWhenLoaded(loader, &BillingLoader::couponsLoaded, model, QStringLiteral("count"),
                            QStringLiteral("user_coupons"));
            loader->loadCoupons(status);
        });
        return;
    }
    if (action != u"invoices") {
        finish(2, tr("Use: partnerdesk-cli billing bill [--period YYYY-MM] | invoices "
                     "[--from DATE --to DATE] | coupons [--status S]"));
        return;
    }
    const QString fromText = m_options.values.value(QStringLiteral("from"));
    const QString toText = m_options.values.value(QStringLiteral("to"));
    const QDate to =
        toText.isEmpty() ? BillPeriod::today() : QDate::fromString(toText, Qt::ISODate);
    const QDate from =
        fromText.isEmpty() ? to.addYears(-1) : QDate::fromString(fromText, Qt::ISODate);
    if (!from.isValid() || !to.isValid() || from > to) {
        finish(2, tr("--from and --to are dates like 2025-03-31, the first not after the second."));
        return;
    }
    withBudgetClient([this, from, to](BssClient *client) {
        auto *model = new RecordTableModel(RecordSpecs::invoices(), this);
        auto *loader = new BillingLoader(client, model, nullptr, this);
        printWhenLoaded(loader, &BillingLoader::invoicesLoaded, model, QStringLiteral("count"),
                        QStringLiteral("invoices"));
        loader->loadInvoices(from, to);
    });
}
