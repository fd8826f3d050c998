#pragma once

#include "bss/bsserror.h"

#include <QObject>

class BssClient;
class RecordTableModel;
class ResellerDirectory;

// The Resellers page's reads: the shared directory of resellers (whenever it has a new list, the
// model shows it) and each reseller's cash balance (ListPartnerBalances with its
// indirect_partner_id), filled into the records as "balance". A reseller whose balance cannot be
// read keeps an empty balance and the first such error is reported; a load always ends in
// balancesLoaded(), also for an account without resellers.
class ResellersLoader : public QObject
{
    Q_OBJECT
public:
    ResellersLoader(BssClient *client, ResellerDirectory *directory, RecordTableModel *model,
                    QObject *parent = nullptr);

    void load();         // the directory again, then the balances
    void loadBalances(); // for every reseller in the model; a newer load replaces the older

signals:
    void balancesLoaded(int unread); // how many balances could not be read
    void failed(const BssError &error);

private:
    BssClient *m_client;
    ResellerDirectory *m_directory;
    RecordTableModel *m_model;
    quint64 m_generation = 0;
};
