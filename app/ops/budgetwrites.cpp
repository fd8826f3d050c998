#include "ops/budgetwrites.h"

#include "bss/budgetresponses.h"
#include "bss/operations.h"
#include "bss/responses.h"
#include "ops/writespecs.h"

#include <QCoreApplication>
#include <QDateTime>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BudgetWrites", text);
}

QString budgetKey(const QString &customerId, const BudgetRecord &r)
{
    return QStringLiteral("budget:%1:%2:%3:%4")
        .arg(customerId, Operations::utcTimestamp(r.operationTime),
             r.budget.normalized().toString(), r.budgetType);
}

// One page of the customer list narrowed to `customerId`.
ApiRequest customerRead(const QString &customerId, const QString &ip, int offset, int limit)
{
    Operations::CustomerFilter f;
    f.customerId = customerId;
    f.indirectPartnerId = ip;
    QString ignored;
    return Operations::listSubCustomers(f, offset, limit, &ignored);
}

} // namespace

WriteSpec BudgetWrites::setBudget(const BudgetOperations::Change &c)
{
    WriteSpec s;
    QString problem;
    s.write = BudgetOperations::updateBudget(c, &problem);
    s.invalid = problem;
    s.operation = QStringLiteral("UpdateSubCustomerBudget");
    s.action = QStringLiteral("budget-set");
    s.target = c.customerId;
    s.amount = c.amount;
    const QString amount = c.amount.isValid() ? c.amount.normalized().toString() : QString();
    s.matchKey =
        QStringList{s.operation, c.customerId, c.indirectPartnerId, amount, c.budgetType}.join(
            u'|');
    s.params = {{QStringLiteral("operation"), s.operation},
                {QStringLiteral("target"), c.customerId},
                {QStringLiteral("amount"), c.amount.isValid() ? c.amount.toString() : QString()},
                {QStringLiteral("budget_type"), c.budgetType},
                {QStringLiteral("frozen_operate_type"), c.frozenOperateType},
                {QStringLiteral("cancel_partner_frozen"), c.cancelPartnerFrozen},
                {QStringLiteral("indirect_partner_id"), c.indirectPartnerId}};
    const QString id = c.customerId;
    const QString ip = c.indirectPartnerId;
    const QString type = c.budgetType;
    s.evidence = [id, ip, type](const QDateTime &, int offset, int limit) {
        QString ignored; // the history has no time filter: every page is read
        return BudgetOperations::listBudgetRecords(id, ip, type, offset, limit, &ignored);
    };
    const Decimal wanted = c.amount;
    s.records = [id, type, wanted](const QJsonObject &page, int *pageSize, int *total,
                                   QString *problem) -> std::optional<QList<EvidenceRecord>> {
        const auto records = BudgetResponses::budgetRecords(page, problem);
        if (!records)
            return std::nullopt;
        *pageSize = int(records->items.size());
        *total = records->total;
        QList<EvidenceRecord> out;
        for (const BudgetRecord &r : records->items) {
            if (r.operationType != u"SETTING" || r.budgetType != type || r.budget != wanted)
                continue;
            out.append(
                {budgetKey(id, r), r.operationTime, Operations::utcTimestamp(r.operationTime)});
        }
        return out;
    };
    // The answer is empty: the setting is proven by the record it left.
    s.fromAnswer = [](const QJsonObject &) { return EvidenceRecord(); };
    return s;
}

WriteSpec BudgetWrites::freeze(bool freeze, const QString &customerId, const QString &reason,
                               const QString &type, const QString &ip, qint64 stamp)
{
    if (stamp == 0)
        stamp = QDateTime::currentMSecsSinceEpoch();
    WriteSpec s;
    QString problem;
    s.write = BudgetOperations::freeze(freeze, {customerId}, reason, type, ip, &problem);
    s.invalid = problem;
    s.operation =
        freeze ? QStringLiteral("FreezeSubCustomers") : QStringLiteral("UnfreezeSubCustomers");
    s.action = freeze ? QStringLiteral("freeze") : QStringLiteral("unfreeze");
    s.target = customerId;
    s.matchKey = QStringList{s.operation, customerId, ip}.join(u'|');
    s.params = {{QStringLiteral("operation"), s.operation},
                {QStringLiteral("target"), customerId},
                {QStringLiteral("reason"), reason},
                {QStringLiteral("type"), type},
                {QStringLiteral("indirect_partner_id"), ip},
                {QStringLiteral("stamp"), QString::number(stamp)}};
    const QString key = QStringLiteral("%1:%2:%3")
                            .arg(freeze ? QLatin1String("freeze") : QLatin1String("unfreeze"),
                                 customerId, QString::number(stamp));
    const int wanted = freeze ? 1 : 0;
    s.precheck = customerRead(customerId, ip, 0, 1);
    s.skip = [customerId, wanted](const QJsonObject &answer, Decimal *) -> QString {
        QString problem;
        const auto page = Responses::customers(answer, &problem);
        if (!page)
            return QString(); // the server decides
        for (const Customer &c : page->items) {
            if (c.customerId == customerId && (c.isFrozen != 0) == (wanted != 0))
                return wanted ? tr("Already frozen.") : tr("Not frozen.");
        }
        return QString();
    };
    s.evidence = [customerId, ip](const QDateTime &, int offset, int limit) {
        return customerRead(customerId, ip, offset, limit);
    };
    s.records = [customerId, wanted,
                 key](const QJsonObject &page, int *pageSize, int *total,
                      QString *problem) -> std::optional<QList<EvidenceRecord>> {
        const auto customers = Responses::customers(page, problem);
        if (!customers)
            return std::nullopt;
        *pageSize = int(customers->items.size());
        *total = customers->total;
        QList<EvidenceRecord> out;
        for (const Customer &c : customers->items) {
            if (c.customerId == customerId && (c.isFrozen != 0) == (wanted != 0))
                out.append({key, QDateTime(), customerId});
        }
        return out;
    };
    // A 200 without error_details says the server froze (unfroze) this one customer.
    s.fromAnswer = [key, customerId](const QJsonObject &) {
        return EvidenceRecord{key, QDateTime(), customerId};
    };
    return s;
}

std::optional<WriteSpec> BudgetWrites::rebuild(const QJsonObject &p)
{
    const QString op = WriteSpecs::str(p, "operation");
    const QString target = WriteSpecs::str(p, "target");
    const QString ip = WriteSpecs::str(p, "indirect_partner_id");
    if (op == u"UpdateSubCustomerBudget") {
        BudgetOperations::Change c;
        c.customerId = target;
        c.amount = Decimal::parse(WriteSpecs::str(p, "amount")).value_or(Decimal::invalid());
        c.budgetType = WriteSpecs::str(p, "budget_type");
        c.frozenOperateType = p.value(QLatin1String("frozen_operate_type")).toInt(-1);
        c.cancelPartnerFrozen = p.value(QLatin1String("cancel_partner_frozen")).toBool();
        c.indirectPartnerId = ip;
        return setBudget(c);
    }
    if (op == u"FreezeSubCustomers" || op == u"UnfreezeSubCustomers")
        return freeze(op == u"FreezeSubCustomers", target, WriteSpecs::str(p, "reason"),
                      WriteSpecs::str(p, "type"), ip, WriteSpecs::str(p, "stamp").toLongLong());
    return std::nullopt;
}
