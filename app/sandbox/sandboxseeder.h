#pragma once

#include "sandbox/sandboxstore.h"
#include "sandbox/seeddata.h"

#include <QDate>
#include <QStringList>

// Fills an empty SandboxStore with a deterministic dataset: the same seed (and month of
// seeding) always gives the same customers, coupons, quotas, ledgers, bills, orders,
// settlements, incentives and payment agreements. Months of history end in the current month.
class SandboxSeeder
{
public:
    SandboxSeeder(SandboxStore *store, const SandboxStore::SeedOptions &options);
    bool run();

    static QStringList resellerIds();

private:
    struct CustomerRow
    {
        QString id;
        QString name;
        QString account;
        QString associationType;
        QString reseller;
        QString associatedOn;
        Decimal balance;
    };
    bool seedResellers();
    bool seedQuotas();
    bool seedCustomers();
    bool seedCoupon(int index, const CustomerRow &customer);
    bool seedLedger();
    bool seedBillsAndOrders();
    bool seedSettlements();
    bool seedIncentives();
    bool seedAgreements();
    bool seedMdf();
    QString cycle(int monthsAgo) const;
    QString timeIn(int monthsAgo);
    bool chinese();

    SandboxStore *m_store;
    SandboxStore::SeedOptions m_options;
    SeedData m_data;
    QDate m_thisMonth;
    QList<CustomerRow> m_sample; // the first customers, used by bills, ledgers and settlements
    QSqlQuery m_insert;
};
