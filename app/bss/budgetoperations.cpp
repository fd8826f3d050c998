#include "bss/budgetoperations.h"

#include "bss/jsonbody.h"
#include "bss/operations.h"

#include <QDate>

namespace {

QString checkIds(const QStringList &ids, int most)
{
    if (ids.isEmpty() || ids.size() > most)
        return BudgetOperations::tr("Name 1 to %n customer(s) at a time.", nullptr, most);
    for (const QString &id : ids) {
        const QString p = Operations::checkId(QStringLiteral("customer_id"), id, 64, true);
        if (!p.isEmpty())
            return p;
    }
    return QString();
}

QString checkReseller(const QString &ip)
{
    return Operations::checkId(QStringLiteral("indirect_partner_id"), ip, 64, false);
}

} // namespace

QString BudgetOperations::checkBudget(const Decimal &amount)
{
    if (!amount.isValid())
        return tr("Enter a budget amount.");
    if (amount.signum() < 0)
        return tr("A budget cannot be negative.");
    if (amount.significantScale() > 2)
        return tr("A budget has at most 2 decimal places.");
    if (amount > Decimal::fromInt(2147483647))
        return tr("A budget can be at most 2,147,483,647.");
    return QString();
}

QString BudgetOperations::checkBudgetType(const QString &type, bool allowEmpty)
{
    if ((allowEmpty && type.isEmpty()) || type == u"MONTHLY" || type == u"PACKAGE")
        return QString();
    return tr("The budget is monthly (MONTHLY) or one-time (PACKAGE).");
}

QString BudgetOperations::checkFreezeType(const QString &type)
{
    if (type == u"ACCOUNT" || type == u"ACCOUNT_AND_RESOURCE")
        return QString();
    return tr("Freeze the account (ACCOUNT) or the account and its resources "
              "(ACCOUNT_AND_RESOURCE).");
}

ApiRequest BudgetOperations::listBudgets(const QStringList &ids, const QString &ip,
                                         QString *problem)
{
    QString p = checkIds(ids, 100);
    if (p.isEmpty())
        p = checkReseller(ip);
    *problem = p;
    if (!p.isEmpty())
        return {};
    ApiRequest r = Operations::named("ListSubCustomerBudget");
    JsonBody b;
    b.add("customer_ids", ids).addIfSet("indirect_partner_id", ip);
    r.body = b.bytes();
    return r;
}

ApiRequest BudgetOperations::showBudget(const QString &customerId, const QString &ip,
                                        QString *problem)
{
    QString p = Operations::checkId(QStringLiteral("customer_id"), customerId, 64, true);
    if (p.isEmpty())
        p = checkReseller(ip);
    *problem = p;
    if (!p.isEmpty())
        return {};
    ApiRequest r = Operations::named("ShowSubCustomerBudget");
    r.addQuery("customer_id", customerId);
    if (!ip.isEmpty())
        r.addQuery("indirect_partner_id", ip);
    return r;
}

ApiRequest BudgetOperations::updateBudget(const Change &c, QString *problem)
{
    QString p = Operations::checkId(QStringLiteral("customer_id"), c.customerId, 64, true);
    if (p.isEmpty())
        p = checkBudget(c.amount);
    if (p.isEmpty())
        p = checkBudgetType(c.budgetType, false);
    if (p.isEmpty() && (c.frozenOperateType < -1 || c.frozenOperateType > 1))
        p = tr("Over budget, the customer is frozen by hand (0) or automatically (1).");
    if (p.isEmpty())
        p = checkReseller(c.indirectPartnerId);
    *problem = p;
    if (!p.isEmpty())
        return {};
    ApiRequest r = Operations::named("UpdateSubCustomerBudget");
    JsonBody b;
    b.add("customer_id", c.customerId).add("budget_amount", c.amount.withScale(2));
    if (c.cancelPartnerFrozen)
        b.add("cancel_partner_frozen", QStringLiteral("1"));
    b.addIfSet("indirect_partner_id", c.indirectPartnerId).add("budget_type", c.budgetType);
    if (c.frozenOperateType >= 0)
        b.add("frozen_operate_type", qint64(c.frozenOperateType));
    r.body = b.bytes();
    return r;
}

ApiRequest BudgetOperations::listBudgetRecords(const QString &customerId, const QString &ip,
                                               const QString &budgetType, int offset, int limit,
                                               QString *problem)
{
    QString p = Operations::checkId(QStringLiteral("customer_id"), customerId, 64, true);
    if (p.isEmpty())
        p = checkReseller(ip);
    if (p.isEmpty())
        p = checkBudgetType(budgetType, true);
    if (p.isEmpty())
        p = Operations::checkPaging(offset, limit);
    *problem = p;
    if (!p.isEmpty())
        return {};
    ApiRequest r = Operations::named("ListSubCustomerBudgetRecords");
    r.addQuery("customer_id", customerId);
    if (!ip.isEmpty())
        r.addQuery("indirect_partner_id", ip);
    if (!budgetType.isEmpty())
        r.addQuery("budget_type", budgetType);
    r.addQuery("offset", QString::number(offset));
    r.addQuery("limit", QString::number(limit));
    return r;
}

ApiRequest BudgetOperations::freeze(bool freeze, const QStringList &ids, const QString &reason,
                                    const QString &type, const QString &ip, QString *problem)
{
    QString p = checkIds(ids, MaxFreezeIds);
    const QString why = reason.trimmed();
    if (p.isEmpty() && (why.isEmpty() || why.size() > 256))
        p = freeze ? tr("Give a reason for freezing (1 to 256 characters).")
                   : tr("Give a reason for unfreezing (1 to 256 characters).");
    if (p.isEmpty())
        p = Operations::checkId(QStringLiteral("reason"), why, 256, true);
    if (p.isEmpty())
        p = checkFreezeType(type);
    if (p.isEmpty())
        p = checkReseller(ip);
    *problem = p;
    if (!p.isEmpty())
        return {};
    ApiRequest r = Operations::named(freeze ? "FreezeSubCustomers" : "UnfreezeSubCustomers");
    JsonBody b;
    b.add("customer_ids", ids).add("reason", why).addIfSet("indirect_partner_id", ip);
    b.add(freeze ? "freeze_type" : "unfreeze_type", type);
    r.body = b.bytes();
    return r;
}

ApiRequest BudgetOperations::showConsumptionQuota()
{
    return Operations::named("ShowPartnerConsumptionQuota");
}

ApiRequest BudgetOperations::postpaidBillSum(const QString &cycle, QString *problem)
{
    const bool ok = cycle.size() == 7 &&
                    QDate::fromString(cycle + QStringLiteral("-01"), Qt::ISODate).isValid();
    *problem = ok ? QString() : tr("The bill month must look like 2025-02.");
    if (!ok)
        return {};
    ApiRequest r = Operations::named("ListPostpaidBillSum");
    r.addQuery("bill_cycle", cycle);
    return r;
}

ApiRequest BudgetOperations::listOwnCoupons(int status, int offset, int limit, QString *problem)
{
    QString p = Operations::checkPaging(offset, limit);
    if (p.isEmpty() && (status < 0 || status > 5))
        p = tr(
            "A coupon is not activated (1), usable (2), used (3), expired (4) or reclaimed (5).");
    *problem = p;
    if (!p.isEmpty())
        return {};
    ApiRequest r = Operations::named("ListSubCustomerCoupons");
    if (status > 0)
        r.addQuery("status", QString::number(status));
    r.addQuery("offset", QString::number(offset));
    r.addQuery("limit", QString::number(limit));
    return r;
}

ApiRequest BudgetOperations::listInvoices(const QByteArray &domainId, const QDateTime &from,
                                          const QDateTime &to, int offset, int limit,
                                          QString *problem)
{
    QString p = Operations::checkPaging(offset, limit);
    if (p.isEmpty() && (domainId.isEmpty() || domainId.contains('/')))
        p = tr("The account ID is not known yet.");
    if (p.isEmpty() && from.isValid() && to.isValid() && from > to)
        p = tr("The start of the time range is after its end.");
    *problem = p;
    if (!p.isEmpty())
        return {};
    ApiRequest r = Operations::named("ListInvoices");
    r.path.replace("{domain_id}", domainId);
    if (from.isValid())
        r.addQuery("start_time", Operations::utcTimestamp(from));
    if (to.isValid())
        r.addQuery("end_time", Operations::utcTimestamp(to));
    r.addQuery("offset", QString::number(offset));
    r.addQuery("limit", QString::number(limit));
    return r;
}
