#pragma once

#include "bss/bsserror.h"
#include "bss/pager.h"

#include <QDateTime>
#include <QJsonArray>
#include <QObject>
#include <QPointer>

class BssClient;
class RecordTableModel;

// A customer's yearly/monthly resources (包年/包月资源, ListPayPerUseCustomerResources) for its
// detail and the CLI: in use, frozen and expired ones (closed ones are not shown, as in the
// console), primary resources only, every page up to MaxRecords. The API documents no order, so
// they are sorted here: expiring soonest first, each with its days left (negative: expired that
// many days ago), counted in local calendar days.
class CustomerResources : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxRecords = 1000;
    static constexpr int SoonDays = 30; // "expiring soon"

    CustomerResources(BssClient *client, RecordTableModel *model, QObject *parent = nullptr);

    // A partner sees the resources of its own customers; a reseller's customer's are the
    // reseller's to see.
    static bool visibleFor(const QString &indirectPartnerId) { return indirectPartnerId.isEmpty(); }
    void load(const QString &customerId);
    void clear(); // empties the model; an answer still on its way is dropped
    QString customerId() const { return m_customerId; }
    // In use and expiring within SoonDays.
    int expiringSoon() const;

    // `records` sorted by expire_time (records without one last, in their order), each with
    // "days_left" from `now`.
    static QJsonArray expiringFirst(const QJsonArray &records, const QDateTime &now);

signals:
    void loaded(int count);
    void failed(const BssError &error);

private:
    BssClient *m_client;
    RecordTableModel *m_model;
    QString m_customerId;
    QPointer<Pager> m_pager;
};
