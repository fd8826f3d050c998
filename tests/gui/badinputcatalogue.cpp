// The catalogue itself: what each bad input is and where it goes in.
#include "badinputcases.h"
#include "ops/batchwrites.h"
#include "bss/responses.h"
#include "core/statuslabels.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace {

BatchRunner::Item item(const QString &id, const QString &amount = QString(),
                       const QString &scope = QString())
{
    BatchRunner::Item i;
    i.id = id;
    i.amount = amount.isEmpty() ? Decimal::invalid() : *Decimal::parse(amount);
    i.scope = scope;
    return i;
}

QString problemOf(bool ok, const QString &problem)
{
    return ok ? QString() : problem;
}

} // namespace

void BadInputCases::addAmounts()
{
    const QString where = QStringLiteral("amount field (allocate, reclaim, coupon face value)");
    for (const char *text : {"", "0", "-1", "1.234", "1e9", "abc", "0.001", "-0.00", "1.2.3",
                             "12元", "5000.01", "NaN", "∞", "1,2,3", "0x10", "--5"})
        add(where, QString::fromUtf8(text),
            [this, text] { return field(QString::fromUtf8(text)); });
    add(
        where, QStringLiteral("１２"), [this] { return field(QStringLiteral("１２")); },
        QStringLiteral("12.00"));
    add(
        where, QStringLiteral(" 1,234.50 "), [this] { return field(QStringLiteral(" 1,234.50 ")); },
        QStringLiteral("1234.50"));
}

void BadInputCases::addRunnerInputs()
{
    const Writer c = m_sbx.writer();
    const QString customer =
        m_sbx.customerWhere(QStringLiteral("association_type = '2' AND indirect_partner_id = ''"));
    const QString long65(65, u'x');
    using K = FundsWrites::Kind;
    const QString funds = QStringLiteral("allocate / reclaim funds");
    add(funds, QStringLiteral("customer_id \"\""),
        [this, c] { return batch(BatchWrites::transfer(c, K::Allocate), item({}, "1.00")); });
    add(funds, QStringLiteral("customer_id of 65 characters"), [this, c, long65] {
        return batch(BatchWrites::transfer(c, K::Allocate), item(long65, "1.00"));
    });
    add(funds, QStringLiteral("indirect_partner_id of 65 characters"), [this, c, customer, long65] {
        return batch(BatchWrites::transfer(c, K::Allocate), item(customer, "1.00", long65));
    });
    add(funds, QStringLiteral("customer_id with a line break"), [this, c] {
        return batch(BatchWrites::transfer(c, K::Allocate),
                     item(QStringLiteral("c1\nc2"), "1"));
    });
    add(funds, QStringLiteral("amount 0 (sent by a script, not the field)"), [this, c, customer] {
        return batch(BatchWrites::transfer(c, K::Reclaim), item(customer, "0"));
    });
    add(funds, QStringLiteral("amount 1.234"), [this, c, customer] {
        return batch(BatchWrites::transfer(c, K::Allocate), item(customer, "1.234"));
    });
    add(funds, QStringLiteral("reseller \"\""), [this, c] {
        return batch(BatchWrites::transfer(c, K::Allocate, FundsWrites::Target::Reseller),
                     item({}, "1.00"));
    });
    const QString coupons = QStringLiteral("coupons");
    add(coupons, QStringLiteral("reclaim coupon_id \"\""),
        [this, c] { return batch(BatchWrites::couponReclaim(c), item({})); });
    add(coupons, QStringLiteral("reclaim coupon_id of 65 characters"),
        [this, c, long65] { return batch(BatchWrites::couponReclaim(c), item(long65)); });
    add(coupons, QStringLiteral("issue with face value 0"), [this, c, customer] {
        CouponWrites::Issue o;
        o.quotaId = QStringLiteral("QT0000000001");
        o.faceValue = Decimal::fromInt(0);
        return batch(BatchWrites::couponIssue(c, o), item(customer, "0"));
    });
    add(coupons, QStringLiteral("issue from quota_id \"\""), [this, c, customer] {
        CouponWrites::Issue o;
        o.faceValue = Decimal::fromInt(5);
        return batch(BatchWrites::couponIssue(c, o), item(customer, "5"));
    });
    add(coupons, QStringLiteral("issue valid to before valid from"), [this, c, customer] {
        CouponWrites::Issue o;
        o.quotaId = QStringLiteral("QT0000000001");
        o.faceValue = Decimal::fromInt(5);
        o.validFrom = QDateTime::currentDateTimeUtc().addDays(10);
        o.validTo = QDateTime::currentDateTimeUtc().addDays(1);
        return batch(BatchWrites::couponIssue(c, o), item(customer, "5"));
    });
    const QString quotas = QStringLiteral("reseller coupon quotas");
    add(quotas, QStringLiteral("issue from parent quota \"\""), [this, c] {
        return batch(BatchWrites::resellerQuotaIssue(c, QString()), item("rp-0001", "10"));
    });
    add(quotas, QStringLiteral("reclaim quota_id \"\""),
        [this, c] { return batch(BatchWrites::resellerQuotaReclaim(c), item({}, "10")); });
    const QString unbind = QStringLiteral("unbind dialog");
    add(unbind, QStringLiteral("reason \"\""), [this, c, customer] {
        return batch(BatchWrites::unbind(c, QString()), item(customer));
    });
    add(unbind, QStringLiteral("reason of 201 characters"), [this, c, customer] {
        return batch(BatchWrites::unbind(c, QString(201, u'因')), item(customer));
    });
    add(unbind, QStringLiteral("customer_id \"\""),
        [this, c] { return batch(BatchWrites::unbind(c, QStringLiteral("转出")), item({})); });
    const QString agency = QStringLiteral("payment agency");
    add(agency, QStringLiteral("remitter name \"   \""), [this, c] {
        return batch(BatchWrites::agreementAdd(c, QStringLiteral("ENTERPRISE")),
                     item(QStringLiteral("   ")));
    });
    add(agency, QStringLiteral("remitter name of 101 characters"), [this, c] {
        return batch(BatchWrites::agreementAdd(c, QStringLiteral("ENTERPRISE")),
                     item(QString(101, u'汇')));
    });
    add(agency, QStringLiteral("remitter type ROBOT"), [this, c] {
        return batch(BatchWrites::agreementAdd(c, QStringLiteral("ROBOT")),
                     item(QStringLiteral("某公司")));
    });
    add(agency, QStringLiteral("void agreement_id \"\""),
        [this, c] { return batch(BatchWrites::agreementVoid(c), item({})); });
}

void BadInputCases::addAnswers()
{
    const QString where = QStringLiteral("API answer");
    using Reply = FakeBssServer::Reply;
    auto customers = [](const QJsonObject &json, QString *value) {
        QString p;
        const auto page = Responses::customers(json, &p);
        if (page)
            *value = QString::number(page->items.size());
        return problemOf(page.has_value(), p);
    };
    auto balances = [](const QJsonObject &json, QString *value) {
        QString p;
        const auto list = Responses::partnerBalances(json, &p);
        if (list && !list->isEmpty())
            *value = list->first().amount.toString();
        return problemOf(list.has_value(), p);
    };
    auto coupons = [](const QJsonObject &json, QString *value) {
        QString p;
        const auto page = Responses::issuedCoupons(json, &p);
        if (page && !page->items.isEmpty())
            *value = QString::number(page->items.first().status);
        return problemOf(page.has_value(), p);
    };
    auto answerCase = [&](const QString &input, const QString &op, const Reply &reply, auto decode,
                          const QString &accepted = QString()) {
        add(
            where, input, [this, op, reply, decode] { return answer(op, reply, decode); }, accepted,
            false);
    };
    const QString list = QStringLiteral("ListSubCustomers");
    answerCase(QStringLiteral("truncated JSON"), list,
               {200, R"({"total_count":1,"customer_inf)", {}}, customers);
    answerCase(QStringLiteral("10 MB answer"), list,
               {200, "{\"pad\":\"" + QByteArray(10 * 1024 * 1024, 'x') + "\"}", {}}, customers);
    answerCase(QStringLiteral("a list instead of an object"), list, {200, "[1,2,3]", {}},
               customers);
    answerCase(QStringLiteral("customer_infos is a string"), list,
               {200, R"({"total_count":1,"customer_infos":"none"})", {}}, customers);
    answerCase(QStringLiteral("a customer without customer_id"), list,
               {200, R"({"total_count":1,"customer_infos":[{"customer":"甲"}]})", {}}, customers);
    answerCase(QStringLiteral("invalid UTF-8 in a name"), list,
               {200,
                "{\"total_count\":1,\"customer_infos\":[{\"customer_id\":\"c1\",\"customer\":"
                "\"\xff\xfe\"}]}",
                {}},
               customers);
    answerCase(QStringLiteral("an HTML error page with 502"), list,
               {502, "<html><body>Bad Gateway</body></html>", {}}, customers);
    answerCase(QStringLiteral("an empty 200 answer to a list"), list, {200, "", {}}, customers);
    answerCase(QStringLiteral("customer_infos: [ 1 ]"), list,
               {200, R"({"total_count":1,"customer_infos":[1]})", {}}, customers);
    const QString bal = QStringLiteral("ListPartnerBalances");
    answerCase(
        QStringLiteral("amount \"abc\""), bal,
        {200,
         R"({"account_balances":[{"account_id":"a1","account_type":1,"amount":"abc","currency":"CNY"}]})",
         {}},
        balances);
    answerCase(
        QStringLiteral("amount 1e400 (huge number)"), bal,
        {200,
         R"({"account_balances":[{"account_id":"a1","account_type":1,"amount":1e400,"currency":"CNY"}]})",
         {}},
        balances);
    answerCase(
        QStringLiteral("amount true (wrong type)"), bal,
        {200,
         R"({"account_balances":[{"account_id":"a1","account_type":1,"amount":true,"currency":"CNY"}]})",
         {}},
        balances);
    answerCase(
        QStringLiteral("measure_id 7 (unknown unit)"), bal,
        {200,
         R"({"account_balances":[{"account_id":"a1","account_type":1,"amount":5,"measure_id":7,"currency":"CNY"}]})",
         {}},
        balances);
    answerCase(
        QStringLiteral("amount 12.345678 in fen (measure_id 3)"), bal,
        {200,
         R"({"account_balances":[{"account_id":"a1","account_type":1,"amount":"1234.5","measure_id":3,"currency":"CNY"}]})",
         {}},
        balances, QStringLiteral("12.345"));
    // An unknown coupon status is kept and shown as unknown, never as a known one.
    add(
        where, QStringLiteral("coupon status 99 (unknown)"),
        [this, coupons] {
            Outcome o = answer(
                QStringLiteral("ListIssuedPartnerCoupons"),
                {200,
                 R"({"total_count":1,"user_coupons":[{"coupon_id":"cp1","customer_id":"c1","status":99,"face_value":5,"balance":5,"coupon_type":1}]})",
                 {}},
                coupons);
            o.message = StatusLabels::couponStatus(o.value.toInt());
            return o;
        },
        QStringLiteral("99"), false);
}

void BadInputCases::addFiles()
{
    const QString where = QStringLiteral("statement import (CSV)");
    const QByteArray header = "账期,商品名称,客户ID,消费金额,分账金额\n";
    const QList<QPair<QString, QByteArray>> files = {
        {QStringLiteral("an empty file"), QByteArray()},
        {QStringLiteral("a header and no rows"), header},
        {QStringLiteral("no amount column"), "账期,商品名称,客户ID\n2026-09,邮箱,c1\n"},
        {QStringLiteral("period 2026-13"), header + "2026-13,邮箱,c1,10.00,8.00\n"},
        {QStringLiteral("amount 12元"), header + "2026-09,邮箱,c1,12元,8.00\n"},
        {QStringLiteral("binary garbage"), QByteArray("\x00\x01\xff\xfe\x80\x81\xc3\x28", 8)},
        {QStringLiteral("more fields than the header"), header + "2026-09,邮箱,c1,10,8,extra\n"},
        {QStringLiteral("an unterminated quote"), header + "2026-09,\"邮箱,c1,10,8\n"},
        {QStringLiteral("no product name"), header + "2026-09,,c1,10.00,8.00\n"},
        {QStringLiteral("settlement amount x"), header + "2026-09,邮箱,c1,10.00,x\n"},
    };
    for (const auto &[input, bytes] : files)
        add(where, input, [this, bytes] { return statement(bytes); });
    // "账期,商品名称,客户ID,消费金额" and one row, as Excel saves CSV on a Chinese Windows.
    const QByteArray gbk =
        QByteArray::fromHex("d5cbc6da2cc9ccc6b7c3fbb3c62cbfcdbba749442ccffbb7d1bd"
                            "f0b6ee0a323032362d30392cd3cacfe42c63312c31302e30300a");
    add(
        where, QStringLiteral("a GB18030 (GBK) file from Excel"),
        [this, gbk] { return statement(gbk); }, QStringLiteral("1"));
}

void BadInputCases::addCli()
{
    const QString where = QStringLiteral("partnerdesk-cli");
    const QList<QPair<QString, QStringList>> runs = {
        {QStringLiteral("an unknown command"), {QStringLiteral("frobnicate")}},
        {QStringLiteral("an unknown option"),
         {QStringLiteral("--colour"), QStringLiteral("operations")}},
        {QStringLiteral("funds allocate without --customer"),
         {QStringLiteral("funds"), QStringLiteral("allocate"), QStringLiteral("--amount"),
          QStringLiteral("1"), QStringLiteral("--yes")}},
        {QStringLiteral("funds allocate --amount 1.234"),
         {QStringLiteral("funds"), QStringLiteral("allocate"), QStringLiteral("--customer"),
          QStringLiteral("c1"), QStringLiteral("--amount"), QStringLiteral("1.234"),
          QStringLiteral("--yes")}},
        {QStringLiteral("funds allocate --amount -1"),
         {QStringLiteral("funds"), QStringLiteral("allocate"), QStringLiteral("--customer"),
          QStringLiteral("c1"), QStringLiteral("--amount"), QStringLiteral("-1"),
          QStringLiteral("--yes")}},
        {QStringLiteral("funds allocate --amount \"\""),
         {QStringLiteral("funds"), QStringLiteral("allocate"), QStringLiteral("--customer"),
          QStringLiteral("c1"), QStringLiteral("--amount"), QString(), QStringLiteral("--yes")}},
        {QStringLiteral("--format xml"),
         {QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("customers"),
          QStringLiteral("list")}},
        {QStringLiteral("customers list --limit 0"),
         {QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--limit"),
          QStringLiteral("0")}},
        {QStringLiteral("customers list --limit abc"),
         {QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--limit"),
          QStringLiteral("abc")}},
        {QStringLiteral("call UnknownOperation"),
         {QStringLiteral("call"), QStringLiteral("UnknownOperation")}},
        {QStringLiteral("call with --body {broken"),
         {QStringLiteral("call"), QStringLiteral("ListSubCustomers"), QStringLiteral("--body"),
          QStringLiteral("{broken")}},
        {QStringLiteral("coupons issue --face-value 0"),
         {QStringLiteral("coupons"), QStringLiteral("issue"), QStringLiteral("--quota"),
          QStringLiteral("QT1"), QStringLiteral("--customer"), QStringLiteral("c1"),
          QStringLiteral("--face-value"), QStringLiteral("0"), QStringLiteral("--yes")}},
        {QStringLiteral("coupons list --status lost"),
         {QStringLiteral("coupons"), QStringLiteral("list"), QStringLiteral("--status"),
          QStringLiteral("lost")}},
        {QStringLiteral("agency add --name of 101 characters"),
         {QStringLiteral("agency"), QStringLiteral("add"), QStringLiteral("--name"),
          QString(101, u'汇')}},
    };
    for (const auto &[input, args] : runs)
        add(where, input, [this, args] { return cli(args); });
    add(where, QStringLiteral("sign with {nope on stdin"),
        [this] { return cli({QStringLiteral("sign")}, "{nope"); });
    add(where, QStringLiteral("--endpoint http://192.0.2.10 (plain HTTP, not loopback)"), [this] {
        return cli({QStringLiteral("--endpoint"), QStringLiteral("http://192.0.2.10"),
                    QStringLiteral("call"), QStringLiteral("ListPartnerBalances")});
    });
}
