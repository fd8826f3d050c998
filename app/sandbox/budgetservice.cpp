#include "sandbox/budgetservice.h"

#include "sandbox/sandboxstore.h"
#include "sandbox/sqlfilter.h"

#include <QJsonArray>

namespace {

const QStringList kBudgetTypes = {QStringLiteral("MONTHLY"), QStringLiteral("PACKAGE")};
const QStringList kFreezeTypes = {QStringLiteral("ACCOUNT"),
                                  QStringLiteral("ACCOUNT_AND_RESOURCE")};

SandboxAnswer alreadyFrozen()
{
    return SandboxAnswer::error(400, QStringLiteral("SBX.6001"),
                                QStringLiteral("The customer's account is already frozen."));
}

SandboxAnswer notFrozen()
{
    return SandboxAnswer::error(400, QStringLiteral("SBX.6002"),
                                QStringLiteral("The customer's account is not frozen."));
}

SandboxAnswer otherFreezeType()
{
    return SandboxAnswer::error(
        400, QStringLiteral("SBX.6003"),
        QStringLiteral("The unfreeze type must be the type the account was frozen with."));
}

SandboxAnswer frozenBySystem()
{
    return SandboxAnswer::error(400, QStringLiteral("SBX.6004"),
                                QStringLiteral("The account was frozen by Huawei Cloud, not by"
                                               " the partner."));
}

} // namespace

std::optional<SandboxAnswer> BudgetService::refuse(const QString &customerId, const QString &scope)
{
    QSqlQuery q = m_store->query();
    if (!m_store->exec(&q,
                       QStringLiteral("SELECT association_type FROM customers WHERE customer_id"
                                      " = ? AND indirect_partner_id = ?"),
                       {customerId, scope}))
        return SandboxAnswer::internalError();
    if (!q.next())
        return SandboxAnswer::notYourCustomer();
    if (q.value(0).toString() != m_store->resaleType())
        return SandboxAnswer::referralCustomer();
    return std::nullopt;
}

SandboxAnswer BudgetService::list(SandboxParams p)
{
    const QStringList ids = p.strings("customer_ids", 100, 64, true);
    const QString scope = SqlFilter::scope(p.indirectPartnerId());
    if (!p.ok())
        return p.error();
    // Customers that are not ours, not resale customers or without a budget are left out.
    QSqlQuery q = m_store->query();
    q.prepare(QStringLiteral("SELECT b.budget_amount, b.used_amount, b.budget_type FROM budgets b"
                             " JOIN customers c ON c.customer_id = b.customer_id WHERE"
                             " b.customer_id = ? AND c.indirect_partner_id = ? AND"
                             " c.association_type = ?"));
    QJsonArray infos;
    for (const QString &id : ids) {
        q.addBindValue(id);
        q.addBindValue(scope);
        q.addBindValue(m_store->resaleType());
        if (!m_store->execPrepared(&q))
            return SandboxAnswer::internalError();
        if (!q.next())
            continue;
        infos.append(QJsonObject{
            {QStringLiteral("customer_id"), id},
            {QStringLiteral("budget_amount"), SqlFilter::amountJson(q.value(0).toString())},
            {QStringLiteral("used_amount"), SqlFilter::amountJson(q.value(1).toString())},
            {QStringLiteral("budget_type"), q.value(2).toString()}});
    }
    return SandboxAnswer::ok({{QStringLiteral("measure_id"), 1},
                              {QStringLiteral("currency"), m_store->currency()},
                              {QStringLiteral("budget_infos"), infos}});
}

SandboxAnswer BudgetService::show(SandboxParams p)
{
    const QString id = p.string("customer_id", 64, true);
    const QString scope = SqlFilter::scope(p.indirectPartnerId());
    if (!p.ok())
        return p.error();
    if (auto no = refuse(id, scope))
        return *no;
    QSqlQuery q = m_store->query();
    if (!m_store->exec(&q,
                       QStringLiteral("SELECT budget_amount, used_amount, budget_type FROM"
                                      " budgets WHERE customer_id = ?"),
                       {id}))
        return SandboxAnswer::internalError();
    QJsonObject o{{QStringLiteral("measure_id"), 1},
                  {QStringLiteral("currency"), m_store->currency()}};
    if (q.next()) {
        o.insert(QLatin1String("budget_amount"), SqlFilter::amountJson(q.value(0).toString()));
        o.insert(QLatin1String("used_amount"), SqlFilter::amountJson(q.value(1).toString()));
        o.insert(QLatin1String("budget_type"), q.value(2).toString());
    }
    return SandboxAnswer::ok(o);
}

SandboxAnswer BudgetService::update(SandboxParams p)
{
    const QString id = p.string("customer_id", 64, true);
    const Decimal amount = p.nonNegativeAmount("budget_amount", Decimal::fromInt(2147483647));
    const QString cancel =
        p.oneOf("cancel_partner_frozen", {QStringLiteral("0"), QStringLiteral("1")});
    const QString scope = SqlFilter::scope(p.indirectPartnerId());
    QString type = p.oneOf("budget_type", kBudgetTypes);
    const bool policySet = p.has("frozen_operate_type");
    const int policy = p.integer("frozen_operate_type", 0, 0, 1);
    if (!p.ok())
        return p.error();
    if (type.isEmpty())
        type = QStringLiteral("MONTHLY");
    SandboxStore::Transaction tx(m_store);
    if (auto no = refuse(id, scope))
        return *no;
    QSqlQuery q = m_store->query();
    if (!m_store->exec(&q,
                       QStringLiteral("SELECT used_amount, budget_type, frozen_operate_type FROM"
                                      " budgets WHERE customer_id = ?"),
                       {id}))
        return SandboxAnswer::internalError();
    const bool had = q.next();
    // A new kind of budget starts from nothing used; the same kind keeps what was used.
    const QString used =
        had && q.value(1).toString() == type ? q.value(0).toString() : QStringLiteral("0.00");
    const QVariant frozenPolicy = policySet ? QVariant(policy) : had ? q.value(2) : QVariant(0);
    QSqlQuery w = m_store->query();
    bool ok = m_store->exec(
        &w,
        QStringLiteral("INSERT OR REPLACE INTO budgets(customer_id, budget_amount, used_amount,"
                       " budget_type, frozen_operate_type) VALUES(?, ?, ?, ?, ?)"),
        {id, amount.toString(), used, type, frozenPolicy});
    ok = ok && m_store->exec(&w,
                             QStringLiteral("INSERT INTO budget_records(customer_id, budget_amount,"
                                            " operation_type, operation_time, operator,"
                                            " budget_type) VALUES(?, ?, 'SETTING', ?, ?, ?)"),
                             {id, amount.toString(), SandboxStore::nowUtc(),
                              QStringLiteral("sandbox-partner"), type});
    if (ok && cancel == u"1")
        ok = m_store->exec(&w,
                           QStringLiteral("DELETE FROM freezes WHERE customer_id = ? AND"
                                          " by_partner = 1"),
                           {id}) &&
             m_store->exec(&w,
                           QStringLiteral("UPDATE customers SET is_frozen = 0 WHERE customer_id"
                                          " = ? AND NOT EXISTS (SELECT 1 FROM freezes WHERE"
                                          " freezes.customer_id = customers.customer_id)"),
                           {id});
    if (!ok || !applyPolicy(id) || !tx.commit())
        return SandboxAnswer::internalError();
    return SandboxAnswer::ok(QJsonObject());
}

bool BudgetService::applyPolicy(const QString &id)
{
    QSqlQuery q = m_store->query();
    if (!m_store->exec(&q,
                       QStringLiteral("SELECT budget_amount, used_amount, frozen_operate_type"
                                      " FROM budgets WHERE customer_id = ?"),
                       {id}))
        return false;
    if (!q.next())
        return true;
    const Decimal budget = SandboxStore::storedAmount(q.value(0));
    const Decimal used = SandboxStore::storedAmount(q.value(1));
    if (!budget.isValid() || !used.isValid())
        return false;
    QSqlQuery w = m_store->query();
    if (used < budget) // back inside the budget: the system's freeze for it ends
        return m_store->exec(&w,
                             QStringLiteral("DELETE FROM freezes WHERE customer_id = ? AND"
                                            " by_partner = 0"),
                             {id}) &&
               m_store->exec(&w,
                             QStringLiteral("UPDATE customers SET is_frozen = 0 WHERE customer_id"
                                            " = ? AND NOT EXISTS (SELECT 1 FROM freezes WHERE"
                                            " freezes.customer_id = customers.customer_id)"),
                             {id});
    if (q.value(2).toInt() != 1)
        return true; // over budget, frozen by hand only
    return m_store->exec(&w,
                         QStringLiteral("INSERT OR IGNORE INTO freezes(customer_id, freeze_type,"
                                        " reason, freeze_time, by_partner) VALUES(?, 'ACCOUNT',"
                                        " 'over budget', ?, 0)"),
                         {id, SandboxStore::nowUtc()}) &&
           m_store->exec(&w,
                         QStringLiteral("UPDATE customers SET is_frozen = 1 WHERE customer_id = ?"),
                         {id});
}

SandboxAnswer BudgetService::records(SandboxParams p)
{
    const QString id = p.string("customer_id", 64, true);
    const QString scope = SqlFilter::scope(p.indirectPartnerId());
    const QString op =
        p.oneOf("operation_type", {QStringLiteral("SETTING"), QStringLiteral("DELETE")});
    const QString type = p.oneOf("budget_type", kBudgetTypes);
    int offset, limit;
    p.paging(&offset, &limit);
    if (!p.ok())
        return p.error();
    if (auto no = refuse(id, scope))
        return *no;
    SqlFilter filter = SqlFilter::unscoped();
    filter.add(QStringLiteral("customer_id = :cid"), QStringLiteral(":cid"), id);
    filter.addIf(op, "operation_type = :op", ":op");
    filter.addIf(type, "budget_type = :bt", ":bt");
    return filter.page(
        m_store->database(),
        {QStringLiteral("budget_records"),
         QStringLiteral("budget_amount, operation_type, operation_time, operator, budget_type"),
         QStringLiteral("seq DESC")},
        offset, limit, "total_count", "record_list",
        [](const QSqlQuery &r) -> std::optional<QJsonObject> {
            return QJsonObject{
                {QStringLiteral("budget_amount"), SqlFilter::amountJson(r.value(0).toString())},
                {QStringLiteral("operation_type"), r.value(1).toString()},
                {QStringLiteral("operation_time"), r.value(2).toString()},
                {QStringLiteral("operator"), r.value(3).toString()},
                {QStringLiteral("budget_type"), r.value(4).toString()},
                {QStringLiteral("partner_corp_name"), QStringLiteral("Sandbox Partner")},
                {QStringLiteral("partner_account_name"), QStringLiteral("sandbox-partner")}};
        },
        {{QStringLiteral("measure_id"), 1}, {QStringLiteral("currency"), m_store->currency()}});
}

SandboxAnswer BudgetService::freeze(bool freeze, SandboxParams p)
{
    const QStringList ids = p.strings("customer_ids", 10, 64, true);
    const QString reason = p.string("reason", 256, true).trimmed();
    const QString scope = SqlFilter::scope(p.indirectPartnerId());
    QString type = p.oneOf(freeze ? "freeze_type" : "unfreeze_type", kFreezeTypes);
    if (!p.ok())
        return p.error();
    if (reason.isEmpty())
        return SandboxAnswer::paramError(QStringLiteral("reason is required"));
    if (type.isEmpty())
        type = QStringLiteral("ACCOUNT");
    SandboxStore::Transaction tx(m_store);
    QJsonArray details;
    for (const QString &id : ids) {
        if (auto no = refuse(id, scope)) {
            if (no->status >= 500)
                return *no;
            details.append(no->asDetail(id));
            continue;
        }
        QSqlQuery q = m_store->query();
        if (!m_store->exec(&q,
                           QStringLiteral("SELECT c.is_frozen, f.freeze_type, f.by_partner FROM"
                                          " customers c LEFT JOIN freezes f ON f.customer_id ="
                                          " c.customer_id WHERE c.customer_id = ?"),
                           {id}) ||
            !q.next())
            return SandboxAnswer::internalError();
        const bool frozen = q.value(0).toInt() != 0;
        const QString frozenAs =
            q.value(1).isNull() ? QStringLiteral("ACCOUNT") : q.value(1).toString();
        QSqlQuery w = m_store->query();
        bool ok = true;
        if (freeze) {
            if (frozen) {
                details.append(alreadyFrozen().asDetail(id));
                continue;
            }
            ok = m_store->exec(&w,
                               QStringLiteral("INSERT OR REPLACE INTO freezes(customer_id,"
                                              " freeze_type, reason, freeze_time, by_partner)"
                                              " VALUES(?, ?, ?, ?, 1)"),
                               {id, type, reason, SandboxStore::nowUtc()}) &&
                 m_store->exec(&w,
                               QStringLiteral("UPDATE customers SET is_frozen = 1 WHERE"
                                              " customer_id = ?"),
                               {id});
        } else {
            if (!frozen) {
                details.append(notFrozen().asDetail(id));
                continue;
            }
            if (!q.value(2).isNull() && q.value(2).toInt() == 0) {
                details.append(frozenBySystem().asDetail(id));
                continue;
            }
            if (frozenAs != type) {
                details.append(otherFreezeType().asDetail(id));
                continue;
            }
            ok = m_store->exec(&w, QStringLiteral("DELETE FROM freezes WHERE customer_id = ?"),
                               {id}) &&
                 m_store->exec(&w,
                               QStringLiteral("UPDATE customers SET is_frozen = 0 WHERE"
                                              " customer_id = ?"),
                               {id});
        }
        if (!ok)
            return SandboxAnswer::internalError();
    }
    if (!tx.commit())
        return SandboxAnswer::internalError();
    if (details.isEmpty())
        return SandboxAnswer::ok(QJsonObject());
    return SandboxAnswer::ok({{QStringLiteral("error_details"), details}});
}

SandboxAnswer BudgetService::consumptionQuota(SandboxParams p)
{
    if (!p.ok())
        return p.error();
    const auto own = m_store->account(QString());
    if (!own)
        return SandboxAnswer::internalError();
    // The quota is the credit line; what the customers used of it is their budgets' use.
    QSqlQuery q = m_store->query();
    if (!m_store->exec(&q, QStringLiteral("SELECT used_amount FROM budgets")))
        return SandboxAnswer::internalError();
    Decimal unbilled = Decimal::fromMantissa(0, 2);
    while (q.next()) {
        const Decimal used = SandboxStore::storedAmount(q.value(0));
        if (!used.isValid())
            return SandboxAnswer::internalError();
        unbilled += used;
    }
    const Decimal coupons = Decimal::fromMantissa(0, 2);
    const Decimal due = Decimal::fromMantissa(0, 2);
    // used = due + unbilled - balance - coupons, as the SDK documents it (never below 0).
    Decimal used = due + unbilled - own->cash - coupons;
    if (used.signum() < 0)
        used = Decimal::fromMantissa(0, 2);
    // The SDK's ShowPartnerConsumptionQuotaResponse has these amounts as strings.
    auto json = [](const Decimal &d) { return d.withScale(2).toString(); };
    return SandboxAnswer::ok({{QStringLiteral("consumption_quota"), json(own->credit)},
                              {QStringLiteral("amount"), json(own->cash)},
                              {QStringLiteral("coupon_amount"), json(coupons)},
                              {QStringLiteral("due_amount"), json(due)},
                              {QStringLiteral("unbilled_amount"), json(unbilled)},
                              {QStringLiteral("used_consumption_quota"), json(used)},
                              {QStringLiteral("measure_id"), 1},
                              {QStringLiteral("currency"), m_store->currency()}});
}
