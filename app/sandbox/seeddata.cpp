#include "sandbox/seeddata.h"

#include <QStringList>

namespace {
const QStringList kZhCities = {
    QStringLiteral("北京"), QStringLiteral("上海"), QStringLiteral("深圳"), QStringLiteral("杭州"),
    QStringLiteral("成都"), QStringLiteral("武汉"), QStringLiteral("南京"), QStringLiteral("西安")};
const QStringList kZhWords = {
    QStringLiteral("云图"), QStringLiteral("星河"), QStringLiteral("数智"), QStringLiteral("瑞达"),
    QStringLiteral("恒信"), QStringLiteral("华腾"), QStringLiteral("启明"), QStringLiteral("博远"),
    QStringLiteral("新锐"), QStringLiteral("卓越")};
const QStringList kZhKinds = {QStringLiteral("科技有限公司"), QStringLiteral("信息技术有限公司"),
                              QStringLiteral("网络科技有限公司"),
                              QStringLiteral("软件股份有限公司")};
const QStringList kEnWords = {QStringLiteral("Blue Harbor"), QStringLiteral("Northwind"),
                              QStringLiteral("Silverline"),  QStringLiteral("Brightpath"),
                              QStringLiteral("Evergreen"),   QStringLiteral("Redwood"),
                              QStringLiteral("Summit"),      QStringLiteral("Oakridge")};
const QStringList kEnKinds = {QStringLiteral("Technologies Ltd."), QStringLiteral("Data Inc."),
                              QStringLiteral("Cloud Services LLC"),
                              QStringLiteral("Software Pte. Ltd.")};
const QStringList kZhSurnames = {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"),
                                 QStringLiteral("刘"), QStringLiteral("陈"), QStringLiteral("杨"),
                                 QStringLiteral("赵"), QStringLiteral("黄")};
const QStringList kZhGiven = {QStringLiteral("伟"), QStringLiteral("芳"), QStringLiteral("娜"),
                              QStringLiteral("敏"), QStringLiteral("静"), QStringLiteral("磊"),
                              QStringLiteral("洋"), QStringLiteral("婷")};
const QStringList kEnFirst = {QStringLiteral("Alice"), QStringLiteral("Ben"),
                              QStringLiteral("Chloe"), QStringLiteral("David"),
                              QStringLiteral("Emma"),  QStringLiteral("Frank")};
const QStringList kEnLast = {QStringLiteral("Smith"),  QStringLiteral("Tan"),
                             QStringLiteral("Garcia"), QStringLiteral("Lee"),
                             QStringLiteral("Brown"),  QStringLiteral("Wong")};
} // namespace

QString SeedData::companyName(bool chinese)
{
    auto pick = [this](const QStringList &l) { return l.at(int(m_rng.bounded(int(l.size())))); };
    if (chinese)
        return pick(kZhCities) + pick(kZhWords) + pick(kZhKinds);
    return pick(kEnWords) + u' ' + pick(kEnKinds);
}

QString SeedData::personName(bool chinese)
{
    auto pick = [this](const QStringList &l) { return l.at(int(m_rng.bounded(int(l.size())))); };
    if (chinese)
        return pick(kZhSurnames) + pick(kZhGiven) + (m_rng.bounded(2) ? pick(kZhGiven) : QString());
    return pick(kEnFirst) + u' ' + pick(kEnLast);
}

QString SeedData::accountName(int index)
{
    static const char *const stems[] = {"cloud", "data", "apex", "nova", "orbit", "pixel"};
    return QStringLiteral("%1_%2")
        .arg(QLatin1String(stems[m_rng.bounded(6)]))
        .arg(index, 6, 10, QLatin1Char('0'));
}

QString SeedData::phone()
{
    return QStringLiteral("13%1%2")
        .arg(m_rng.bounded(10))
        .arg(m_rng.bounded(100000000), 8, 10, QLatin1Char('0'));
}

QString SeedData::email(const QString &account)
{
    static const char *const domains[] = {"example.com", "example.cn", "example.org"};
    return account + u'@' + QLatin1String(domains[m_rng.bounded(3)]);
}
