#pragma once

#include "bss/bsserror.h"
#include "bss/types.h"

#include <QDate>
#include <QObject>
#include <QPointer>

class BssClient;
class BssJob;
class CouponRecordModel;
class Pager;
class QuotaModel;

// The Coupon quotas page's reads (优惠券额度): our quotas (ListQuotaCoupons, every page), the
// coupon issue and reclaim records of a quota, customer and date range (the newest 100), and the
// quotas a distributor issued to its resellers. Each fills its model whole and ends in a signal.
class QuotasLoader : public QObject
{
    Q_OBJECT
public:
    struct RecordFilter
    {
        QString quotaId;    // empty: every quota
        QString customerId; // empty: every customer
        QDate from, to;
    };

    QuotasLoader(BssClient *client, QuotaModel *quotas, CouponRecordModel *records,
                 QuotaModel *resellerQuotas, QObject *parent = nullptr);

    void loadQuotas();                            // both types: vouchers (0) and cash coupons (1)
    void loadRecords(const RecordFilter &filter); // a newer query replaces an older one
    void loadResellerQuotas();

signals:
    void quotasLoaded();
    void recordsLoaded();
    // `distributor`: quotas were issued to resellers (only a distributor has any).
    void resellerQuotasLoaded(bool distributor);
    void failed(const BssError &error);

private:
    // The quotas of `type` after `before` (the other type's), then the next type or the end.
    void collectQuotas(int type, const QList<CouponQuota> &before);
    BssClient *m_client;
    QuotaModel *m_quotas;
    CouponRecordModel *m_records;
    QuotaModel *m_resellerQuotas;
    QPointer<Pager> m_pager;
    QPointer<BssJob> m_recordJob;
};
