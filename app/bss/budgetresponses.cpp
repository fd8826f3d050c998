#include "bss/budgetresponses.h"

#include "bss/pager.h"
#include "bss/responses.h"

#include <QJsonArray>

namespace {

// `field` of `o` in the answer's unit (measure_id of `top`, the answer, when `o` has none).
std::optional<Decimal> money(QJsonObject o, const QJsonObject &top, const char *field,
                             bool required, QString *problem)
{
    if (!o.contains(QLatin1String("measure_id")) && top.contains(QLatin1String("measure_id")))
        o.insert(QLatin1String("measure_id"), top.value(QLatin1String("measure_id")));
    return Responses::amount(o, field, required, problem);
}

bool text(const QJsonObject &o, const char *key, QString *out, QString *problem)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isUndefined() && !v.isNull() && !v.isString()) {
        *problem = BudgetResponses::tr("the field \"%1\" is not text").arg(QLatin1String(key));
        return false;
    }
    *out = v.toString();
    return true;
}

bool budgetType(const QJsonObject &o, QString *out, QString *problem)
{
    if (!text(o, "budget_type", out, problem))
        return false;
    if (!out->isEmpty() && *out != u"MONTHLY" && *out != u"PACKAGE") {
        *problem = BudgetResponses::tr("the budget type \"%1\" is not known").arg(*out);
        return false;
    }
    return true;
}

} // namespace

std::optional<QList<CustomerBudget>> BudgetResponses::budgets(const QJsonObject &json,
                                                              QString *problem)
{
    const QJsonValue v = json.value(QLatin1String("budget_infos"));
    if (!v.isUndefined() && !v.isNull() && !v.isArray()) {
        *problem = tr("the field \"budget_infos\" is not a list");
        return std::nullopt;
    }
    QList<CustomerBudget> out;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isObject()) {
            *problem = tr("an item of \"budget_infos\" is not an object");
            return std::nullopt;
        }
        const QJsonObject o = item.toObject();
        CustomerBudget b;
        if (!text(o, "customer_id", &b.customerId, problem) ||
            !budgetType(o, &b.budgetType, problem))
            return std::nullopt;
        if (b.customerId.isEmpty()) {
            *problem = tr("the field \"customer_id\" is missing");
            return std::nullopt;
        }
        const auto budget = money(o, json, "budget_amount", false, problem);
        const auto used = budget ? money(o, json, "used_amount", false, problem) : std::nullopt;
        if (!budget || !used)
            return std::nullopt;
        b.budget = *budget;
        b.used = *used;
        out.append(b);
    }
    return out;
}

std::optional<CustomerBudget> BudgetResponses::budget(const QJsonObject &json,
                                                      const QString &customerId, QString *problem)
{
    CustomerBudget b;
    b.customerId = customerId;
    if (!budgetType(json, &b.budgetType, problem))
        return std::nullopt;
    const auto budget = money(json, json, "budget_amount", false, problem);
    const auto used = budget ? money(json, json, "used_amount", false, problem) : std::nullopt;
    if (!budget || !used)
        return std::nullopt;
    b.budget = *budget;
    b.used = *used;
    return b;
}

std::optional<ListPage<BudgetRecord>> BudgetResponses::budgetRecords(const QJsonObject &json,
                                                                     QString *problem)
{
    const QJsonValue v = json.value(QLatin1String("record_list"));
    if (!v.isUndefined() && !v.isNull() && !v.isArray()) {
        *problem = tr("the field \"record_list\" is not a list");
        return std::nullopt;
    }
    ListPage<BudgetRecord> page;
    page.total = Pager::totalOf(json);
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isObject()) {
            *problem = tr("an item of \"record_list\" is not an object");
            return std::nullopt;
        }
        const QJsonObject o = item.toObject();
        BudgetRecord r;
        QString time;
        if (!text(o, "operation_type", &r.operationType, problem) ||
            !text(o, "operation_time", &time, problem) ||
            !text(o, "operator", &r.operatorName, problem) ||
            !budgetType(o, &r.budgetType, problem) ||
            !text(o, "partner_corp_name", &r.partnerCorpName, problem) ||
            !text(o, "partner_account_name", &r.partnerAccountName, problem))
            return std::nullopt;
        r.operationTime = Responses::utcTime(time);
        if (!time.isEmpty() && !r.operationTime.isValid()) {
            *problem = tr("the time \"%1\" cannot be read").arg(time);
            return std::nullopt;
        }
        const auto budget = money(o, json, "budget_amount", false, problem);
        if (!budget)
            return std::nullopt;
        r.budget = *budget;
        page.items.append(r);
    }
    return page;
}

std::optional<ConsumptionQuota> BudgetResponses::consumptionQuota(const QJsonObject &json,
                                                                  QString *problem)
{
    ConsumptionQuota q;
    const std::pair<const char *, Decimal *> fields[] = {
        {"consumption_quota", &q.quota}, {"used_consumption_quota", &q.used},
        {"amount", &q.balance},          {"coupon_amount", &q.coupons},
        {"due_amount", &q.due},          {"unbilled_amount", &q.unbilled}};
    for (const auto &[field, out] : fields) {
        const auto d = Responses::amount(json, field, false, problem);
        if (!d)
            return std::nullopt;
        *out = *d;
    }
    if (!text(json, "currency", &q.currency, problem))
        return std::nullopt;
    return q;
}

std::optional<PostpaidBillSum> BudgetResponses::postpaidBillSum(const QJsonObject &json,
                                                                QString *problem)
{
    PostpaidBillSum b;
    const std::pair<const char *, Decimal *> fields[] = {{"initial_amount_due", &b.amountDue},
                                                         {"consume_amount", &b.consumption},
                                                         {"refunds", &b.refunds},
                                                         {"adjustments", &b.adjustments},
                                                         {"tax_amount", &b.tax}};
    for (const auto &[field, out] : fields) {
        const auto d = Responses::amount(json, field, false, problem);
        if (!d)
            return std::nullopt;
        *out = *d;
    }
    if (!text(json, "bill_cycle", &b.cycle, problem) ||
        !text(json, "currency", &b.currency, problem))
        return std::nullopt;
    return b;
}
