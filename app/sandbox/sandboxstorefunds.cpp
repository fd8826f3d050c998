// SandboxStore: the money and coupon operations and their records (split from sandboxstore.cpp).
#include "sandbox/sandboxstore.h"
#include "sandbox/sqlfilter.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

using Answer = SandboxStore::Answer;

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

bool paging(const QMap<QString, QString> &query, int *offset, int *limit)
{
    bool ok1 = true, ok2 = true;
    *offset = query.contains(QStringLiteral("offset"))
                  ? query.value(QStringLiteral("offset")).toInt(&ok1)
                  : 0;
    *limit = query.contains(QStringLiteral("limit"))
                 ? query.value(QStringLiteral("limit")).toInt(&ok2)
                 : 10;
    return ok1 && ok2 && *offset >= 0 && *limit >= 1 && *limit <= 100;
}

} // namespace

Answer SandboxStore::transfer(bool allocate, const QJsonObject &body)
{
    const QJsonValue idValue = body.value(QLatin1String("customer_id"));
    const QString customerId = idValue.toString();
    if (!idValue.isString() || customerId.isEmpty() || customerId.size() > 64)
        return Answer::paramError(QStringLiteral("customer_id"));
    const auto amount = Decimal::fromJson(body.value(QLatin1String("amount")));
    if (!amount || amount->requestAmountProblem() != Decimal::AmountProblem::None)
        return Answer::paramError(
            QStringLiteral("amount must be greater than 0 with at most 2 decimal places"));
    const bool scoped = body.contains(QLatin1String("indirect_partner_id"));
    const QString ip = body.value(QLatin1String("indirect_partner_id")).toString();
    if (scoped && (ip.isEmpty() || ip.size() > 64))
        return Answer::paramError(QStringLiteral("indirect_partner_id"));

    m_db.transaction();
    auto fail = [this](const Answer &a) {
        m_db.rollback();
        return a;
    };
    QSqlQuery acc(m_db);
    acc.prepare(
        QStringLiteral("SELECT cash, designated FROM accounts WHERE indirect_partner_id = ?"));
    acc.addBindValue(SqlFilter::scope(ip));
    if (!acc.exec() || !acc.next())
        return fail(
            Answer::error(400, QStringLiteral("CBC.99000037"),
                          QStringLiteral("You have no permission to operate this reseller.")));
    const Decimal cash = *Decimal::parse(acc.value(0).toString());
    const Decimal designated = *Decimal::parse(acc.value(1).toString());
    QSqlQuery cust(m_db);
    cust.prepare(
        QStringLiteral("SELECT balance, association_type, customer, account_name FROM customers"
                       " WHERE customer_id = ? AND indirect_partner_id = ?"));
    cust.addBindValue(customerId);
    cust.addBindValue(SqlFilter::scope(ip));
    if (!cust.exec() || !cust.next())
        return fail(Answer::error(400, QStringLiteral("CBC.99000035"),
                                  QStringLiteral("The customer is not your sub-customer.")));
    if (cust.value(1).toString() != u"2")
        return fail(Answer::error(
            400, QStringLiteral("CBC.5021"),
            QStringLiteral(
                "Funds cannot be allocated to or reclaimed from a referral-sale customer.")));
    const Decimal balance = *Decimal::parse(cust.value(0).toString());
    const Decimal available = allocate ? cash - designated : balance;
    if (*amount > available)
        return fail(Answer::error(400, QStringLiteral("CBC.99005003"),
                                  QStringLiteral("Insufficient balance.")));
    const Decimal newCash = (allocate ? cash - *amount : cash + *amount).withScale(2);
    const Decimal newBalance = (allocate ? balance + *amount : balance - *amount).withScale(2);
    const QString txId = nextId(allocate ? "T" : "R");
    const QString op = allocate ? QStringLiteral("SOURCE_OPERATION_BEADJUST")
                                : QStringLiteral("SOURCE_OPERATION_BERETRIEVE");
    const QString now = nowUtc();

    QSqlQuery u(m_db);
    bool ok =
        u.prepare(QStringLiteral("UPDATE accounts SET cash = ? WHERE indirect_partner_id = ?"));
    u.addBindValue(newCash.toString());
    u.addBindValue(SqlFilter::scope(ip));
    ok = ok && u.exec();
    QSqlQuery c(m_db);
    ok = ok && c.prepare(QStringLiteral("UPDATE customers SET balance = ? WHERE customer_id = ?"));
    c.addBindValue(newBalance.toString());
    c.addBindValue(customerId);
    ok = ok && c.exec();
    QSqlQuery r(m_db);
    ok = ok && r.prepare(QStringLiteral(
                   "INSERT INTO adjust_records(trans_id, customer_id, customer_name,"
                   " operation_type, amount, currency, operation_time, indirect_partner_id)"
                   " VALUES(?,?,?,?,?,?,?,?)"));
    for (const QVariant &v : {QVariant(txId), QVariant(customerId), cust.value(2), QVariant(op),
                              QVariant(amount->withScale(2).toString()), QVariant(m_currency),
                              QVariant(now), QVariant(SqlFilter::scope(ip))})
        r.addBindValue(v);
    ok = ok && r.exec();
    QSqlQuery t(m_db);
    ok = ok && t.prepare(QStringLiteral(
                   "INSERT INTO account_changes(trade_id, trade_type, trade_detail_type,"
                   " change_amount, balance_after, type, customer_id, account_name,"
                   " trade_time, indirect_partner_id) VALUES(?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v :
         {QVariant(txId), QVariant(QStringLiteral("TRANS")), QVariant(op),
          QVariant(amount->withScale(2).toString()), QVariant(newCash.toString()),
          QVariant(allocate ? 2 : 1), QVariant(customerId), cust.value(3), QVariant(now),
          QVariant(SqlFilter::scope(ip))})
        t.addBindValue(v);
    ok = ok && t.exec();
    if (!ok || !m_db.commit())
        return fail(Answer::error(500, QStringLiteral("CBC.0999"), QStringLiteral("Other error.")));
    return {200, QJsonObject{{allocate ? QStringLiteral("transfer_id") : QStringLiteral("trans_id"),
                              txId}}};
}

Answer SandboxStore::adjustRecords(const QMap<QString, QString> &query)
{
    int offset, limit;
    if (!paging(query, &offset, &limit))
        return Answer::paramError(QStringLiteral("offset/limit"));
    SqlFilter filter(query.value(QStringLiteral("indirect_partner_id")));
    filter.addFromQuery(query,
                        {
                            {"customer_id", "customer_id = :customer_id"},
                            {"operation_type", "operation_type = :operation_type"},
                            {"trans_id", "trans_id = :trans_id"},
                            {"operation_time_begin", "operation_time >= :operation_time_begin"},
                            {"operation_time_end", "operation_time <= :operation_time_end"},
                        });
    QSqlQuery rows(m_db);
    int total = 0;
    if (!filter.run(m_db, QStringLiteral("adjust_records"),
                    QStringLiteral("customer_id, customer_name, operation_type, amount, currency, "
                                   "operation_time, trans_id"),
                    QStringLiteral("seq DESC"), offset, limit, &total, &rows))
        return Answer::error(500, QStringLiteral("CBC.0999"), QStringLiteral("Other error."));
    QJsonArray list;
    while (rows.next()) {
        list.append(QJsonObject{{QStringLiteral("customer_id"), rows.value(0).toString()},
                                {QStringLiteral("customer_name"), rows.value(1).toString()},
                                {QStringLiteral("operation_type"), rows.value(2).toString()},
                                {QStringLiteral("amount"), rows.value(3).toString()}, // num-string
                                {QStringLiteral("currency"), rows.value(4).toString()},
                                {QStringLiteral("apply_scene"), QString()},
                                {QStringLiteral("operation_time"), rows.value(5).toString()},
                                {QStringLiteral("measure_id"), 1},
                                {QStringLiteral("trans_id"), rows.value(6).toString()}});
    }
    return {200,
            QJsonObject{{QStringLiteral("total_count"), total}, {QStringLiteral("records"), list}}};
}

Answer SandboxStore::issuedCoupons(const QMap<QString, QString> &query)
{
    int offset, limit;
    if (!paging(query, &offset, &limit))
        return Answer::paramError(QStringLiteral("offset/limit"));
    SqlFilter filter(query.value(QStringLiteral("indirect_partner_id")));
    filter.addFromQuery(query, {
                                   {"coupon_id", "coupon_id = :coupon_id"},
                                   {"customer_id", "customer_id = :customer_id"},
                                   {"status", "status = :status"},
                                   {"coupon_type", "coupon_type = :coupon_type"},
                                   {"expire_time_begin", "expire_time > :expire_time_begin"},
                                   {"expire_time_end", "expire_time < :expire_time_end"},
                               });
    QSqlQuery rows(m_db);
    int total = 0;
    if (!filter.run(m_db, QStringLiteral("coupons"),
                    QStringLiteral("coupon_id, status, customer_id, coupon_type, face_value, "
                                   "balance, effective_time, expire_time, create_time"),
                    QStringLiteral("seq"), offset, limit, &total, &rows))
        return Answer::error(500, QStringLiteral("CBC.0999"), QStringLiteral("Other error."));
    QJsonArray list;
    while (rows.next()) {
        list.append(QJsonObject{
            {QStringLiteral("coupon_id"), rows.value(0).toString()},
            {QStringLiteral("status"), rows.value(1).toInt()},
            {QStringLiteral("customer_id"), rows.value(2).toString()},
            {QStringLiteral("coupon_type"), rows.value(3).toInt()},
            {QStringLiteral("measure_id"), 1},
            {QStringLiteral("face_value"), SqlFilter::amountJson(rows.value(4).toString())},
            {QStringLiteral("balance"), SqlFilter::amountJson(rows.value(5).toString())},
            {QStringLiteral("effective_time"), rows.value(6).toString()},
            {QStringLiteral("expire_time"), rows.value(7).toString()},
            {QStringLiteral("create_time"), rows.value(8).toString()},
            {QStringLiteral("fetch_method"), 3},
            {QStringLiteral("is_frozen"), QStringLiteral("0")}});
    }
    return {200, QJsonObject{{QStringLiteral("total_count"), total},
                             {QStringLiteral("user_coupons"), list}}};
}

Answer SandboxStore::reclaimCoupon(const QJsonObject &body)
{
    const QString couponId = body.value(QLatin1String("coupon_id")).toString();
    if (couponId.isEmpty() || couponId.size() > 64)
        return Answer::paramError(QStringLiteral("coupon_id"));
    const bool scoped = body.contains(QLatin1String("indirect_partner_id"));
    const QString ip = body.value(QLatin1String("indirect_partner_id")).toString();
    if (scoped && (ip.isEmpty() || ip.size() > 100))
        return Answer::paramError(QStringLiteral("indirect_partner_id"));
    m_db.transaction();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT status FROM coupons WHERE coupon_id = ? AND indirect_partner_id = ?"));
    q.addBindValue(couponId);
    q.addBindValue(SqlFilter::scope(ip));
    if (!q.exec() || !q.next()) {
        m_db.rollback();
        return Answer::paramError(QStringLiteral("the coupon does not exist"));
    }
    if (q.value(0).toInt() != 2) {
        m_db.rollback();
        return Answer::error(400, QStringLiteral("CBC.0100"),
                             QStringLiteral("Only coupons in the usable status can be reclaimed."));
    }
    QSqlQuery u(m_db);
    u.prepare(
        QStringLiteral("UPDATE coupons SET status = 5, balance = '0.00' WHERE coupon_id = ?"));
    u.addBindValue(couponId);
    if (!u.exec() || !m_db.commit()) {
        m_db.rollback();
        return Answer::error(500, QStringLiteral("CBC.0999"), QStringLiteral("Other error."));
    }
    return {204, QJsonObject()};
}
