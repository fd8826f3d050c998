#include "core/mdfrules.h"

namespace {

struct Category
{
    const char *code;
    const char *label;
    bool eligible;
    MdfRules::Rule rule; // for ineligible ones
};

const Category kCategories[] = {
    {"EVENT_VENUE", QT_TRANSLATE_NOOP("MdfRules", "Event venue"), true, {}},
    {"EVENT_CATERING", QT_TRANSLATE_NOOP("MdfRules", "Event catering"), true, {}},
    {"ADVERTISING", QT_TRANSLATE_NOOP("MdfRules", "Advertising and promotion"), true, {}},
    {"PRINTED_MATERIAL", QT_TRANSLATE_NOOP("MdfRules", "Printed material"), true, {}},
    {"PROMOTIONAL_GIFTS", QT_TRANSLATE_NOOP("MdfRules", "Promotional gifts"), true, {}},
    {"TRAINING", QT_TRANSLATE_NOOP("MdfRules", "Customer training"), true, {}},
    {"TRAVEL", QT_TRANSLATE_NOOP("MdfRules", "Event travel"), true, {}},
    {"THIRD_PARTY_INVITATION",
     QT_TRANSLATE_NOOP("MdfRules", "Third-party association customer-invitation fees"), false,
     MdfRules::Rule::ThirdPartyInvitation},
    {"PRIVATE_ITEMS", QT_TRANSLATE_NOOP("MdfRules", "Private items"), false,
     MdfRules::Rule::PrivateItem},
    {"EQUIPMENT_ASSETS", QT_TRANSLATE_NOOP("MdfRules", "Equipment assets"), false,
     MdfRules::Rule::EquipmentAsset},
    {"SALES_SOFTWARE", QT_TRANSLATE_NOOP("MdfRules", "Sales-management software"), false,
     MdfRules::Rule::SalesSoftware},
    {"ONLINE_SHOP", QT_TRANSLATE_NOOP("MdfRules", "Online shop fees"), false,
     MdfRules::Rule::OnlineShop},
};

// Words in a description that make a line ineligible whatever its category (the seed's list,
// in Chinese and English). Matched case-insensitively as substrings.
const struct
{
    MdfRules::Rule rule;
    const char *words; // '|'-separated
} kWords[] = {
    {MdfRules::Rule::ThirdPartyInvitation,
     "协会邀请|组织邀请|客户邀请费|邀请费|association invitation|invitation fee"},
    {MdfRules::Rule::PrivateItem,
     "学费|装饰|装潢|装修|婴儿|孕妇|儿童用品|母婴|玩具|服饰|服装|首饰|金银|珠宝|化妆品|皮带|"
     "手表|保健品|药品|体育用品|健身器材|运动器材|汽油|加油|油费|学车|驾校|tuition|decoration|"
     "renovation|baby|maternity|children's|toy|clothing|apparel|jewel|cosmetic|belt|watch|"
     "health supplement|medicine|sports goods|sports equipment|fuel|gasoline|petrol|"
     "driving lesson|driving school"},
    {MdfRules::Rule::EquipmentAsset,
     "直播用手机|直播手机|手机|电视|直播设备|phone|television|tv set|streaming equipment"},
    {MdfRules::Rule::SalesSoftware,
     "销售管理软件|crm|sales management software|sales-management software"},
    {MdfRules::Rule::OnlineShop, "淘宝|网店|店铺|taobao|online shop|online store|e-shop"},
};

} // namespace

QStringList MdfRules::categories()
{
    QStringList out;
    for (const Category &c : kCategories)
        out << QString::fromLatin1(c.code);
    return out;
}

bool MdfRules::isKnownCategory(const QString &code)
{
    return categories().contains(code);
}

bool MdfRules::isEligibleCategory(const QString &code)
{
    for (const Category &c : kCategories) {
        if (code == QLatin1String(c.code))
            return c.eligible;
    }
    return false;
}

bool MdfRules::categoryRule(const QString &code, Rule *rule)
{
    for (const Category &c : kCategories) {
        if (code == QLatin1String(c.code)) {
            *rule = c.rule;
            return !c.eligible;
        }
    }
    *rule = Rule::UnknownCategory;
    return true;
}

QString MdfRules::categoryLabel(const QString &code)
{
    for (const Category &c : kCategories) {
        if (code == QLatin1String(c.code))
            return tr(c.label);
    }
    return code;
}

QString MdfRules::ruleText(Rule rule)
{
    switch (rule) {
    case Rule::ThirdPartyInvitation:
        return tr("Customer-invitation fees of third-party associations or organisations are not "
                  "covered by MDF.");
    case Rule::PrivateItem:
        return tr("Private items (tuition, decoration, baby or children's products, toys, "
                  "clothing, jewellery, cosmetics, belts, watches, health products, medicine, "
                  "sports goods, fuel, driving lessons) are not covered by MDF.");
    case Rule::EquipmentAsset:
        return tr("Equipment assets (such as phones or TVs for live streaming) are not covered by "
                  "MDF.");
    case Rule::SalesSoftware:
        return tr("Sales-management software is not covered by MDF.");
    case Rule::OnlineShop:
        return tr("Online shop fees (such as a Taobao shop) are not covered by MDF.");
    case Rule::UnknownCategory:
        return tr("Unknown expense category.");
    case Rule::BadAmount:
        return tr("The amount must be greater than 0 with at most 2 decimals.");
    }
    return {};
}

QList<MdfRules::Finding> MdfRules::check(const QList<Line> &lines)
{
    QList<Finding> out;
    for (int i = 0; i < lines.size(); ++i) {
        const Line &l = lines.at(i);
        Rule rule;
        if (categoryRule(l.category, &rule))
            out.append(
                {i, rule, l.category,
                 tr("Line %1 (%2): %3").arg(i + 1).arg(categoryLabel(l.category), ruleText(rule))});
        const QString text = l.description.toLower();
        for (const auto &w : kWords) {
            bool hit = false;
            for (const QString &word : QString::fromUtf8(w.words).split(u'|')) {
                if (!word.isEmpty() && text.contains(word)) {
                    out.append({i, w.rule, word,
                                tr("Line %1: “%2” looks like an ineligible item. %3")
                                    .arg(i + 1)
                                    .arg(word, ruleText(w.rule)),
                                false});
                    hit = true;
                    break;
                }
            }
            if (hit)
                break; // one description finding per line is enough
        }
        if (!l.amount.isValid() || l.amount.signum() <= 0 || l.amount.normalized().scale() > 2)
            out.append({i, Rule::BadAmount, QString(),
                        tr("Line %1: %2").arg(i + 1).arg(ruleText(Rule::BadAmount))});
    }
    return out;
}

bool MdfRules::hasBlocking(const QList<Finding> &findings)
{
    for (const Finding &f : findings) {
        if (f.blocking)
            return true;
    }
    return false;
}
