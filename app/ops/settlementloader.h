#pragma once

#include "bss/apirequest.h"
#include "bss/bsserror.h"
#include "models/settlementline.h"

#include <QJsonArray>
#include <QObject>

class BssClient;

// Reads one bill period's marketplace settlement lines from the sandbox-only endpoints: every
// bill of the period (both product kinds, or one), then each bill's items. For the period diff
// (page and CLI). Read-only, so the client's read retries apply; one failure ends the load with
// that error and no partial result.
class SettlementLoader : public QObject
{
    Q_OBJECT
public:
    SettlementLoader(BssClient *client, QObject *parent = nullptr);

    // `kind`: "general", "non_general" or empty for both. `period`: YYYY-MM.
    void load(const QString &period, const QString &kind = QString());
    const QList<SettlementLine> &lines() const { return m_lines; }

    // The request for one page of SandboxListSettlements.
    static ApiRequest listRequest(const QString &kind, const QString &status, const QString &period,
                                  int offset, int limit);
    static ApiRequest detailRequest(const QString &settlementId);

signals:
    void finished(const BssError &error);

private:
    void loadDetails();

    BssClient *m_client;
    QJsonArray m_bills;
    QList<SettlementLine> m_lines;
    int m_pending = 0;
    bool m_failed = false;
};
