#pragma once

#include "bss/types.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

// Decoders of BSS response bodies into the typed results. A missing required field or an amount
// that is not a number makes the decoder fail with *problem set (a malformed response), never a
// silently wrong value.
class Responses
{
    Q_DECLARE_TR_FUNCTIONS(Responses)
public:
    static std::optional<ListPage<Customer>> customers(const QJsonObject &json, QString *problem);
    static std::optional<QList<PartnerBalance>> partnerBalances(const QJsonObject &json,
                                                                QString *problem);
    static std::optional<ListPage<IssuedCoupon>> issuedCoupons(const QJsonObject &json,
                                                               QString *problem);
    static std::optional<ListPage<AdjustRecord>> adjustRecords(const QJsonObject &json,
                                                               QString *problem);
    static std::optional<QList<CustomerBalance>> customerBalances(const QJsonObject &json,
                                                                  QString *problem);
    static std::optional<ListPage<BillSum>> billSums(const QJsonObject &json, QString *problem);
    static std::optional<ListPage<CouponQuota>> couponQuotas(const QJsonObject &json,
                                                             QString *problem);
    static std::optional<SettlementDetail> settlementDetail(const QJsonObject &json,
                                                            QString *problem);
    static std::optional<UnbindCheck> unbindCheck(const QJsonObject &json, QString *problem);
    // transfer_id (allocate) or trans_id (reclaim).
    static std::optional<QString> transactionId(const QJsonObject &json, QString *problem);
    // domains[0].id of IAM GET /v3/auth/domains.
    static std::optional<QString> domainId(const QJsonObject &json, QString *problem);

    static std::optional<Customer> customer(const QJsonObject &o, QString *problem);
    static std::optional<IssuedCoupon> issuedCoupon(const QJsonObject &o, QString *problem);
    static std::optional<AdjustRecord> adjustRecord(const QJsonObject &o, QString *problem);
    static std::optional<BillSum> billSum(const QJsonObject &o, QString *problem);
    static std::optional<CouponQuota> couponQuota(const QJsonObject &o, QString *problem);

    // An amount field in the main unit: measure_id 2 (jiao) and 3 (fen) are scaled exactly.
    static std::optional<Decimal> amount(const QJsonObject &o, const char *field, bool required,
                                         QString *problem);
    static QDateTime utcTime(const QJsonValue &value);
};
