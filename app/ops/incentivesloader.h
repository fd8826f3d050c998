#pragma once

#include "bss/bsserror.h"

#include <QObject>
#include <QPointer>

class BssClient;
class BssJob;
class Pager;
class RecordTableModel;

// The Incentives page's reads (激励, sandbox-only endpoints: the console has no public API for
// them): the incentive payouts of a status and period, every page, each with its "what to do"
// hint key; and the MDF claims, each open one with the days left before its deadline (Beijing
// dates). Both fill the page's models whole, or leave them and report the error.
class IncentivesLoader : public QObject
{
    Q_OBJECT
public:
    IncentivesLoader(BssClient *client, RecordTableModel *payouts, RecordTableModel *claims,
                     QObject *parent = nullptr);

    void loadPayouts(const QString &status, const QString &period);
    void loadClaims(const QString &status = QString()); // "": every status

signals:
    void payoutsLoaded();
    void claimsLoaded();
    void failed(const BssError &error);

private:
    BssClient *m_client;
    RecordTableModel *m_payouts;
    RecordTableModel *m_claims;
    QPointer<Pager> m_pager;
    QPointer<BssJob> m_claimJob;
};
