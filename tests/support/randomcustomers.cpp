#include "randomcustomers.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QTimeZone>

namespace {

const QStringList &pool(int which)
{
    static const QStringList surnames = {
        QStringLiteral("张"), QStringLiteral("王"), QStringLiteral("李"),   QStringLiteral("赵"),
        QStringLiteral("刘"), QStringLiteral("陈"), QStringLiteral("杨"),   QStringLiteral("黄"),
        QStringLiteral("周"), QStringLiteral("吴"), QStringLiteral("欧阳"), QStringLiteral("司马")};
    static const QStringList given = {
        QStringLiteral("伟"), QStringLiteral("芳"), QStringLiteral("娜"), QStringLiteral("敏"),
        QStringLiteral("静"), QStringLiteral("丽"), QStringLiteral("强"), QStringLiteral("磊"),
        QStringLiteral("军"), QStringLiteral("洋"), QStringLiteral("勇"), QStringLiteral("艳"),
        QStringLiteral("杰"), QStringLiteral("娟"), QStringLiteral("涛"), QStringLiteral("明")};
    static const QStringList cities = {QStringLiteral("北京"), QStringLiteral("上海"),
                                       QStringLiteral("深圳"), QStringLiteral("杭州"),
                                       QStringLiteral("成都"), QStringLiteral("武汉")};
    static const QStringList words = {
        QStringLiteral("Acme"),   QStringLiteral("cloud"),  QStringLiteral("DATA"),
        QStringLiteral("Nova"),   QStringLiteral("Orbit"),  QStringLiteral("pixel"),
        QStringLiteral("Zenith"), QStringLiteral("Élan"),   QStringLiteral("Straße"),
        QStringLiteral("blue"),   QStringLiteral("Quartz"), QStringLiteral("Vertex")};
    static const QStringList tags = {QString(),
                                     QString(),
                                     QStringLiteral("VIP"),
                                     QStringLiteral("vip"),
                                     QStringLiteral("教育"),
                                     QStringLiteral("重点客户"),
                                     QStringLiteral("Retail")};
    static const QStringList managers = {QString(), QStringLiteral("sales_li"),
                                         QStringLiteral("Sales_Wang"), QStringLiteral("经理赵"),
                                         QStringLiteral("am-zhou")};
    static const QStringList *const all[] = {&surnames, &given, &cities, &words, &tags, &managers};
    return *all[which];
}

QString pick(QRandomGenerator &g, int which)
{
    const QStringList &p = pool(which);
    return p.at(int(g.bounded(quint32(p.size()))));
}

Decimal amount(QRandomGenerator &g)
{
    const int scale = int(g.bounded(5u));                         // 0..4 decimals
    const qint64 mantissa = qint64(g.bounded(2000000u)) - 200000; // some negative
    return Decimal::fromMantissa(mantissa, scale);
}

} // namespace

RandomCustomers RandomCustomers::make(int count, quint32 seed)
{
    QRandomGenerator g(seed);
    RandomCustomers out;
    out.customers.reserve(count);
    out.amounts.reserve(count);
    const QDateTime start(QDate(2021, 1, 1), QTime(0, 0), QTimeZone::utc());
    for (int i = 0; i < count; ++i) {
        Customer c;
        c.customerId = QStringLiteral("%1%2")
                           .arg(g.generate64() & 0xffffffffffffULL, 12, 16, QLatin1Char('0'))
                           .arg(i, 8, 16, QLatin1Char('0'));
        switch (g.bounded(4u)) {
        case 0:
            c.customerName = pick(g, 0) + pick(g, 1) + (g.bounded(2u) ? pick(g, 1) : QString());
            break;
        case 1:
            c.customerName =
                pick(g, 2) + pick(g, 1) + pick(g, 1) + pick(g, 1) + QStringLiteral("科技有限公司");
            break;
        default: // mostly unique, as company names are
            c.customerName = pick(g, 3) + u' ' + pick(g, 3) + u' ' +
                             QString::number(g.bounded(100000u)) + QStringLiteral(" Ltd.");
        }
        c.accountName = QStringLiteral("acct_%1").arg(g.bounded(100000u));
        c.associationType = g.bounded(3u) ? QStringLiteral("2") : QStringLiteral("1");
        c.associatedOn = start.addSecs(qint64(g.bounded(5u * 365u * 86400u)));
        c.label = pick(g, 4);
        c.telephone = QStringLiteral("13%1").arg(g.bounded(1000000000u), 9, 10, QLatin1Char('0'));
        c.countryCode = QStringLiteral("+86");
        c.email = QStringLiteral("user%1@example.com").arg(g.bounded(1000000u));
        c.accountManager = pick(g, 5);
        c.verifiedStatus = QStringLiteral("1");
        c.customerType = int(g.bounded(2u));
        c.xaccountType = QStringLiteral("HWC");
        out.customers.append(c);
        const bool agency = c.associationType == u"2";
        out.amounts.append({agency ? amount(g) : Decimal::invalid(),
                            agency ? amount(g) : Decimal::invalid(),
                            g.bounded(4u) ? amount(g) : Decimal::invalid(),
                            g.bounded(3u) ? amount(g) : Decimal::invalid()});
    }
    return out;
}
