#include "ops/couponwrites.h"

#include "bss/jsonbody.h"
#include "bss/operations.h"
#include "bss/responses.h"
#include "core/statuslabels.h"
#include "ops/writespecs.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CouponWrites", text);
}

QString amountText(const Decimal &d)
{
    return d.isValid() ? d.normalized().toString() : QString();
}

Decimal amountOf(const QJsonObject &o, const char *key)
{
    return Decimal::fromJson(o.value(QLatin1String(key))).value_or(Decimal::invalid());
}

// A record the server marks failed (result -1) made nothing.
bool succeeded(const QJsonObject &r)
{
    return r.value(QLatin1String("result")).toVariant().toString() != u"-1";
}

QString firstOf(const QJsonObject &answer, const char *list, const char *key)
{
    const QJsonArray items = answer.value(QLatin1String(list)).toArray();
    return items.isEmpty() ? QString() : items.first()[QLatin1String(key)].toString();
}

} // namespace

WriteSpec CouponWrites::issue(const Issue &o, const QString &customerId)
{
    WriteSpec s;
    s.invalid = Operations::checkId(QStringLiteral("quota_id"), o.quotaId, 64, true);
    if (s.invalid.isEmpty())
        s.invalid = Operations::checkId(QStringLiteral("customer_id"), customerId, 64, true);
    if (s.invalid.isEmpty())
        s.invalid = Decimal::amountProblemMessage(o.faceValue.requestAmountProblem());
    if (s.invalid.isEmpty() && o.validFrom.isValid() && o.validTo.isValid() &&
        o.validTo <= o.validFrom)
        s.invalid = tr("The coupon's validity must end after it starts.");
    JsonBody b;
    b.add("quota_id", o.quotaId).add("customer_ids", QStringList{customerId});
    if (o.faceValue.isValid())
        b.add("face_value", o.faceValue.withScale(2));
    if (o.validFrom.isValid())
        b.add("valid_time", Operations::utcTimestamp(o.validFrom));
    if (o.validTo.isValid())
        b.add("expire_time", Operations::utcTimestamp(o.validTo));
    b.addIfSet("indirect_partner_id", o.indirectPartnerId);
    WriteSpecs::describe(
        &s, "CreatePartnerCoupons", b, "coupon-issue", customerId, o.faceValue,
        {o.quotaId, customerId, o.indirectPartnerId, amountText(o.faceValue)},
        {{QStringLiteral("quota_id"), o.quotaId},
         {QStringLiteral("customer_id"), customerId},
         {QStringLiteral("face_value"), o.faceValue.isValid() ? o.faceValue.toString() : QString()},
         {QStringLiteral("valid_time"), Operations::utcTimestamp(o.validFrom)},
         {QStringLiteral("expire_time"), Operations::utcTimestamp(o.validTo)},
         {QStringLiteral("indirect_partner_id"), o.indirectPartnerId}});
    s.evidence = WriteSpecs::listRead("ListPartnerCouponsRecord",
                                      {{"operation_types", QStringLiteral("1")},
                                       {"quota_id", o.quotaId},
                                       {"customer_id", customerId},
                                       {"indirect_partner_id", o.indirectPartnerId}},
                                      true);
    const Decimal face = o.faceValue;
    const QString quota = o.quotaId;
    s.records = WriteSpecs::list(
        QStringLiteral("records"),
        [customerId, face, quota](const QJsonObject &r) -> std::optional<EvidenceRecord> {
            if (WriteSpecs::str(r, "customer_id") != customerId ||
                WriteSpecs::str(r, "quota_id") != quota ||
                WriteSpecs::str(r, "operation_type") != u"1" || !succeeded(r) ||
                amountOf(r, "operation_amount") != face)
                return std::nullopt; // not this write's kind
            return EvidenceRecord{
                WriteSpecs::keyed("coupon-issue:", WriteSpecs::str(r, "coupon_id")),
                WriteSpecs::time(r.value(QLatin1String("operation_time"))),
                WriteSpecs::str(r, "coupon_id")};
        });
    s.fromAnswer = [](const QJsonObject &answer) {
        const QString id = firstOf(answer, "coupon_infos", "coupon_id");
        return EvidenceRecord{id.isEmpty() ? QString() : QStringLiteral("coupon-issue:") + id,
                              QDateTime(), id};
    };
    return s;
}

WriteSpec CouponWrites::reclaim(const QString &couponId, const QString &indirectPartnerId)
{
    WriteSpec s;
    QString problem;
    const ApiRequest write =
        Operations::reclaimPartnerCoupon(couponId, indirectPartnerId, &problem);
    s.invalid = problem;
    WriteSpecs::describe(&s, "ReclaimPartnerCoupons", JsonBody(), "coupon-reclaim", couponId,
                         Decimal::invalid(), {couponId},
                         {{QStringLiteral("coupon_id"), couponId},
                          {QStringLiteral("indirect_partner_id"), indirectPartnerId}});
    if (problem.isEmpty())
        s.write = write; // the checked request, body and all
    Operations::CouponFilter f;
    f.couponId = couponId;
    f.indirectPartnerId = indirectPartnerId;
    s.precheck = Operations::listIssuedPartnerCoupons(f, 0, 1, &problem);
    s.skip = [couponId](const QJsonObject &answer, Decimal *amount) -> QString {
        QString problem;
        const auto page = Responses::issuedCoupons(answer, &problem);
        if (!page)
            return tr("The coupon could not be read: %1").arg(problem);
        for (const IssuedCoupon &c : page->items) {
            if (c.couponId != couponId)
                continue;
            *amount = c.balance;
            return c.status == 2 ? QString() : StatusLabels::couponStatus(c.status);
        }
        return tr("No such coupon");
    };
    s.evidence = WriteSpecs::listRead("ListPartnerCouponsRecord",
                                      {{"operation_types", QStringLiteral("2")},
                                       {"coupon_ids", couponId},
                                       {"indirect_partner_id", indirectPartnerId}},
                                      true);
    s.records = WriteSpecs::list(
        QStringLiteral("records"),
        [couponId](const QJsonObject &r) -> std::optional<EvidenceRecord> {
            if (WriteSpecs::str(r, "coupon_id") != couponId ||
                WriteSpecs::str(r, "operation_type") != u"2" || !succeeded(r))
                return std::nullopt;
            // A coupon is reclaimed once: its reclaim record is this
            // write's or nobody's.
            return EvidenceRecord{WriteSpecs::keyed("coupon-reclaim:", couponId),
                                  WriteSpecs::time(r.value(QLatin1String("operation_time"))),
                                  WriteSpecs::str(r, "id")};
        });
    s.fromAnswer = [couponId](const QJsonObject &) {
        return EvidenceRecord{WriteSpecs::keyed("coupon-reclaim:", couponId), QDateTime(),
                              couponId};
    };
    return s;
}

WriteSpec CouponWrites::issueQuota(const QString &resellerId, const QString &parentQuotaId,
                                   const Decimal &amount)
{
    WriteSpec s;
    s.invalid = Operations::checkId(QStringLiteral("indirect_partner_id"), resellerId, 64, true);
    if (s.invalid.isEmpty())
        s.invalid = Operations::checkId(QStringLiteral("quota_id"), parentQuotaId, 64, true);
    if (s.invalid.isEmpty())
        s.invalid = Decimal::amountProblemMessage(amount.requestAmountProblem());
    JsonBody b;
    b.add("quota_id", parentQuotaId).add("indirect_partner_ids", QStringList{resellerId});
    if (amount.isValid())
        b.add("quota_amount", amount.withScale(2));
    WriteSpecs::describe(
        &s, "UpdateCouponQuotas", b, "quota-issue", resellerId, amount,
        {parentQuotaId, resellerId, amountText(amount)},
        {{QStringLiteral("indirect_partner_id"), resellerId},
         {QStringLiteral("parent_quota_id"), parentQuotaId},
         {QStringLiteral("amount"), amount.isValid() ? amount.toString() : QString()}});
    s.evidence = WriteSpecs::listRead("ListCouponQuotasRecords",
                                      {{"operation_type", QStringLiteral("10")},
                                       {"indirect_partner_id", resellerId},
                                       {"parent_quota_id", parentQuotaId}},
                                      true);
    s.records = WriteSpecs::list(
        QStringLiteral("records"),
        [resellerId, parentQuotaId, amount](const QJsonObject &r) -> std::optional<EvidenceRecord> {
            if (WriteSpecs::str(r, "indirect_partner_id") != resellerId ||
                WriteSpecs::str(r, "parent_quota_id") != parentQuotaId ||
                WriteSpecs::str(r, "operation_type") != u"10" || !succeeded(r) ||
                amountOf(r, "amount") != amount)
                return std::nullopt;
            return EvidenceRecord{WriteSpecs::keyed("quota-issue:", WriteSpecs::str(r, "quota_id")),
                                  WriteSpecs::time(r.value(QLatin1String("operation_time"))),
                                  WriteSpecs::str(r, "quota_id")};
        });
    s.fromAnswer = [](const QJsonObject &answer) {
        const QString id = firstOf(answer, "simple_quota_infos", "quota_id");
        return EvidenceRecord{WriteSpecs::keyed("quota-issue:", id), QDateTime(), id};
    };
    return s;
}

WriteSpec CouponWrites::reclaimQuota(const QString &quotaId)
{
    WriteSpec s;
    s.invalid = Operations::checkId(QStringLiteral("quota_id"), quotaId, 64, true);
    JsonBody b;
    b.add("quota_ids", QStringList{quotaId});
    WriteSpecs::describe(&s, "ReclaimCouponQuotas", b, "quota-reclaim", quotaId, Decimal::invalid(),
                         {quotaId}, {{QStringLiteral("quota_id"), quotaId}});
    s.evidence = WriteSpecs::listRead(
        "ListCouponQuotasRecords",
        {{"operation_type", QStringLiteral("11")}, {"quota_id", quotaId}}, true);
    s.records = WriteSpecs::list(
        QStringLiteral("records"),
        [quotaId](const QJsonObject &r) -> std::optional<EvidenceRecord> {
            if (WriteSpecs::str(r, "quota_id") != quotaId ||
                WriteSpecs::str(r, "operation_type") != u"11" || !succeeded(r))
                return std::nullopt;
            return EvidenceRecord{WriteSpecs::keyed("quota-reclaim:", quotaId),
                                  WriteSpecs::time(r.value(QLatin1String("operation_time"))),
                                  WriteSpecs::str(r, "id")};
        });
    s.fromAnswer = [quotaId](const QJsonObject &answer) {
        // Reclaimed quotas come back in simple_quota_infos; an answer without ours is unreadable.
        for (const QJsonValue &v : answer.value(QLatin1String("simple_quota_infos")).toArray()) {
            if (v[QLatin1String("quota_id")].toString() == quotaId)
                return EvidenceRecord{WriteSpecs::keyed("quota-reclaim:", quotaId), QDateTime(),
                                      quotaId};
        }
        return EvidenceRecord();
    };
    return s;
}

std::optional<WriteSpec> CouponWrites::rebuild(const QJsonObject &p)
{
    const QString op = WriteSpecs::str(p, "operation");
    if (op == u"CreatePartnerCoupons") {
        Issue o;
        o.quotaId = WriteSpecs::str(p, "quota_id");
        o.faceValue = Decimal::parse(WriteSpecs::str(p, "face_value")).value_or(Decimal::invalid());
        o.validFrom = WriteSpecs::time(p.value(QLatin1String("valid_time")));
        o.validTo = WriteSpecs::time(p.value(QLatin1String("expire_time")));
        o.indirectPartnerId = WriteSpecs::str(p, "indirect_partner_id");
        return issue(o, WriteSpecs::str(p, "customer_id"));
    }
    if (op == u"ReclaimPartnerCoupons")
        return reclaim(WriteSpecs::str(p, "coupon_id"), WriteSpecs::str(p, "indirect_partner_id"));
    if (op == u"UpdateCouponQuotas")
        return issueQuota(
            WriteSpecs::str(p, "indirect_partner_id"), WriteSpecs::str(p, "parent_quota_id"),
            Decimal::parse(WriteSpecs::str(p, "amount")).value_or(Decimal::invalid()));
    if (op == u"ReclaimCouponQuotas")
        return reclaimQuota(WriteSpecs::str(p, "quota_id"));
    return std::nullopt;
}
