#pragma once

#include "bss/types.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

// Decoders of the International site's budget and quota answers (as Responses: a missing
// required field, an amount that is not a number or a wrong unit fails with *problem set).
class BudgetResponses
{
    Q_DECLARE_TR_FUNCTIONS(BudgetResponses)
public:
    static std::optional<QList<CustomerBudget>> budgets(const QJsonObject &json, QString *problem);
    // ShowSubCustomerBudget: nothing set yet gives an empty budget type.
    static std::optional<CustomerBudget> budget(const QJsonObject &json, const QString &customerId,
                                                QString *problem);
    static std::optional<ListPage<BudgetRecord>> budgetRecords(const QJsonObject &json,
                                                               QString *problem);
    static std::optional<ConsumptionQuota> consumptionQuota(const QJsonObject &json,
                                                            QString *problem);
    static std::optional<PostpaidBillSum> postpaidBillSum(const QJsonObject &json,
                                                          QString *problem);
};
