#pragma once

#include "bss/bsserror.h"
#include "bss/operations.h"

#include <QObject>
#include <QPointer>

class BssClient;
class CouponModel;
class Pager;

// The Coupons page's read (已发放的优惠券): every coupon issued to our customers, or to a
// reseller's (its indirect_partner_id), page by page into the model as it arrives, each page
// decoded into typed coupons. A page that cannot be decoded ends the load with that error; it is
// never dropped silently. A newer load cancels an older one.
class CouponsLoader : public QObject
{
    Q_OBJECT
public:
    CouponsLoader(BssClient *client, CouponModel *model, QObject *parent = nullptr);

    void load(const QString &scope);
    // The coupons `filter` selects (a customer's, a status; the CLI's list).
    void load(const Operations::CouponFilter &filter);
    bool isRunning() const { return !m_pager.isNull(); }
    QString scope() const { return m_scope; } // the last load's reseller; "" for our own

signals:
    void progress(int loaded, int total);
    void loaded();
    void failed(const BssError &error);

private:
    BssClient *m_client;
    CouponModel *m_model;
    QPointer<Pager> m_pager;
    QString m_scope;
};
