#include "ops/budgetsloader.h"

#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/budgetoperations.h"
#include "bss/budgetresponses.h"
#include "bss/operations.h"
#include "models/recordtablemodel.h"
#include "ops/recordload.h"

#include <QHash>

#include <memory>

namespace {

constexpr int Chunk = 100; // ListSubCustomerBudget: at most 100 customers a call

QJsonValue money(const Decimal &d)
{
    return d.withScale(2).toString();
}

// used / budget in percent, to one decimal (half up), in exact integers.
Decimal percentOf(const Decimal &used, const Decimal &budget)
{
    const std::int64_t u = used.withScale(2).mantissa();
    const std::int64_t b = budget.withScale(2).mantissa();
    const std::int64_t tenths = (u * 2000 / b + (u >= 0 ? 1 : -1)) / 2;
    return Decimal::fromMantissa(tenths, 1);
}

} // namespace

BudgetsLoader::BudgetsLoader(BssClient *client, RecordTableModel *budgets,
                             RecordTableModel *history, QObject *parent)
    : QObject(parent), m_client(client), m_budgets(budgets), m_history(history)
{}

QString BudgetsLoader::stateOf(const Decimal &budget, const Decimal &used, bool hasBudget,
                               int nearPercent)
{
    if (!hasBudget)
        return QStringLiteral("none");
    if (used >= budget)
        return QStringLiteral("over");
    // used / budget >= nearPercent / 100, exactly: used * 100 >= budget * nearPercent.
    if (used * 100 >= budget * nearPercent)
        return QStringLiteral("near");
    return QStringLiteral("within");
}

void BudgetsLoader::load(const QString &indirectPartnerId)
{
    const quint64 generation = ++m_generation;
    m_scope = indirectPartnerId;
    m_running = true;
    Operations::CustomerFilter filter;
    filter.associationType = QStringLiteral("3"); // 转售: the customers a budget applies to
    filter.indirectPartnerId = indirectPartnerId;
    RecordLoad::collect(
        m_client,
        [filter](int offset, int limit) {
            QString ignored;
            return Operations::listSubCustomers(filter, offset, limit, &ignored);
        },
        {QStringLiteral("customer_infos")}, this, &m_pager,
        [this, generation](const BssError &error, const QJsonObject &, const QJsonArray &items) {
            if (generation != m_generation)
                return;
            if (error.isError()) {
                m_budgets->setRecords({});
                finish(error);
                return;
            }
            readBudgets(items, generation);
        });
}

void BudgetsLoader::readBudgets(const QJsonArray &customers, quint64 generation)
{
    struct Tally
    {
        int pending = 0;
        BssError error;
        QHash<QString, CustomerBudget> budgets;
    };
    auto tally = std::make_shared<Tally>();
    QStringList ids;
    for (const QJsonValue &v : customers)
        ids.append(v.toObject().value(QLatin1String("customer_id")).toString());
    if (ids.isEmpty()) {
        BssError error;
        RecordLoad::accept(m_budgets, {}, false, &error);
        finish(BssError());
        return;
    }
    for (int i = 0; i < ids.size(); i += Chunk) {
        QString problem;
        const ApiRequest request =
            BudgetOperations::listBudgets(ids.mid(i, Chunk), m_scope, &problem);
        if (!problem.isEmpty()) { // an id the API would refuse: nothing is sent
            m_budgets->setRecords({});
            finish(BssError::malformed(problem));
            return;
        }
        ++tally->pending;
        BssJob *job = m_client->call(request);
        connect(job, &BssJob::finished, this, [this, job, tally, generation, customers] {
            if (generation != m_generation)
                return;
            QString problem;
            const auto budgets = BudgetResponses::budgets(job->json(), &problem);
            if (!tally->error.isError()) {
                if (job->error().isError())
                    tally->error = job->error();
                else if (!budgets)
                    tally->error = BssError::malformed(problem);
                else
                    for (const CustomerBudget &b : *budgets)
                        tally->budgets.insert(b.customerId, b);
            }
            if (--tally->pending > 0)
                return;
            if (tally->error.isError()) {
                m_budgets->setRecords({});
                finish(tally->error);
                return;
            }
            QJsonArray records;
            for (const QJsonValue &v : customers) {
                QJsonObject o = v.toObject();
                const auto it =
                    tally->budgets.constFind(o.value(QLatin1String("customer_id")).toString());
                const bool has = it != tally->budgets.cend() && !it->budgetType.isEmpty();
                if (has) {
                    o.insert(QLatin1String("budget_type"), it->budgetType);
                    o.insert(QLatin1String("budget_amount"), money(it->budget));
                    o.insert(QLatin1String("used_amount"), money(it->used));
                    o.insert(QLatin1String("remaining_amount"), money(it->budget - it->used));
                    if (it->budget.signum() > 0)
                        o.insert(QLatin1String("used_percent"),
                                 percentOf(it->used, it->budget).toString());
                }
                o.insert(QLatin1String("budget_state"),
                         stateOf(has ? it->budget : Decimal(), has ? it->used : Decimal(), has,
                                 m_nearPercent));
                records.append(o);
            }
            BssError error;
            RecordLoad::accept(m_budgets, records, false, &error);
            finish(error);
        });
    }
}

void BudgetsLoader::finish(const BssError &error)
{
    m_running = false;
    if (error.isError())
        emit failed(error);
    else
        emit loaded(m_budgets->rowCount());
}

void BudgetsLoader::loadHistory(const QString &customerId, const QString &indirectPartnerId)
{
    RecordLoad::fill(
        m_client,
        [customerId, indirectPartnerId](int offset, int limit) {
            QString ignored;
            return BudgetOperations::listBudgetRecords(customerId, indirectPartnerId, QString(),
                                                       offset, limit, &ignored);
        },
        {QStringLiteral("record_list")}, m_history, this, &m_historyPager,
        [this](const BssError &error) {
            if (error.isError())
                emit failed(error);
            else
                emit historyLoaded(m_history->rowCount());
        });
}

const QStringList &BudgetsLoader::stateFilters()
{
    static const QStringList filters = {QStringLiteral("over"), QStringLiteral("near"),
                                        QStringLiteral("within"), QStringLiteral("none"),
                                        QStringLiteral("frozen")};
    return filters;
}

QPair<QString, QString> BudgetsLoader::stateField(const QString &filter)
{
    if (filter == u"frozen")
        return {QStringLiteral("is_frozen"), QStringLiteral("1")};
    return {QStringLiteral("budget_state"), filter};
}

bool BudgetsLoader::matchesState(const QJsonObject &record, const QString &filter)
{
    if (filter.isEmpty())
        return true;
    const auto [field, value] = stateField(filter);
    return record.value(field).toVariant().toString() == value;
}
