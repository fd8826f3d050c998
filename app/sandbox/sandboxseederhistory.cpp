// SandboxSeeder: bills, orders, marketplace settlements, incentives and payment agreements
// (split from sandboxseeder.cpp).
#include "core/billperiod.h"
#include "core/settlementflow.h"
#include "sandbox/pricecatalogue.h"
#include "sandbox/sandboxseeder.h"

#include <QTimeZone>
#include <QVariant>

namespace {

// What the seed uses for the k-th bill of the month `monthsAgo` back.
QString seededStatus(int monthsAgo, int k)
{
    if (monthsAgo >= 4)
        return QStringLiteral("PAID");
    if (monthsAgo == 3)
        return k == 2 ? QStringLiteral("PAY_REQUEST_REJECTED") : QStringLiteral("PAYING");
    if (monthsAgo == 2)
        return k == 0 ? QStringLiteral("AWAITING_INVOICE")
                      : (k == 1 ? QStringLiteral("INVOICE_REVIEW") : QStringLiteral("PAY_REVIEW"));
    return k == 0
               ? QStringLiteral("PENDING_COUNTERSIGN")
               : (k == 1 ? QStringLiteral("COUNTERSIGNING") : QStringLiteral("PAY_REQUEST_FAILED"));
}

Decimal cents(int lo, int hi, SeedData &data)
{
    return Decimal::fromMantissa(data.bounded(lo, hi), 2);
}

} // namespace

// Six months of monthly consumption sums for the first customers, split by payment method,
// and one or two yearly/monthly orders each (new purchases and renewals of priced products).
bool SandboxSeeder::seedBillsAndOrders()
{
    QSqlQuery b = m_store->query();
    b.prepare(QStringLiteral(
        "INSERT INTO bills(customer_id, cycle, charge_mode, service_type, resource_type,"
        " bill_type, official_amount, discount_amount, amount, debt_amount, cash_amount,"
        " credit_amount, coupon_amount, association_type, indirect_partner_id)"
        " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    const auto &services = PriceCatalogue::services();
    const Decimal zero = Decimal::fromInt(0).withScale(2);
    for (const CustomerRow &c : std::as_const(m_sample)) {
        const bool debtor = m_data.bounded(0, 50) == 0;
        Decimal debtNow = zero;
        for (int m = 5; m >= 0; --m) {
            const int lines = m_data.bounded(1, 4);
            for (int l = 0; l < lines; ++l) {
                const auto &s = services.at(m_data.bounded(0, int(services.size())));
                const bool refund = m_data.bounded(0, 40) == 0;
                const Decimal official = cents(1000, 500000, m_data);
                Decimal discount = refund ? zero : official.multipliedBy(cents(0, 16, m_data), 2);
                Decimal amount = official - discount;
                Decimal coupon = zero, credit = zero, debt = zero;
                if (!refund && m_data.bounded(0, 4) == 0)
                    coupon = std::min(amount, cents(1000, 30000, m_data));
                if (!refund && debtor && m == 0) {
                    debt = amount - coupon;
                    debtNow += debt;
                }
                Decimal cash = amount - coupon - credit - debt;
                if (refund) {
                    amount = amount.negated();
                    cash = cash.negated();
                }
                const QVariant values[] = {c.id,
                                           cycle(m),
                                           m_data.bounded(0, 3) == 0 ? QStringLiteral("1")
                                                                     : QStringLiteral("3"),
                                           QString::fromLatin1(s.serviceType),
                                           QString::fromLatin1(s.resourceType),
                                           refund ? QStringLiteral("1") : QStringLiteral("0"),
                                           (refund ? official.negated() : official).toString(),
                                           discount.toString(),
                                           amount.toString(),
                                           debt.toString(),
                                           cash.toString(),
                                           credit.toString(),
                                           coupon.toString(),
                                           c.associationType,
                                           c.reseller};
                for (const QVariant &v : values)
                    b.addBindValue(v);
                if (!m_store->execPrepared(&b))
                    return false;
            }
        }
        QSqlQuery u = m_store->query();
        if (!debtNow.isZero() &&
            !m_store->exec(&u,
                           QStringLiteral("UPDATE customers SET debt = ? WHERE customer_id = ?"),
                           {debtNow.toString(), c.id}))
            return false;
    }

    QSqlQuery o = m_store->query();
    o.prepare(QStringLiteral(
        "INSERT INTO orders(order_id, customer_id, service_type, resource_type, resource_id,"
        " resource_spec, region, resource_size, status, order_type, official_amount,"
        " discount_amount, coupon_amount, amount_after_discount, create_time, payment_time,"
        " period_type, period_num, is_agent_pay, indirect_partner_id)"
        " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    const auto products = PriceCatalogue::products();
    const QStringList regions = PriceCatalogue::regions(m_options.international);
    static const int statuses[] = {5, 5, 5, 5, 5, 5, 6, 4, 3, 1};
    int n = 0;
    for (const CustomerRow &c : std::as_const(m_sample)) {
        if (n >= 1500 * 2)
            break;
        const int count = m_data.bounded(1, 3);
        for (int k = 0; k < count; ++k, ++n) {
            const PriceCatalogue::Product *p = products.at(m_data.bounded(0, int(products.size())));
            if (p->linear == PriceCatalogue::Linear::PerGbTraffic)
                p = products.first();
            const int size =
                p->linear == PriceCatalogue::Linear::PerGb
                    ? 10 * m_data.bounded(4, 51)
                    : (p->linear == PriceCatalogue::Linear::PerMbps ? m_data.bounded(1, 21) : 0);
            const int periodType = m_data.bounded(0, 3) == 0 ? 3 : 2;
            const int periodNum = periodType == 3 ? 1 : m_data.bounded(1, 7);
            const Decimal official = PriceCatalogue::periodPrice(*p, size, periodType, periodNum,
                                                                 m_options.international);
            const Decimal discount = official.multipliedBy(cents(0, 11, m_data), 2);
            const int status = statuses[m_data.bounded(0, 10)];
            const QString created = timeIn(m_data.bounded(0, 6));
            const QVariant values[] = {
                QStringLiteral("CS%1%2")
                    .arg(cycle(0).remove(u'-'))
                    .arg(n + 1, 8, 10, QLatin1Char('0')),
                c.id,
                QString::fromLatin1(p->serviceType),
                QString::fromLatin1(p->resourceType),
                QStringLiteral("res-%1").arg(m_data.rng().generate64(), 16, 16, QLatin1Char('0')),
                QString::fromLatin1(p->spec),
                regions.at(m_data.bounded(0, int(regions.size()))),
                size,
                status,
                m_data.bounded(0, 4) == 0 ? 2 : 1,
                official.toString(),
                discount.toString(),
                QStringLiteral("0.00"),
                (official - discount).toString(),
                created,
                status == 5 ? created : QString(),
                periodType,
                periodNum,
                m_data.bounded(0, 20) == 0 ? 1 : 0,
                c.reseller,
            };
            for (const QVariant &v : values)
                o.addBindValue(v);
            if (!m_store->execPrepared(&o))
                return false;
        }
    }
    return true;
}

// Marketplace (云商店) settlement bills: three a month for a year, general and non-general
// products, older ones paid, recent ones still moving through the flow, with their line items
// and state history.
bool SandboxSeeder::seedSettlements()
{
    static const char *const zhProducts[] = {"云速建站 标准版", "企业邮箱 专业版",
                                             "ERP 云服务 基础版", "视频会议 旗舰版"};
    static const char *const enProducts[] = {"Site Builder Standard", "Business Mail Pro",
                                             "Cloud ERP Basic", "Video Meeting Ultimate"};
    QSqlQuery q = m_store->query();
    int n = 0;
    for (int m = 12; m >= 1; --m) {
        for (int k = 0; k < 3; ++k, ++n) {
            const QString id = QStringLiteral("ST%1%2").arg(cycle(m).remove(u'-')).arg(k + 1);
            const QString kind = k == 1 ? QStringLiteral("general") : QStringLiteral("non_general");
            const QString status = seededStatus(m, k);
            const QDate billDay = m_thisMonth.addMonths(-m + 1).addDays(6);
            QDateTime t(billDay, QTime(10, 0), QTimeZone(8 * 3600));
            Decimal total = Decimal::fromInt(0).withScale(2);
            Decimal settle = total;
            const int items = m_data.bounded(2, 7);
            for (int i = 0; i < items && !m_sample.isEmpty(); ++i) {
                // Each product sells to a few regular customers, so consecutive periods share
                // product/customer pairs (what the period diff compares).
                const int pick = (n % 4) * 4 + m_data.bounded(0, 5);
                const CustomerRow &c = m_sample.at(pick % int(m_sample.size()));
                const Decimal amount = cents(10000, 2000000, m_data);
                static const char *const ratios[] = {"0.70", "0.80", "0.85"};
                const Decimal ratio =
                    *Decimal::parse(QString::fromLatin1(ratios[m_data.bounded(0, 3)]));
                const Decimal part = amount.multipliedBy(ratio, 2);
                total += amount;
                settle += part;
                if (!m_store->exec(
                        &q,
                        QStringLiteral("INSERT INTO settlement_items(settlement_id,"
                                       " order_id, customer_id, customer_name,"
                                       " charge_mode, amount, settle_ratio,"
                                       " settle_amount, trade_time)"
                                       " VALUES(?,?,?,?,?,?,?,?,?)"),
                        {id, QStringLiteral("CS%1%2").arg(id.mid(2)).arg(i), c.id, c.name,
                         m_data.bounded(0, 2) ? QStringLiteral("1") : QStringLiteral("3"),
                         amount.toString(), ratio.toString(), part.toString(), timeIn(m)}))
                    return false;
            }
            const QStringList path = SettlementFlow::pathTo(status);
            for (const QString &s : path) {
                if (!m_store->exec(&q,
                                   QStringLiteral("INSERT INTO settlement_history(settlement_id,"
                                                  " status, time) VALUES(?,?,?)"),
                                   {id, s, SandboxStore::utc(t)}))
                    return false;
                t = t.addDays(m_data.bounded(1, 6));
            }
            const QString product =
                QString::fromUtf8(m_options.international ? enProducts[n % 4] : zhProducts[n % 4]);
            if (!m_store->exec(
                    &q,
                    QStringLiteral("INSERT INTO settlements(settlement_id,"
                                   " product_kind, product_name, bill_cycle, status,"
                                   " amount, settle_amount, create_time, update_time,"
                                   " pay_request_no) VALUES(?,?,?,?,?,?,?,?,?,?)"),
                    {id, kind, product, cycle(m), status, total.toString(), settle.toString(),
                     SandboxStore::utc(QDateTime(billDay, QTime(10, 0), QTimeZone(8 * 3600))),
                     SandboxStore::utc(t.addDays(-1)),
                     SettlementFlow::hasPayRequest(status) ? QStringLiteral("PR%1").arg(id.mid(2))
                                                           : QString()}))
                return false;
        }
    }
    return true;
}

// Incentive payouts for the last six months: three incentives a month in the documented
// payout states, one frozen, one failed voucher-quota payout.
bool SandboxSeeder::seedIncentives()
{
    struct Kind
    {
        const char *zh;
        const char *en;
        const char *association;
    };
    static const Kind kinds[] = {{"代售激励", "Resale incentive", "2"},
                                 {"新客户激励", "New-customer incentive", "1"},
                                 {"增长激励", "Growth incentive", "1"}};
    QSqlQuery q = m_store->query();
    for (int m = 6; m >= 1; --m) {
        for (int k = 0; k < 3; ++k) {
            const Kind &kind = kinds[k];
            const bool referral = qstrcmp(kind.association, "1") == 0;
            QString status, method;
            if (m >= 3) {
                status = QStringLiteral("COMPLETED");
                method = referral ? (k == 1 ? QStringLiteral("BANK_TRANSFER")
                                            : QStringLiteral("ACCOUNT_TOPUP"))
                                  : QStringLiteral("COUPON_QUOTA");
                if (m == 3 && k == 0)
                    status = QStringLiteral("FAILED");
            } else if (m == 2) {
                status = k == 0 ? QStringLiteral("PROCESSING")
                                : (k == 1 ? QStringLiteral("AWAITING_INVOICE")
                                          : QStringLiteral("INVOICE_REVIEW"));
                method =
                    referral ? QStringLiteral("BANK_TRANSFER") : QStringLiteral("ACCOUNT_TOPUP");
            } else {
                status = QStringLiteral("NOT_REQUESTED");
            }
            const QVariant values[] = {
                QStringLiteral("IN%1%2").arg(cycle(m).remove(u'-')).arg(k + 1),
                cycle(m),
                QString::fromUtf8(m_options.international ? kind.en : kind.zh),
                QString::fromLatin1(kind.association),
                cents(50000, 3000000, m_data).toString(),
                method,
                status,
                status == u"NOT_REQUESTED"
                    ? QString()
                    : QStringLiteral("RQ%1%2").arg(cycle(m).remove(u'-')).arg(k + 1),
                timeIn(m - 1),
                (m == 1 && k == 2) ? 1 : 0,
            };
            if (!m_store->exec(&q,
                               QStringLiteral("INSERT INTO incentives(incentive_id, period,"
                                              " incentive_name, association_type, amount,"
                                              " payout_method, status, request_no, update_time,"
                                              " frozen) VALUES(?,?,?,?,?,?,?,?,?,?)"),
                               QVariantList(std::begin(values), std::end(values))))
                return false;
        }
    }
    return true;
}

// Payment agreements (代付协议): two in effect, one voided.
bool SandboxSeeder::seedAgreements()
{
    const bool zh = !m_options.international;
    const QString principal =
        zh ? QStringLiteral("沙箱伙伴科技有限公司") : QStringLiteral("Sandbox Partner Pte. Ltd.");
    struct A
    {
        QString agent;
        const char *type;
        const char *status;
        int monthsAgo;
    };
    const A rows[] = {{m_data.companyName(zh), "ENTERPRISE", "EFFECTIVE", 10},
                      {m_data.personName(zh), "INDIVIDUAL", "EFFECTIVE", 4},
                      {m_data.companyName(zh), "ENTERPRISE", "VOIDED", 8}};
    QSqlQuery q = m_store->query();
    int n = 0;
    for (const A &a : rows) {
        const QString created = timeIn(a.monthsAgo);
        const QDateTime start = QDateTime::fromString(created, Qt::ISODate);
        const bool voided = qstrcmp(a.status, "VOIDED") == 0;
        if (!m_store->exec(&q,
                           QStringLiteral("INSERT INTO agreements(agreement_id, agreement_type,"
                                          " status, principal, agent, agent_type, effective_time,"
                                          " expire_time, create_time, void_time)"
                                          " VALUES(?,?,?,?,?,?,?,?,?,?)"),
                           {QStringLiteral("AG%1").arg(++n, 8, 10, QLatin1Char('0')),
                            QStringLiteral("REMITTANCE"), QString::fromLatin1(a.status), principal,
                            a.agent, QString::fromLatin1(a.type), created,
                            SandboxStore::utc(start.addYears(3)), created,
                            voided ? SandboxStore::utc(start.addDays(40)) : QString()}))
            return false;
    }
    return true;
}

// Market development fund (MDF): one application in review, two approved and waiting for a claim
// (one due within three weeks), one claim in review, one approved, one rejected for an
// ineligible line, one expired — deadlines relative to today.
bool SandboxSeeder::seedMdf()
{
    const bool zh = !m_options.international;
    struct C
    {
        const char *zh;
        const char *en;
        const char *status;
        const char *approved;
        int deadlineDays; // from today
        const char *comment;
    };
    static const C rows[] = {
        {"华为云城市峰会联合推广", "Cloud summit co-marketing", "APPLICATION_REVIEW", "30000.00",
         90, ""},
        {"企业上云沙龙(第三季)", "Cloud migration salon (Q3)", "CLAIM_PENDING", "20000.00", 20, ""},
        {"行业客户培训会", "Industry customer training", "CLAIM_PENDING", "15000.00", 75, ""},
        {"线上直播推广", "Live-stream promotion", "CLAIM_REVIEW", "8000.00", 40, ""},
        {"新品发布会", "Product launch event", "CLAIM_APPROVED", "50000.00", -30, ""},
        {"客户答谢会", "Customer appreciation event", "CLAIM_REJECTED", "12000.00", 35,
         "Line 2 is a private item (watch), not covered by MDF."},
        {"展会参展", "Trade show booth", "EXPIRED", "25000.00", -10, ""},
    };
    QSqlQuery q = m_store->query();
    const QDate today = BillPeriod::today();
    int n = 0;
    for (const C &c : rows) {
        const QString id = QStringLiteral("MDF%1").arg(++n, 6, 10, QLatin1Char('0'));
        const QString status = QString::fromLatin1(c.status);
        const bool claimed =
            status == u"CLAIM_REVIEW" || status == u"CLAIM_APPROVED" || status == u"CLAIM_REJECTED";
        struct L
        {
            const char *category;
            const char *zh;
            const char *en;
            const char *amount;
        };
        static const L lines[] = {
            {"EVENT_VENUE", "会场租赁", "Venue hire", "4200.00"},
            {"PROMOTIONAL_GIFTS", "答谢礼品:手表", "Thank-you gifts: watches", "1800.00"},
            {"PRINTED_MATERIAL", "宣传册印刷", "Brochure printing", "650.50"}};
        Decimal total = Decimal::fromInt(0).withScale(2);
        if (claimed) {
            for (int i = 0; i < 3; ++i) {
                if (i == 1 && status != u"CLAIM_REJECTED")
                    continue; // only the rejected claim holds the watch line
                const L &l = lines[i];
                total = total + *Decimal::parse(QString::fromLatin1(l.amount));
                if (!m_store->exec(&q,
                                   QStringLiteral("INSERT INTO mdf_claim_lines(claim_id, category,"
                                                  " description, amount) VALUES(?,?,?,?)"),
                                   {id, QString::fromLatin1(l.category),
                                    QString::fromUtf8(zh ? l.zh : l.en),
                                    QString::fromLatin1(l.amount)}))
                    return false;
            }
        }
        const QString comment =
            !*c.comment ? QString()
            : zh ? QStringLiteral("第 2 行属于私人性质(手表),不在 MDF 报销范围内。")
                 : QString::fromUtf8(c.comment);
        if (!m_store->exec(&q,
                           QStringLiteral("INSERT INTO mdf_claims(claim_id, activity_name, status,"
                                          " approved_amount, claimed_amount, apply_time,"
                                          " claim_deadline, submit_time, review_comment)"
                                          " VALUES(?,?,?,?,?,?,?,?,?)"),
                           {id, QString::fromUtf8(zh ? c.zh : c.en), status,
                            QString::fromLatin1(c.approved), claimed ? total.toString() : QString(),
                            timeIn(3), today.addDays(c.deadlineDays).toString(Qt::ISODate),
                            claimed ? timeIn(1) : QString(), comment}))
            return false;
    }
    return true;
}
