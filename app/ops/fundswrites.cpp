#include "ops/fundswrites.h"

#include "bss/operations.h"
#include "bss/responses.h"
#include "ops/writespecs.h"

namespace {

WriteSpec transfer(FundsWrites::Kind kind, bool reseller, const QString &target,
                   const Decimal &amount, const QString &indirectPartnerId)
{
    const bool allocate = kind == FundsWrites::Kind::Allocate;
    WriteSpec s;
    QString problem;
    if (reseller)
        s.write = allocate ? Operations::allocateToReseller(target, amount, &problem)
                           : Operations::reclaimFromReseller(target, amount, &problem);
    else
        s.write =
            allocate ? Operations::allocateToCustomer(target, amount, indirectPartnerId, &problem)
                     : Operations::reclaimFromCustomer(target, amount, indirectPartnerId, &problem);
    s.invalid = problem;
    s.operation = s.write.operation;
    if (s.operation.isEmpty()) // refused: name it all the same
        s.operation = QLatin1String(
            reseller ? (allocate ? "UpdateIndirectPartnerAccount" : "ReclaimIndirectPartnerAccount")
                     : (allocate ? "UpdateCustomerAccountAmount" : "ReclaimToPartnerAccount"));
    s.action = QLatin1String(reseller ? (allocate ? "allocate-reseller" : "reclaim-reseller")
                                      : (allocate ? "allocate" : "reclaim"));
    s.target = target;
    s.amount = amount;
    s.matchKey = QStringList{s.operation, target, indirectPartnerId,
                             amount.isValid() ? amount.normalized().toString() : QString()}
                     .join(u'|');
    s.params = {{QStringLiteral("operation"), s.operation},
                {QStringLiteral("target"), target},
                {QStringLiteral("amount"), amount.isValid() ? amount.toString() : QString()},
                {QStringLiteral("indirect_partner_id"), indirectPartnerId}};
    const QString type = FundsWrites::operationType(kind);
    s.evidence = [target, type, indirectPartnerId, reseller](const QDateTime &from, int offset,
                                                             int limit) {
        Operations::AdjustRecordFilter f;
        f.customerId = target; // a distributor's records name the reseller as the customer
        f.operationType = type;
        f.from = from;
        f.indirectPartnerId = reseller ? QString() : indirectPartnerId;
        QString ignored;
        return Operations::listPartnerAdjustRecords(f, offset, limit, &ignored);
    };
    s.records = [target, type, amount](const QJsonObject &page, int *pageSize, int *total,
                                       QString *problem) -> std::optional<QList<EvidenceRecord>> {
        const auto records = Responses::adjustRecords(page, problem);
        if (!records)
            return std::nullopt;
        *pageSize = int(records->items.size());
        *total = records->total;
        QList<EvidenceRecord> out;
        for (const AdjustRecord &r : records->items) {
            if (r.customerId != target || r.operationType != type || r.amount != amount)
                continue;
            out.append({QStringLiteral("adjust:") + r.transId, r.operationTime.toUTC(), r.transId});
        }
        return out;
    };
    s.fromAnswer = [](const QJsonObject &answer) {
        QString ignored;
        const QString id = Responses::transactionId(answer, &ignored).value_or(QString());
        return EvidenceRecord{id.isEmpty() ? QString() : QStringLiteral("adjust:") + id,
                              QDateTime(), id};
    };
    return s;
}

} // namespace

QString FundsWrites::operationType(Kind kind)
{
    return kind == Kind::Allocate ? QStringLiteral("SOURCE_OPERATION_BEADJUST")
                                  : QStringLiteral("SOURCE_OPERATION_BERETRIEVE");
}

WriteSpec FundsWrites::customer(Kind kind, const QString &customerId, const Decimal &amount,
                                const QString &indirectPartnerId)
{
    return transfer(kind, false, customerId, amount, indirectPartnerId);
}

WriteSpec FundsWrites::reseller(Kind kind, const QString &resellerId, const Decimal &amount)
{
    return transfer(kind, true, resellerId, amount, QString());
}

std::optional<WriteSpec> FundsWrites::rebuild(const QJsonObject &p)
{
    const QString op = p.value(QLatin1String("operation")).toString();
    const QString target = p.value(QLatin1String("target")).toString();
    const Decimal amount =
        Decimal::parse(p.value(QLatin1String("amount")).toString()).value_or(Decimal::invalid());
    const QString ip = p.value(QLatin1String("indirect_partner_id")).toString();
    if (op == u"UpdateCustomerAccountAmount")
        return customer(Kind::Allocate, target, amount, ip);
    if (op == u"ReclaimToPartnerAccount")
        return customer(Kind::Reclaim, target, amount, ip);
    if (op == u"UpdateIndirectPartnerAccount")
        return reseller(Kind::Allocate, target, amount);
    if (op == u"ReclaimIndirectPartnerAccount")
        return reseller(Kind::Reclaim, target, amount);
    return std::nullopt;
}
