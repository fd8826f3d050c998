#pragma once

#include "bss/bsserror.h"

#include <QObject>
#include <QPointer>

class BssClient;
class BssJob;
class Pager;
class RecordTableModel;

// The Incentives page's reads: the incentive payouts of a status and period, every page, each
// with its "what to do" hint key; the MDF claims, each open one with the days left before its
// deadline (Beijing dates) — both sandbox-only endpoints, the console has no public API for
// them; and 产品激励策略, each service's incentive and discount policy in a month (the official
// ListIncentiveDiscountPolicies, China only). Each fills its model whole, or leaves it and
// reports the error.
class IncentivesLoader : public QObject
{
    Q_OBJECT
public:
    IncentivesLoader(BssClient *client, RecordTableModel *payouts, RecordTableModel *claims,
                     RecordTableModel *policies, QObject *parent = nullptr);

    void loadPayouts(const QString &status, const QString &period);
    void loadClaims(const QString &status = QString()); // "": every status
    // `month` YYYY-MM (UTC+8); `serviceType` empty: every service.
    void loadPolicies(const QString &month, const QString &serviceType = QString());

signals:
    void payoutsLoaded();
    void claimsLoaded();
    void policiesLoaded();
    void failed(const BssError &error);

private:
    BssClient *m_client;
    RecordTableModel *m_payouts;
    RecordTableModel *m_claims;
    RecordTableModel *m_policies;
    QPointer<Pager> m_pager;
    QPointer<Pager> m_policyPager;
    QPointer<BssJob> m_claimJob;
};
