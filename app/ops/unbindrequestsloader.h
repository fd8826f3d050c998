#pragma once

#include "bss/bsserror.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class BssClient;
class Pager;
class RecordTableModel;

// The partner's unbind requests (解除关联申请) and where each stands: awaiting the customer,
// unbound, or refused. The console has no public API for them; on the sandbox they are
// SandboxListUnbindRequests (newest first). Also which customers have a request awaiting an
// answer, for the pending mark on the Customers page.
class UnbindRequestsLoader : public QObject
{
    Q_OBJECT
public:
    UnbindRequestsLoader(BssClient *client, RecordTableModel *model, QObject *parent = nullptr);

    bool offered() const; // the site has the list (the sandbox)
    void load();
    // Customers with a request awaiting their answer (status SUBMITTED).
    QSet<QString> pendingCustomerIds() const;

signals:
    void loaded();
    void failed(const BssError &error);

private:
    BssClient *m_client;
    RecordTableModel *m_model;
    QPointer<Pager> m_pager;
};
