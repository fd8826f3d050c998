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

ApiRequest named(const char *operation)
{
    QString ignored;
    return Operations::byName(QString::fromLatin1(operation), &ignored);
}

QString amountText(const Decimal &d)
{
    return d.isValid() ? d.normalized().toString() : QString();
}

// The coupon records of one operation type, from `from` on, narrowed by `query`.
std::function<ApiRequest(const QDateTime &, int, int)>
couponRecords(const QString &type, const QList<QPair<QByteArray, QString>> &query)
{
    return [type, query](const QDateTime &from, int offset, int limit) {
        ApiRequest r = named("ListPartnerCouponsRecord");
        r.addQuery("operation_types", type);
        for (const auto &q : query) {
            if (!q.second.isEmpty())
                r.addQuery(q.first, q.second);
        }
        r.addQuery("operation_time_begin", Operations::utcTimestamp(from));
        r.addQuery("offset", QString::number(offset));
        r.addQuery("limit", QString::number(limit));
        return r;
    };
}

std::function<ApiRequest(const QDateTime &, int, int)>
quotaRecords(const QString &type, const QList<QPair<QByteArray, QString>> &query)
{
    return [type, query](const QDateTime &from, int offset, int limit) {
        ApiRequest r = named("ListCouponQuotasRecords");
        r.addQuery("operation_type", type);
        for (const auto &q : query) {
            if (!q.second.isEmpty())
                r.addQuery(q.first, q.second);
        }
        r.addQuery("operation_time_begin", Operations::utcTimestamp(from));
        r.addQuery("offset", QString::number(offset));
        r.addQuery("limit", QString::number(limit));
        return r;
    };
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
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

// An empty id gives an empty key, which the list reader refuses as malformed.
QString keyed(const char *prefix, const QString &id)
{
    return id.isEmpty() ? QString() : QLatin1String(prefix) + id;
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
    s.write = named("CreatePartnerCoupons");
    JsonBody b;
    b.add("quota_id", o.quotaId).add("customer_ids", QStringList{customerId});
    if (o.faceValue.isValid())
        b.add("face_value", o.faceValue.withScale(2));
    if (o.validFrom.isValid())
        b.add("valid_time", Operations::utcTimestamp(o.validFrom));
    if (o.validTo.isValid())
        b.add("expire_time", Operations::utcTimestamp(o.validTo));
    b.addIfSet("indirect_partner_id", o.indirectPartnerId);
    s.write.body = b.bytes();
    s.operation = s.write.operation;
    s.action = QStringLiteral("coupon-issue");
    s.target = customerId;
    s.amount = o.faceValue;
    s.matchKey = QStringList{s.operation, o.quotaId, customerId, o.indirectPartnerId,
                             amountText(o.faceValue)}
                     .join(u'|');
    s.params = {{QStringLiteral("operation"), s.operation},
                {QStringLiteral("quota_id"), o.quotaId},
                {QStringLiteral("customer_id"), customerId},
                {QStringLiteral("face_value"), o.faceValue.isValid() ? o.faceValue.toString() : QString()},
                {QStringLiteral("valid_time"), Operations::utcTimestamp(o.validFrom)},
                {QStringLiteral("expire_time"), Operations::utcTimestamp(o.validTo)},
                {QStringLiteral("indirect_partner_id"), o.indirectPartnerId}};
    s.evidence = couponRecords(QStringLiteral("1"), {{"quota_id", o.quotaId},
                                                     {"customer_id", customerId},
                                                     {"indirect_partner_id", o.indirectPartnerId}});
    const Decimal face = o.faceValue;
    const QString quota = o.quotaId;
    s.records = WriteSpecs::list(QStringLiteral("records"), [customerId, face, quota](
                                                                const QJsonObject &r)
                                                                -> std::optional<EvidenceRecord> {
        if (str(r, "customer_id") != customerId || str(r, "quota_id") != quota ||
            str(r, "operation_type") != u"1" || !succeeded(r) ||
            amountOf(r, "operation_amount") != face)
            return std::nullopt; // not this write's kind
        return EvidenceRecord{keyed("coupon-issue:", str(r, "coupon_id")),
                              WriteSpecs::time(r.value(QLatin1String("operation_time"))),
                              str(r, "coupon_id")};
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
    s.write = Operations::reclaimPartnerCoupon(couponId, indirectPartnerId, &problem);
    s.invalid = problem;
    s.operation = QStringLiteral("ReclaimPartnerCoupons");
    s.action = QStringLiteral("coupon-reclaim");
    s.target = couponId;
    s.matchKey = QStringList{s.operation, couponId}.join(u'|');
    s.params = {{QStringLiteral("operation"), s.operation},
                {QStringLiteral("coupon_id"), couponId},
                {QStringLiteral("indirect_partner_id"), indirectPartnerId}};
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
    s.evidence = couponRecords(QStringLiteral("2"), {{"coupon_ids", couponId},
                                                     {"indirect_partner_id", indirectPartnerId}});
    s.records = WriteSpecs::list(
        QStringLiteral("records"),
        [couponId](const QJsonObject &r) -> std::optional<EvidenceRecord> {
            if (str(r, "coupon_id") != couponId || str(r, "operation_type") != u"2" ||
                !succeeded(r))
                return std::nullopt;
            // A coupon is reclaimed once: its reclaim record is this write's or nobody's.
            return EvidenceRecord{keyed("coupon-reclaim:", couponId),
                                  WriteSpecs::time(r.value(QLatin1String("operation_time"))),
                                  str(r, "id")};
        });
    s.fromAnswer = [couponId](const QJsonObject &) {
        return EvidenceRecord{keyed("coupon-reclaim:", couponId), QDateTime(), couponId};
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
    s.write = named("UpdateCouponQuotas");
    JsonBody b;
    b.add("quota_id", parentQuotaId).add("indirect_partner_ids", QStringList{resellerId});
    if (amount.isValid())
        b.add("quota_amount", amount.withScale(2));
    s.write.body = b.bytes();
    s.operation = s.write.operation;
    s.action = QStringLiteral("quota-issue");
    s.target = resellerId;
    s.amount = amount;
    s.matchKey = QStringList{s.operation, parentQuotaId, resellerId, amountText(amount)}.join(u'|');
    s.params = {{QStringLiteral("operation"), s.operation},
                {QStringLiteral("indirect_partner_id"), resellerId},
                {QStringLiteral("parent_quota_id"), parentQuotaId},
                {QStringLiteral("amount"), amount.isValid() ? amount.toString() : QString()}};
    s.evidence = quotaRecords(QStringLiteral("10"), {{"indirect_partner_id", resellerId},
                                                     {"parent_quota_id", parentQuotaId}});
    s.records = WriteSpecs::list(
        QStringLiteral("records"),
        [resellerId, parentQuotaId, amount](const QJsonObject &r) -> std::optional<EvidenceRecord> {
            if (str(r, "indirect_partner_id") != resellerId ||
                str(r, "parent_quota_id") != parentQuotaId || str(r, "operation_type") != u"10" ||
                !succeeded(r) || amountOf(r, "amount") != amount)
                return std::nullopt;
            return EvidenceRecord{keyed("quota-issue:", str(r, "quota_id")),
                                  WriteSpecs::time(r.value(QLatin1String("operation_time"))),
                                  str(r, "quota_id")};
        });
    s.fromAnswer = [](const QJsonObject &answer) {
        const QString id = firstOf(answer, "simple_quota_infos", "quota_id");
        return EvidenceRecord{keyed("quota-issue:", id), QDateTime(), id};
    };
    return s;
}

WriteSpec CouponWrites::reclaimQuota(const QString &quotaId)
{
    WriteSpec s;
    s.invalid = Operations::checkId(QStringLiteral("quota_id"), quotaId, 64, true);
    s.write = named("ReclaimCouponQuotas");
    JsonBody b;
    b.add("quota_ids", QStringList{quotaId});
    s.write.body = b.bytes();
    s.operation = s.write.operation;
    s.action = QStringLiteral("quota-reclaim");
    s.target = quotaId;
    s.matchKey = QStringList{s.operation, quotaId}.join(u'|');
    s.params = {{QStringLiteral("operation"), s.operation},
                {QStringLiteral("quota_id"), quotaId}};
    s.evidence = quotaRecords(QStringLiteral("11"), {{"quota_id", quotaId}});
    s.records = WriteSpecs::list(
        QStringLiteral("records"), [quotaId](const QJsonObject &r) -> std::optional<EvidenceRecord> {
            if (str(r, "quota_id") != quotaId || str(r, "operation_type") != u"11" ||
                !succeeded(r))
                return std::nullopt;
            return EvidenceRecord{keyed("quota-reclaim:", quotaId),
                                  WriteSpecs::time(r.value(QLatin1String("operation_time"))),
                                  str(r, "id")};
        });
    s.fromAnswer = [quotaId](const QJsonObject &answer) {
        // Reclaimed quotas come back in simple_quota_infos; an answer without ours is unreadable.
        for (const QJsonValue &v : answer.value(QLatin1String("simple_quota_infos")).toArray()) {
            if (v[QLatin1String("quota_id")].toString() == quotaId)
                return EvidenceRecord{keyed("quota-reclaim:", quotaId), QDateTime(), quotaId};
        }
        return EvidenceRecord();
    };
    return s;
}

std::optional<WriteSpec> CouponWrites::rebuild(const QJsonObject &p)
{
    const QString op = str(p, "operation");
    if (op == u"CreatePartnerCoupons") {
        Issue o;
        o.quotaId = str(p, "quota_id");
        o.faceValue = Decimal::parse(str(p, "face_value")).value_or(Decimal::invalid());
        o.validFrom = WriteSpecs::time(p.value(QLatin1String("valid_time")));
        o.validTo = WriteSpecs::time(p.value(QLatin1String("expire_time")));
        o.indirectPartnerId = str(p, "indirect_partner_id");
        return issue(o, str(p, "customer_id"));
    }
    if (op == u"ReclaimPartnerCoupons")
        return reclaim(str(p, "coupon_id"), str(p, "indirect_partner_id"));
    if (op == u"UpdateCouponQuotas")
        return issueQuota(str(p, "indirect_partner_id"), str(p, "parent_quota_id"),
                          Decimal::parse(str(p, "amount")).value_or(Decimal::invalid()));
    if (op == u"ReclaimCouponQuotas")
        return reclaimQuota(str(p, "quota_id"));
    return std::nullopt;
}
