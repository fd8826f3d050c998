#pragma once

#include "core/decimal.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Market development fund (MDF, 市场发展基金) claim rules from the console's help: the expense
// categories a claim line may use, the ones it may not (三方协会或组织客户邀请费用; private items
// 私人性质; equipment assets 设备类资产; sales-management software; online shops), and a
// pre-check that also reads each line's description for ineligible items filed under an allowed
// category ("手表" as a gift, "直播用手机" as event material). Shared by the sandbox's claim
// endpoint (categories) and the app's pre-check (categories and descriptions).
class MdfRules
{
    Q_DECLARE_TR_FUNCTIONS(MdfRules)
public:
    struct Line
    {
        QString category; // a code from categories()
        QString description;
        Decimal amount = Decimal::invalid();
    };
    enum class Rule {
        ThirdPartyInvitation, // 三方协会或组织客户邀请费用
        PrivateItem,          // 私人性质
        EquipmentAsset,       // 设备类资产
        SalesSoftware,        // 销售管理软件
        OnlineShop,           // 淘宝店铺 / online shop fees
        UnknownCategory,
        BadAmount,
    };
    struct Finding
    {
        int line = 0; // 0-based index of the expense line
        Rule rule;
        QString matched; // the category or the word that matched
        QString message; // in the UI language
        // A category or amount finding blocks the claim (the server refuses it too); a word in a
        // description is a warning the partner may overrule after a look.
        bool blocking = true;
    };

    // Every category code, eligible first: EVENT_VENUE, EVENT_CATERING, ADVERTISING,
    // PRINTED_MATERIAL, PROMOTIONAL_GIFTS, TRAINING, TRAVEL, then the ineligible
    // THIRD_PARTY_INVITATION, PRIVATE_ITEMS, EQUIPMENT_ASSETS, SALES_SOFTWARE, ONLINE_SHOP.
    static QStringList categories();
    static bool isKnownCategory(const QString &code);
    static bool isEligibleCategory(const QString &code);
    static QString categoryLabel(const QString &code); // unknown: verbatim
    static QString ruleText(Rule rule);

    // Everything wrong with the lines, in line order; empty when the claim may be submitted.
    // hasBlocking() tells whether any finding must be fixed first.
    static QList<Finding> check(const QList<Line> &lines);
    static bool hasBlocking(const QList<Finding> &findings);

private:
    static bool categoryRule(const QString &code, Rule *rule);
};
