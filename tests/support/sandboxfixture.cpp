#include "sandboxfixture.h"

#include "bss/controloperations.h"
#include "bss/operations.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTimeZone>

Decimal SandboxChecks::dec(const QJsonValue &v)
{
    return Decimal::fromJson(v).value_or(Decimal::invalid());
}

QString SandboxChecks::code(BssJob *job)
{
    return job->error().code();
}

bool SandboxChecks::ok(BssJob *job)
{
    if (job->error().isError())
        qWarning("%s", qPrintable(job->error().diagnosticText()));
    return job->isFinished() && !job->error().isError();
}

QString SandboxChecks::thisCycle()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).toString(u"yyyy-MM");
}

AuditLog *SandboxFixture::audit()
{
    if (!m_audit)
        m_audit = std::make_unique<AuditLog>(m_dir.filePath(QStringLiteral("audit.sqlite")));
    return m_audit.get();
}

WriteJournal *SandboxFixture::journal()
{
    if (!m_journal)
        m_journal = std::make_unique<WriteJournal>(audit());
    return m_journal.get();
}

Writer SandboxFixture::writer(int lateMs)
{
    Writer w;
    w.client = client;
    w.journal = journal();
    w.profile = QStringLiteral("fixture:%1").arg(server ? server->baseUrl().port() : 0);
    w.site = QStringLiteral("sandbox-china");
    w.operatorLabel = QStringLiteral("test");
    w.currency = QStringLiteral("CNY");
    w.timing.lateMs = lateMs;
    w.timing.recheckMs = std::max(50, lateMs / 4);
    return w;
}

SandboxFixture::~SandboxFixture()
{
    m_journal.reset();
    m_audit.reset();
    delete client;
    delete server; // before the store it serves
    delete store;
}

bool SandboxFixture::start(const SandboxStore::SeedOptions &seed, QString *error)
{
    store = new SandboxStore();
    if (!store->isOpen() || !store->seed(seed)) {
        *error = store->lastError();
        return false;
    }
    server = new SandboxServer(store);
    server->setCredentials("FIXTUREAK", SecretBytes(QByteArrayView("fixture-sk")),
                           "fixture-domain");
    server->rateLimiter().setLimit(0, 1); // off unless a test turns it on
    if (server->listen() == 0) {
        *error = QStringLiteral("cannot listen");
        return false;
    }
    client = new BssClient();
    client->setEndpoint(Endpoint::custom(server->baseUrl(), seed.international
                                                                ? Endpoint::Api::International
                                                                : Endpoint::Api::China));
    client->setCredentials("FIXTUREAK", SecretBytes(QByteArrayView("fixture-sk")));
    client->setDomainId("fixture-domain");
    RetryPolicy fast;
    fast.baseDelayMs = 50;
    fast.maxDelayMs = 200;
    client->setRetryPolicy(fast);
    client->setRequestRate(0); // the server's limit is off too, unless a test turns it on
    return true;
}

BssJob *SandboxFixture::call(const QString &operation, const QJsonObject &body,
                             const QList<QPair<QString, QString>> &query)
{
    QString problem;
    ApiRequest r = ControlOperations::isControl(operation)
                       ? ControlOperations::byName(operation, &problem)
                       : Operations::byName(operation, &problem);
    Q_ASSERT(problem.isEmpty());
    if (r.method == "POST")
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    for (const auto &[name, value] : query)
        r.addQuery(name.toUtf8(), value);
    return run(r);
}

BssJob *SandboxFixture::run(const ApiRequest &request, int waitMs)
{
    BssJob *job = client->call(request);
    job->setAutoDelete(false);
    job->setParent(this);
    if (!job->isFinished()) {
        QSignalSpy spy(job, &BssJob::finished);
        spy.wait(waitMs);
    }
    return job;
}

bool SandboxChecks::setFaults(BssClient *client, const QString &spec)
{
    QString problem;
    ApiRequest r = ControlOperations::byName(QStringLiteral("SandboxSetFaults"), &problem);
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("spec"), spec}}).toJson();
    BssJob *job = client->call(r);
    QSignalSpy done(job, &BssJob::finished);
    return done.wait(10000) && !job->error().isError();
}

bool SandboxFixture::setFaults(const QString &spec)
{
    BssJob *job = call(QStringLiteral("SandboxSetFaults"), {{QStringLiteral("spec"), spec}});
    return job->isFinished() && !job->error().isError();
}

bool SandboxFixture::setRateLimit(int perSecond, int burst)
{
    BssJob *job =
        call(QStringLiteral("SandboxSetRateLimit"),
             {{QStringLiteral("per_second"), perSecond}, {QStringLiteral("burst"), burst}});
    return job->isFinished() && !job->error().isError();
}

QString SandboxFixture::customerWhere(const QString &condition)
{
    QSqlQuery q = store->query();
    return q.exec(QStringLiteral("SELECT customer_id FROM customers WHERE ") + condition +
                  QStringLiteral(" ORDER BY seq LIMIT 1")) &&
                   q.next()
               ? q.value(0).toString()
               : QString();
}
