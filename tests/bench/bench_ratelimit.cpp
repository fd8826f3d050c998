// Issue 20: a 1,000-item batch (allocate 1.00 to each of 1,000 agency-sale customers) against
// the sandbox's default gateway limit (50 requests/s per AK, burst 100), through the verified-
// write engine and the client's per-AK pacer. Targets: 0 items failed by 429, and the batch in
// at most 1.15x the time the limit allows for its requests ((requests - burst) / rate).
#include "benchreport.h"
#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/operations.h"
#include "core/auditlog.h"
#include "core/writejournal.h"
#include "models/batchrunner.h"
#include "ops/batchwrites.h"
#include "sandbox/sandboxhost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kItems = 1000;
constexpr int kRequestsPerItem = 2; // the probe and the write

BssJob *call(BssClient *client, const ApiRequest &r)
{
    BssJob *job = client->call(r);
    if (!job->isFinished()) {
        QEventLoop loop;
        QObject::connect(job, &BssJob::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return job;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    SandboxHost host;
    SandboxHost::Options o;
    o.seed = {3, 2400, false}; // the gateway's default limit stays on (50/s, burst 100)
    QEventLoop started;
    QObject::connect(&host, &SandboxHost::started, &started, &QEventLoop::quit);
    host.start(std::move(o));
    started.exec();
    BssClient client;
    client.setEndpoint(Endpoint::custom(host.url()));
    client.setCredentials(host.accessKey(), host.secretKey());
    client.setDomainId(host.domainId());
    // The pacer at its default: the sandbox's limit.
    QList<BatchRunner::Item> items;
    Operations::CustomerFilter f;
    f.associationType = QStringLiteral("2");
    for (int offset = 0; items.size() < kItems; offset += 100) {
        QString problem;
        BssJob *page = call(&client, Operations::listSubCustomers(f, offset, 100, &problem));
        const QJsonArray list = page->json()[QLatin1String("customer_infos")].toArray();
        if (list.isEmpty())
            break;
        for (const QJsonValue &c : list) {
            if (c[QLatin1String("indirect_partner_id")].toString().isEmpty() &&
                items.size() < kItems)
                items.append({c[QLatin1String("customer_id")].toString(), QString(),
                              Decimal::fromMantissa(100, 2), QString()});
        }
    }
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("audit.sqlite")));
    WriteJournal journal(&log);
    Writer writer;
    writer.client = &client;
    writer.journal = &journal;
    writer.profile = QStringLiteral("bench");
    writer.currency = QStringLiteral("CNY");
    QTest::qWait(2500); // the listing's tokens come back: the batch starts with a full bucket
    BatchRunner runner(BatchWrites::transfer(writer, FundsWrites::Kind::Allocate));
    runner.setItems(items);
    QElapsedTimer t;
    t.start();
    QEventLoop done;
    QObject::connect(&runner, &BatchRunner::batchFinished, &done, &QEventLoop::quit);
    runner.start();
    done.exec();
    const double ms = double(t.elapsed());
    int throttled = 0;
    for (int r = 0; r < runner.rowCount(); ++r)
        throttled += runner.item(r).result.error.kind() == BssError::Kind::RateLimited;

    const double rate = 50, burst = 100;
    const double allowedMs = (items.size() * kRequestsPerItem - burst) / rate * 1000.0;
    BenchReport::Row row;
    row.id = QStringLiteral("batch.rate_limited");
    row.what = QStringLiteral("1,000 allocations through the engine and the pacer");
    row.baseline = QStringLiteral("what 50 req/s (burst 100) allows for 2 requests an item");
    row.unit = QStringLiteral("ms");
    row.value = ms;
    row.baselineValue = allowedMs;
    row.higherIsBetter = false;
    row.minRatio = 1 / 1.15;
    row.note = QStringLiteral("%1 items, %2 done, %3 failed by 429")
                   .arg(items.size())
                   .arg(runner.count(BatchRunner::State::Done))
                   .arg(throttled);
    bool ok = BenchReport::report(row);
    row = BenchReport::Row();
    row.id = QStringLiteral("batch.rate_limited.done");
    row.what = QStringLiteral("items done (none failed by 429)");
    row.baseline = QStringLiteral("items");
    row.unit = QStringLiteral("items");
    row.value = runner.count(BatchRunner::State::Done);
    row.baselineValue = items.size();
    row.minRatio = 1.0;
    row.note = QStringLiteral("%1 failed by 429").arg(throttled);
    ok = BenchReport::report(row) && ok && throttled == 0;
    return ok ? 0 : 1;
}
