// partnerdesk-cli settlements list|diff|import and incentives list|mdf: the marketplace
// settlement bills (商品分账), the period diff, a console statement file, incentive payouts and
// MDF applications. Bills, payouts and MDF come from sandbox-only endpoints; `settlements diff
// --file` and `settlements import` work offline on a statement exported from the console.
#include "bss/bssclient.h"
#include "bss/endpoint.h"
#include "bss/operations.h"
#include "bss/pager.h"
#include "cli/cli.h"
#include "cli/outputwriter.h"
#include "core/billperiod.h"
#include "core/settlementflow.h"
#include "models/recordspecs.h"
#include "models/recordtablemodel.h"
#include "models/settlementdiff.h"
#include "ops/discountsloader.h"
#include "ops/incentivesloader.h"
#include "ops/marketplaceloader.h"
#include "ops/settlementloader.h"
#include "ops/statementimport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonObject diffJson(const QString &from, const QString &to, const QList<SettlementDiff::Row> &rows)
{
    const SettlementDiff::Totals t = SettlementDiff::totals(rows);
    return {{QStringLiteral("from"), from},
            {QStringLiteral("to"), to},
            {QStringLiteral("new"), t.added},
            {QStringLiteral("gone"), t.gone},
            {QStringLiteral("changed"), t.changed},
            {QStringLiteral("unchanged"), t.unchanged},
            {QStringLiteral("from_amount"), t.fromAmount.toString()},
            {QStringLiteral("to_amount"), t.toAmount.toString()},
            {QStringLiteral("from_settle_amount"), t.fromSettle.toString()},
            {QStringLiteral("to_settle_amount"), t.toSettle.toString()},
            {QStringLiteral("rows"), SettlementDiff::toRecords(rows)}};
}

} // namespace

// Sandbox-only reads: refused with the console's whereabouts on the real sites.
void Cli::withSandboxClient(const QString &what, std::function<void(BssClient *)> then)
{
    withClient(m_options.profile, [this, what, then](BssClient *client) {
        if (!Endpoint::isLoopbackHost(client->endpoint().baseUrl().host())) {
            finish(1, what);
            return;
        }
        ensureDomainId(client, [client, then] { then(client); });
    });
}

void Cli::runSettlements()
{
    const QString action = m_options.positional.value(0);
    const QString tab = m_options.values.value(QStringLiteral("tab"));
    const QString status = m_options.values.value(QStringLiteral("status"));
    const QString period = m_options.values.value(QStringLiteral("period"));
    const QString noApi = tr("Settlement bills have no public API. Export the statement in the "
                             "Partner Center (Sales > Marketplace > Settlements) and use "
                             "settlements import FILE or settlements diff --file FILE.");
    QString kind;
    if (!tab.isEmpty()) {
        if (tab != u"general" && tab != u"non-general") {
            finish(2, tr("--tab is general or non-general."));
            return;
        }
        kind = tab == u"general" ? QStringLiteral("general") : QStringLiteral("non_general");
    }
    if (action == u"list") {
        if (!status.isEmpty() && !SettlementFlow::isKnown(status)) {
            finish(2, tr("Unknown status \"%1\"; one of: %2")
                          .arg(status, SettlementFlow::allStatuses().join(QStringLiteral(", "))));
            return;
        }
        if (!period.isEmpty() && !BillPeriod::isValid(period)) {
            finish(2, tr("--period looks like 2026-03 (YYYY-MM, UTC+8), not \"%1\".").arg(period));
            return;
        }
        // The Marketplace page's loader: every bill of the tab, status and period.
        withSandboxClient(noApi, [this, kind, status, period](BssClient *client) {
            auto *model = new RecordTableModel(RecordSpecs::marketplaceBills(), this);
            auto *loader = new MarketplaceLoader(client, model, this);
            printWhenLoaded(loader, &MarketplaceLoader::billsListed, model,
                            QStringLiteral("total_count"), QStringLiteral("settlements"));
            loader->loadBills(kind, status, period);
        });
        return;
    }
    if (action == u"import") {
        const QString file = m_options.positional.value(1);
        if (file.isEmpty()) {
            finish(2, tr("Use: partnerdesk-cli settlements import FILE.csv"));
            return;
        }
        const StatementImport::Result r = StatementImport::readFile(file);
        QJsonArray lines, problems;
        for (const SettlementLine &l : r.lines)
            lines.append(l.toJson());
        for (const StatementImport::Problem &p : r.problems)
            problems.append(QJsonObject{{QStringLiteral("line"), p.line},
                                        {QStringLiteral("problem"), p.message}});
        out(OutputWriter::render({{QStringLiteral("rows"), r.rows},
                                  {QStringLiteral("imported"), int(r.lines.size())},
                                  {QStringLiteral("lines"), lines},
                                  {QStringLiteral("problems"), problems}},
                                 m_options.format, m_options.reveal));
        finish(r.ok() ? 0 : 1);
        return;
    }
    if (action != u"diff") {
        finish(2, tr("Use: partnerdesk-cli settlements list|diff|import …"));
        return;
    }
    QString from = m_options.values.value(QStringLiteral("from"));
    QString to = m_options.values.value(QStringLiteral("to"));
    if (to.isEmpty())
        to = BillPeriod::previous(BillPeriod::current());
    if (from.isEmpty())
        from = BillPeriod::previous(to);
    if (!BillPeriod::isValid(from) || !BillPeriod::isValid(to)) {
        finish(2, tr("--from and --to look like 2026-03 (YYYY-MM, UTC+8)."));
        return;
    }
    const QString file = m_options.values.value(QStringLiteral("file"));
    if (!file.isEmpty()) {
        const StatementImport::Result r = StatementImport::readFile(file);
        for (const StatementImport::Problem &p : r.problems)
            err(p.line > 0 ? tr("%1 line %2: %3").arg(file).arg(p.line).arg(p.message)
                           : tr("%1: %2").arg(file, p.message));
        if (r.lines.isEmpty()) {
            finish(1);
            return;
        }
        out(OutputWriter::render(
            diffJson(from, to,
                     SettlementDiff::compare(SettlementLine::select(r.lines, from),
                                             SettlementLine::select(r.lines, to))),
            m_options.format, m_options.reveal));
        finish(r.ok() ? 0 : 1);
        return;
    }
    withSandboxClient(noApi, [this, from, to, kind](BssClient *client) {
        auto *a = new SettlementLoader(client, this);
        auto *b = new SettlementLoader(client, this);
        auto pending = std::make_shared<int>(2);
        for (SettlementLoader *loader : {a, b}) {
            connect(loader, &SettlementLoader::finished, this,
                    [this, a, b, from, to, pending](const BssError &e) {
                        if (*pending <= 0)
                            return;
                        if (e.isError()) {
                            *pending = 0;
                            finish(1, e.diagnosticText());
                            return;
                        }
                        if (--*pending == 0) {
                            out(OutputWriter::render(
                                diffJson(from, to, SettlementDiff::compare(a->lines(), b->lines())),
                                m_options.format, m_options.reveal));
                            finish(0);
                        }
                    });
        }
        a->load(from, kind);
        b->load(to, kind);
    });
}

void Cli::runIncentives()
{
    const QString action = m_options.positional.value(0, QStringLiteral("list"));
    const QString status = m_options.values.value(QStringLiteral("status"));
    const QString period = m_options.values.value(QStringLiteral("period"));
    if (action != u"list" && action != u"mdf" && action != u"policies") {
        finish(2, tr("Use: partnerdesk-cli incentives list [--status S] [--period YYYY-MM] | mdf "
                     "| policies [--period YYYY-MM]"));
        return;
    }
    if (!period.isEmpty() && !BillPeriod::isValid(period)) {
        finish(2, tr("--period looks like 2026-03 (YYYY-MM, UTC+8), not \"%1\".").arg(period));
        return;
    }
    if (action == u"policies") { // 产品激励策略: the official API, China only
        const QString month = period.isEmpty() ? BillPeriod::current() : period;
        withClient(m_options.profile, [this, month](BssClient *client) {
            if (!client->offers("ListIncentiveDiscountPolicies")) {
                finish(1, Operations::unavailableText(
                              QStringLiteral("ListIncentiveDiscountPolicies"), client->endpoint()));
                return;
            }
            ensureDomainId(client, [this, client, month] {
                auto *policies = new RecordTableModel(RecordSpecs::incentivePolicies(), this);
                auto *loader = new IncentivesLoader(client, nullptr, nullptr, policies, this);
                printWhenLoaded(loader, &IncentivesLoader::policiesLoaded, policies,
                                QStringLiteral("total_count"), QStringLiteral("policies"));
                loader->loadPolicies(month);
            });
        });
        return;
    }
    const QString noApi = tr("Incentive payouts and MDF have no public API. In the Partner "
                             "Center: Sales > Incentives, and Benefits > Market development fund.");
    const bool mdf = action == u"mdf";
    // The Incentives page's loader: the payouts, or the MDF applications.
    withSandboxClient(noApi, [this, status, period, mdf](BssClient *client) {
        auto *payouts = new RecordTableModel(RecordSpecs::incentivePayouts(), this);
        auto *claims = new RecordTableModel(RecordSpecs::incentiveClaims(), this);
        auto *loader = new IncentivesLoader(client, payouts, claims, nullptr, this);
        if (mdf) {
            printWhenLoaded(loader, &IncentivesLoader::claimsLoaded, claims,
                            QStringLiteral("total_count"), QStringLiteral("claims"));
            loader->loadClaims(status);
        } else {
            printWhenLoaded(loader, &IncentivesLoader::payoutsLoaded, payouts,
                            QStringLiteral("total_count"), QStringLiteral("payouts"));
            loader->loadPayouts(status, period);
        }
    });
}

void Cli::runDiscounts()
{
    if (!m_options.positional.isEmpty()) {
        finish(2, tr("Use: partnerdesk-cli discounts"));
        return;
    }
    withClient(m_options.profile, [this](BssClient *client) {
        ensureDomainId(client, [this, client] {
            auto *customers = new RecordTableModel(RecordSpecs::discountCustomers(), this);
            auto *loader = new DiscountsLoader(client, customers, this);
            if (loader->source() == DiscountsLoader::Source::None) {
                finish(1, tr("This site has no bill sums to derive this month's discount from. "
                             "In the Partner Center, click the amount under 本月已优惠 "
                             "(discount this month) on the home page."));
                return;
            }
            connect(loader, &DiscountsLoader::failed, this,
                    [this](const BssError &e) { finish(1, e.diagnosticText()); });
            connect(loader, &DiscountsLoader::loaded, this,
                    [this, customers](const QJsonObject &summary) {
                        QJsonObject all = summary;
                        all.insert(QLatin1String("records"), customers->records());
                        out(OutputWriter::render(all, m_options.format, m_options.reveal));
                        finish(0);
                    });
            loader->load();
        });
    });
}
