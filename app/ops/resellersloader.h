#pragma once

#include "bss/bsserror.h"

#include <QObject>

class BssClient;
class RecordTableModel;

// The Resellers page's reads beyond the shared directory: each reseller's cash balance
// (ListPartnerBalances with its indirect_partner_id), filled into the page's records as
// "balance". A reseller whose balance cannot be read keeps an empty balance and the first such
// error is reported; the load always ends in balancesLoaded().
class ResellersLoader : public QObject
{
    Q_OBJECT
public:
    ResellersLoader(BssClient *client, RecordTableModel *model, QObject *parent = nullptr);

    void loadBalances(); // for every reseller in the model; a newer load replaces the older

signals:
    void balancesLoaded(int unread); // how many balances could not be read
    void failed(const BssError &error);

private:
    BssClient *m_client;
    RecordTableModel *m_model;
    quint64 m_generation = 0;
};
