#pragma once

#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "core/auditlog.h"
#include "core/writejournal.h"
#include "ops/writer.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTemporaryDir>

#include <memory>

// Short checks for tests that read sandbox answers.
namespace SandboxChecks {
Decimal dec(const QJsonValue &value); // a JSON amount, exactly (invalid if not one)
QString code(BssJob *job);            // the error code, empty on success
bool ok(BssJob *job);                 // finished without error (logs the error otherwise)
QString thisCycle();                  // this month in Beijing time, yyyy-MM
// Sets a sandbox's injected faults through `client` (its signed control endpoint); waits.
bool setFaults(BssClient *client, const QString &spec);
} // namespace SandboxChecks

// A seeded in-memory sandbox on a loopback port and a real signed BssClient pointed at it, for
// integration tests. Calls go over HTTP like the app's; call() waits for the job to finish.
class SandboxFixture : public QObject
{
    Q_OBJECT
public:
    explicit SandboxFixture(QObject *parent = nullptr) : QObject(parent) {}
    ~SandboxFixture() override;

    bool start(const SandboxStore::SeedOptions &seed, QString *error);
    // An operation by SDK name with a JSON body (POST) or query items (GET).
    BssJob *call(const QString &operation, const QJsonObject &body = {},
                 const QList<QPair<QString, QString>> &query = {});
    BssJob *run(const ApiRequest &request, int waitMs = 20000);
    // Sets the injected faults through the signed control endpoint; true on success.
    bool setFaults(const QString &spec);
    bool setRateLimit(int perSecond, int burst);
    // The first customer matching a SQL condition on the customers table, e.g.
    // "association_type = '2' AND indirect_partner_id = ''".
    QString customerWhere(const QString &condition);

    // The writer tests send writes through (VerifiedWrite, BatchRunner tasks): a journal in an
    // audit file of this fixture's own, the profile named after its port, and the late probe
    // `lateMs` after a send (the app's default is 60 s).
    Writer writer(int lateMs = 1500);
    AuditLog *audit();
    WriteJournal *journal();

    SandboxStore *store = nullptr;
    SandboxServer *server = nullptr;
    BssClient *client = nullptr;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<WriteJournal> m_journal;
};
