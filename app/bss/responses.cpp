#include "bss/responses.h"

#include "bss/pager.h"

#include <QJsonArray>
#include <QTimeZone>

namespace {

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return v.toString();
}

bool requireString(const QJsonObject &o, const char *key, QString *out, QString *problem)
{
    *out = str(o, key);
    if (out->isEmpty()) {
        *problem = Responses::tr("the field \"%1\" is missing").arg(QLatin1String(key));
        return false;
    }
    return true;
}

bool listOf(const QJsonObject &json, const char *key, QJsonArray *out, QString *problem)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        *out = QJsonArray();
        return true;
    }
    if (!v.isArray()) {
        *problem = Responses::tr("the field \"%1\" is not a list").arg(QLatin1String(key));
        return false;
    }
    *out = v.toArray();
    return true;
}

// A list answer: items under `key` decoded one by one, plus the total (count / total_count).
template<typename T, typename Decode>
std::optional<ListPage<T>> pageOf(const QJsonObject &json, const char *key, Decode decode,
                                  QString *problem)
{
    QJsonArray list;
    if (!listOf(json, key, &list, problem))
        return std::nullopt;
    ListPage<T> page;
    page.total = Pager::totalOf(json);
    page.items.reserve(list.size());
    for (const QJsonValue &v : list) {
        if (!v.isObject()) {
            *problem = Responses::tr("an item of \"%1\" is not an object").arg(QLatin1String(key));
            return std::nullopt;
        }
        std::optional<T> item = decode(v.toObject(), problem);
        if (!item)
            return std::nullopt;
        page.items.append(std::move(*item));
    }
    return page;
}

// An integer field: absent or null gives `fallback`; anything but a whole number is malformed.
bool intField(const QJsonObject &o, const char *key, int fallback, int *out, QString *problem)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        *out = fallback;
        return true;
    }
    const double d = v.toDouble(0.5);
    if (!v.isDouble() || d != double(int(d))) {
        *problem = Responses::tr("the field \"%1\" is not a whole number").arg(QLatin1String(key));
        return false;
    }
    *out = int(d);
    return true;
}

} // namespace

QDateTime Responses::utcTime(const QJsonValue &value)
{
    const QString s = value.toString();
    if (s.isEmpty())
        return QDateTime();
    QDateTime t = QDateTime::fromString(s, Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(QTimeZone::utc()); // BSS times without a zone are UTC
    return t.isValid() ? t.toUTC() : QDateTime();
}

std::optional<Decimal> Responses::amount(const QJsonObject &o, const char *field, bool required,
                                         QString *problem)
{
    const QJsonValue v = o.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())) {
        if (required) {
            *problem = tr("the amount \"%1\" is missing").arg(QLatin1String(field));
            return std::nullopt;
        }
        return Decimal();
    }
    auto d = Decimal::fromJson(v);
    if (!d) {
        *problem = tr("the amount \"%1\" is not a number").arg(QLatin1String(field));
        return std::nullopt;
    }
    const QJsonValue unit = o.value(QLatin1String("measure_id"));
    const int measure = unit.isUndefined() || unit.isNull() ? 1 : unit.toInt(-1);
    if (measure < 1 || measure > 3) { // 1 yuan, 2 jiao, 3 fen; anything else would be misread
        *problem = tr("the unit of \"%1\" (measure_id %2) is not known")
                       .arg(QLatin1String(field), unit.toVariant().toString());
        return std::nullopt;
    }
    if (measure == 2 || measure == 3) {
        const int extra = measure == 2 ? 1 : 2;
        const Decimal scaled = Decimal::fromMantissa(d->mantissa(), d->scale() + extra);
        if (!scaled.isValid()) {
            *problem = tr("the amount \"%1\" is too precise").arg(QLatin1String(field));
            return std::nullopt;
        }
        return scaled;
    }
    return d;
}

std::optional<Customer> Responses::customer(const QJsonObject &o, QString *problem)
{
    Customer c;
    if (!requireString(o, "customer_id", &c.customerId, problem))
        return std::nullopt;
    c.accountName = str(o, "account_name");
    c.customerName = str(o, "customer");
    c.associatedOn = utcTime(o.value(QLatin1String("associated_on")));
    c.associationType = str(o, "association_type");
    c.label = str(o, "label");
    c.telephone = str(o, "telephone");
    c.countryCode = str(o, "country_code");
    c.email = str(o, "email");
    c.verifiedStatus = str(o, "verified_status");
    c.customerType = o.value(QLatin1String("customer_type")).toInt(-1);
    c.isFrozen = o.value(QLatin1String("is_frozen")).toInt(0);
    const QJsonArray managers = o.value(QLatin1String("account_managers")).toArray();
    if (!managers.isEmpty())
        c.accountManager =
            managers.first().toObject().value(QLatin1String("account_name")).toString();
    c.xaccountId = str(o, "xaccount_id");
    c.xaccountType = str(o, "xaccount_type");
    c.customerLevel = str(o, "customer_level");
    return c;
}

std::optional<ListPage<Customer>> Responses::customers(const QJsonObject &json, QString *problem)
{
    return pageOf<Customer>(json, "customer_infos", &Responses::customer, problem);
}

std::optional<UnbindCheck> Responses::unbindCheck(const QJsonObject &json, QString *problem)
{
    const QJsonValue passed = json.value(QLatin1String("passed"));
    if (!passed.isBool()) {
        *problem = tr("the answer does not say whether the check passed");
        return std::nullopt;
    }
    QJsonArray items;
    if (!listOf(json, "failed_items", &items, problem))
        return std::nullopt;
    UnbindCheck check;
    check.passed = passed.toBool();
    for (const QJsonValue &v : items) {
        if (!v.isString()) {
            *problem = tr("a reason the check failed is not a text");
            return std::nullopt;
        }
        check.failedItems.append(v.toString());
    }
    return check;
}

std::optional<QList<CustomerBalance>> Responses::customerBalances(const QJsonObject &json,
                                                                  QString *problem)
{
    QJsonArray list;
    if (!listOf(json, "customer_balances", &list, problem))
        return std::nullopt;
    QList<CustomerBalance> out;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        CustomerBalance b;
        if (!requireString(o, "customer_id", &b.customerId, problem))
            return std::nullopt;
        const auto amount = Responses::amount(o, "amount", true, problem);
        const auto debt = Responses::amount(o, "debt_amount", false, problem);
        if (!amount || !debt)
            return std::nullopt;
        b.amount = *amount;
        b.debt = o.contains(QLatin1String("debt_amount")) ? *debt : Decimal::invalid();
        b.currency = str(o, "currency");
        out.append(b);
    }
    return out;
}

std::optional<QList<PartnerBalance>> Responses::partnerBalances(const QJsonObject &json,
                                                                QString *problem)
{
    QJsonArray list;
    if (!listOf(json, "account_balances", &list, problem))
        return std::nullopt;
    QList<PartnerBalance> out;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        PartnerBalance b;
        if (!requireString(o, "account_id", &b.accountId, problem))
            return std::nullopt;
        b.accountType = o.value(QLatin1String("account_type")).toInt();
        auto amount = Responses::amount(o, "amount", true, problem);
        auto designated = Responses::amount(o, "designated_amount", false, problem);
        auto credit = Responses::amount(o, "credit_amount", false, problem);
        if (!amount || !designated || !credit)
            return std::nullopt;
        b.amount = *amount;
        b.designatedAmount = *designated;
        b.creditAmount = *credit;
        b.currency = str(o, "currency");
        b.memo = str(o, "memo");
        out.append(b);
    }
    return out;
}

std::optional<IssuedCoupon> Responses::issuedCoupon(const QJsonObject &o, QString *problem)
{
    IssuedCoupon c;
    if (!requireString(o, "coupon_id", &c.couponId, problem))
        return std::nullopt;
    c.status = o.value(QLatin1String("status")).toInt();
    c.customerId = str(o, "customer_id");
    c.couponType = o.value(QLatin1String("coupon_type")).toInt();
    auto face = amount(o, "face_value", true, problem);
    auto balance = amount(o, "balance", false, problem);
    if (!face || !balance)
        return std::nullopt;
    c.faceValue = *face;
    c.balance = *balance;
    c.effectiveTime = utcTime(o.value(QLatin1String("effective_time")));
    c.expireTime = utcTime(o.value(QLatin1String("expire_time")));
    c.createTime = utcTime(o.value(QLatin1String("create_time")));
    c.promotionPlanName = str(o, "promotion_plan_name");
    c.orderId = str(o, "order_id");
    c.frozen = str(o, "is_frozen") == u"1";
    return c;
}

std::optional<ListPage<IssuedCoupon>> Responses::issuedCoupons(const QJsonObject &json,
                                                               QString *problem)
{
    return pageOf<IssuedCoupon>(json, "user_coupons", &Responses::issuedCoupon, problem);
}

std::optional<AdjustRecord> Responses::adjustRecord(const QJsonObject &o, QString *problem)
{
    AdjustRecord r;
    r.customerId = str(o, "customer_id");
    r.customerName = str(o, "customer_name");
    r.operationType = str(o, "operation_type");
    auto a = amount(o, "amount", true, problem);
    if (!a)
        return std::nullopt;
    r.amount = *a;
    r.currency = str(o, "currency");
    r.applyScene = str(o, "apply_scene");
    r.operationTime = utcTime(o.value(QLatin1String("operation_time")));
    r.transId = str(o, "trans_id");
    r.memo = str(o, "memo");
    return r;
}

std::optional<ListPage<AdjustRecord>> Responses::adjustRecords(const QJsonObject &json,
                                                               QString *problem)
{
    return pageOf<AdjustRecord>(json, "records", &Responses::adjustRecord, problem);
}

std::optional<QString> Responses::transactionId(const QJsonObject &json, QString *problem)
{
    for (const char *key : {"transfer_id", "trans_id"}) {
        const QString id = str(json, key);
        if (!id.isEmpty())
            return id;
    }
    *problem = tr("the answer carries no transaction id");
    return std::nullopt;
}

std::optional<QString> Responses::domainId(const QJsonObject &json, QString *problem)
{
    const QJsonArray domains = json.value(QLatin1String("domains")).toArray();
    if (domains.isEmpty()) {
        *problem = tr("IAM returned no account for this key; enter the account ID by hand (the key "
                      "may lack the iam:users:getUser permission)");
        return std::nullopt;
    }
    const QString id = domains.first().toObject().value(QLatin1String("id")).toString();
    if (id.isEmpty()) {
        *problem = tr("the field \"%1\" is missing").arg(QStringLiteral("domains[0].id"));
        return std::nullopt;
    }
    return id;
}

std::optional<BillSum> Responses::billSum(const QJsonObject &o, QString *problem)
{
    BillSum b;
    if (!requireString(o, "customer_id", &b.customerId, problem))
        return std::nullopt;
    b.chargeMode = str(o, "charge_mode");
    const auto amount = Responses::amount(o, "amount", true, problem);
    const auto debt = amount ? Responses::amount(o, "debt_amount", false, problem) : amount;
    const auto discount = debt ? Responses::amount(o, "discount_amount", false, problem) : debt;
    if (!discount)
        return std::nullopt;
    b.amount = *amount;
    b.debt = *debt;
    b.discount = *discount;
    QJsonArray details;
    if (!listOf(o, "account_details", &details, problem))
        return std::nullopt;
    for (const QJsonValue &v : details) {
        QJsonObject d = v.toObject();
        d.insert(QStringLiteral("measure_id"), o.value(QLatin1String("measure_id"))); // the line's
        const auto paid = Responses::amount(d, "amount", true, problem);
        if (!paid)
            return std::nullopt;
        b.paidBy.append({str(d, "balance_type"), *paid});
    }
    return b;
}

std::optional<ListPage<BillSum>> Responses::billSums(const QJsonObject &json, QString *problem)
{
    return pageOf<BillSum>(json, "bill_sums", &Responses::billSum, problem);
}

std::optional<CouponQuota> Responses::couponQuota(const QJsonObject &o, QString *problem)
{
    CouponQuota q;
    if (!requireString(o, "quota_id", &q.quotaId, problem) ||
        !intField(o, "quota_type", 0, &q.type, problem) ||
        !intField(o, "quota_status", 0, &q.status, problem))
        return std::nullopt;
    const auto value = amount(o, "quota_value", true, problem);
    const auto balance = value ? amount(o, "balance", false, problem) : value;
    if (!balance)
        return std::nullopt;
    q.value = *value;
    q.balance = o.contains(QLatin1String("balance")) ? *balance : Decimal::invalid();
    q.effective = utcTime(o.value(QLatin1String("effective_time")));
    q.expires = utcTime(o.value(QLatin1String("expire_time")));
    QJsonArray limits;
    if (!listOf(o, "limit_infos", &limits, problem))
        return std::nullopt;
    for (const QJsonValue &l : limits) {
        QJsonArray values;
        if (!listOf(l.toObject(), "limit_values", &values, problem))
            return std::nullopt;
        for (const QJsonValue &v : values)
            q.services.append(str(v.toObject(), "value1"));
    }
    q.resellerId = str(o, "indirect_partner_id");
    q.resellerName = str(o, "indirect_partner_name");
    q.parentQuotaId = str(o, "parent_quota_id");
    return q;
}

std::optional<ListPage<CouponQuota>> Responses::couponQuotas(const QJsonObject &json,
                                                             QString *problem)
{
    return pageOf<CouponQuota>(json, "quotas", &Responses::couponQuota, problem);
}

std::optional<SettlementDetail> Responses::settlementDetail(const QJsonObject &json,
                                                            QString *problem)
{
    const QJsonValue bill = json.value(QLatin1String("settlement"));
    if (!bill.isObject()) {
        *problem = tr("the answer has no settlement");
        return std::nullopt;
    }
    SettlementDetail d;
    d.bill = bill.toObject();
    if (!requireString(d.bill, "settlement_id", &d.settlementId, problem) ||
        !listOf(json, "items", &d.itemRecords, problem) ||
        !listOf(json, "history", &d.history, problem))
        return std::nullopt;
    d.billCycle = str(d.bill, "bill_cycle");
    d.productKind = str(d.bill, "product_kind");
    d.productName = str(d.bill, "product_name");
    d.status = str(d.bill, "status");
    for (const QJsonValue &v : std::as_const(d.itemRecords)) {
        const QJsonObject o = v.toObject();
        SettlementItem item;
        const auto amount = Responses::amount(o, "amount", true, problem);
        const auto settle = amount ? Responses::amount(o, "settle_amount", false, problem) : amount;
        if (!settle || !requireString(o, "customer_id", &item.customerId, problem))
            return std::nullopt;
        item.customerName = str(o, "customer_name");
        item.amount = *amount;
        item.settleAmount =
            o.contains(QLatin1String("settle_amount")) ? *settle : Decimal::invalid();
        d.items.append(item);
    }
    return d;
}
