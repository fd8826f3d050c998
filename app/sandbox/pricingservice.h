#pragma once

#include "sandbox/pricecatalogue.h"
#include "sandbox/sandboxanswer.h"
#include "sandbox/sandboxparams.h"

#include <QJsonArray>

class SandboxStore;

// Sandbox price inquiry from the PriceCatalogue: pay-per-use and yearly/monthly list prices,
// the discounts of the customer whose project is asked about, and renewal prices of ordered
// resources. In the sandbox a customer's project id (any region) is its customer id; an unknown
// project gets list prices only.
class PricingService
{
public:
    explicit PricingService(SandboxStore *store) : m_store(store) {}

    SandboxAnswer onDemand(SandboxParams p); // ListOnDemandResourceRatings
    SandboxAnswer period(SandboxParams p);   // ListRateOnPeriodDetail
    SandboxAnswer renew(SandboxParams p);    // ListRenewRateOnPeriod

private:
    struct Discount
    {
        QString id;
        int type; // 605 commercial contract, 607 partner
        QString name;
        Decimal ratio; // price multiplier
    };
    struct Line
    {
        QString id;
        const PriceCatalogue::Product *product = nullptr;
        Decimal official;
    };
    QList<Discount> discountsFor(const QString &projectId, bool chinese);
    // Reads and prices product_infos; on a problem returns false with *error set.
    bool price(SandboxParams &p, bool periodic, QList<Line> *lines, SandboxAnswer *error);

    SandboxStore *m_store;
};
