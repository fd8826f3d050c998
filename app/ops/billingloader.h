#pragma once

#include "bss/bsserror.h"
#include "bss/pager.h"
#include "bss/types.h"

#include <QDate>
#include <QObject>
#include <QPointer>

class BssClient;
class BssJob;
class RecordTableModel;

// The International partner's own bills and invoices page: a month's postpaid bill summary
// (ListPostpaidBillSum), the invoice requests applied for in a date range (ListInvoices, every
// page) and the partner's own coupons (ListSubCustomerCoupons with the partner's key, every
// page). Each answer is a signal.
class BillingLoader : public QObject
{
    Q_OBJECT
public:
    BillingLoader(BssClient *client, RecordTableModel *invoices, RecordTableModel *coupons,
                  QObject *parent = nullptr);

    void loadBill(const QString &cycle); // YYYY-MM
    // Applied between the two dates (UTC+8 days, as the console shows them), both included.
    void loadInvoices(const QDate &from, const QDate &to);
    void loadCoupons(int status = 0); // 0: every status

signals:
    void billLoaded(const PostpaidBillSum &bill);
    void invoicesLoaded(int count);
    void couponsLoaded(int count);
    void failed(const BssError &error);

private:
    BssClient *m_client;
    RecordTableModel *m_invoices;
    RecordTableModel *m_coupons;
    QPointer<Pager> m_couponPager;
    QPointer<BssJob> m_bill;
    QPointer<Pager> m_pager;
};
