#pragma once

#include "bss/bsserror.h"
#include "core/decimal.h"
#include "models/partneraccount.h"

#include <QDate>
#include <QObject>
#include <QPointer>

class BssClient;
class BssJob;
class Pager;
class RecordTableModel;

// The Funds page's reads (资金管理): the partner account (or a reseller's) with its coupon quotas
// left, the account's income and expenditure (收支明细), the allocation and reclaim records
// (拨款/回收记录) and the payment agreements (sandbox only). It builds the requests, pages through
// them and fills the page's models; each read ends in one signal.
class FundsLoader : public QObject
{
    Q_OBJECT
public:
    struct ChangeFilter
    {
        QDate from, to;    // at most a year apart (the API's limit)
        QString tradeType; // empty: every type
        QString scope;     // indirect_partner_id: a reseller's account
    };
    struct AdjustFilter
    {
        QString operationType; // empty: allocations and reclaims
        QString customerId;
        QString scope;
    };

    FundsLoader(BssClient *client, RecordTableModel *changes, RecordTableModel *adjust,
                RecordTableModel *agreements, QObject *parent = nullptr);

    void loadAccount(const QString &scope);
    // Problems with the filter (the dates, an id) are said here and nothing is sent.
    static QString checkChanges(const ChangeFilter &filter);
    void loadChanges(const ChangeFilter &filter);
    static QString checkAdjust(const AdjustFilter &filter);
    void loadAdjustRecords(const AdjustFilter &filter);
    void loadAgreements();

signals:
    void accountLoaded(const PartnerAccount &account);
    void quotasLeft(const Decimal &total); // coupon quotas in effect (vouchers, not money)
    void changesLoaded();
    void adjustRecordsLoaded();
    void agreementsLoaded();
    void failed(const BssError &error);

private:
    void loadQuotasLeft(const QString &scope, int type, const Decimal &before);
    BssClient *m_client;
    RecordTableModel *m_changes;
    RecordTableModel *m_adjust;
    RecordTableModel *m_agreements;
    QPointer<Pager> m_changePager;
    QPointer<Pager> m_adjustPager;
    QPointer<BssJob> m_balances, m_quotas, m_agreementJob;
};
