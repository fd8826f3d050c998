#pragma once

#include "bss/bsserror.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class BssClient;
class Pager;
class RecordTableModel;

// The Marketplace billing page's reads (云商店商品分账, sandbox-only endpoints): the settlement
// bills of a product kind, status and bill period, every page, into the page's model; then, for
// the customer search, each bill's customers (read from the first 200 bills' details once and
// kept as the hidden field "customers"). And one bill's details for the details dialog.
class MarketplaceLoader : public QObject
{
    Q_OBJECT
public:
    explicit MarketplaceLoader(BssClient *client, RecordTableModel *bills = nullptr,
                               QObject *parent = nullptr);

    // `kind`: "general", "non_general" or empty; `status` empty for every status.
    void loadBills(const QString &kind, const QString &status, const QString &period);
    void loadDetails(const QString &settlementId);
    // Each bill's customers are read once; Refresh forgets them so they are read again.
    void forgetCustomers() { m_customersOf.clear(); }

signals:
    void billsListed(); // the bills are in the model (their customers may still follow)
    void billsLoaded(); // and their customers are indexed
    void detailsLoaded(const QJsonObject &bill, const QJsonArray &items, const QJsonArray &history);
    void failed(const BssError &error);

private:
    void indexCustomers(quint64 generation);

    BssClient *m_client;
    RecordTableModel *m_bills;
    QPointer<Pager> m_pager;
    QHash<QString, QString> m_customersOf; // settlement id → "id\nname\n…"
    quint64 m_generation = 0;
};
