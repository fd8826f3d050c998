// 1,000 coupons reclaimed against the sandbox with the batch engine (bounded concurrency) versus
// one at a time, in one run, with 10 ms of network latency per answer; the ratio is reported as
// a counter (target >= 4x).
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
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

constexpr int kCoupons = 1000;

void wait(QObject *sender, const char *signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, SLOT(quit()));
    loop.exec();
}

BssJob *call(BssClient *client, const ApiRequest &r)
{
    BssJob *job = client->call(r);
    if (!job->isFinished())
        wait(job, SIGNAL(finished()));
    return job;
}

// Issues a 1.00 coupon to `count` 代售 customers and returns the coupon ids.
QStringList issue(BssClient *client, int count, int skip)
{
    QStringList coupons;
    Operations::CustomerFilter f;
    f.associationType = QStringLiteral("2");
    for (int offset = skip; coupons.size() < count; offset += 100) {
        QString problem;
        BssJob *list = call(client, Operations::listSubCustomers(f, offset, 100, &problem));
        QJsonArray ids;
        for (const QJsonValue &c : list->json()[QLatin1String("customer_infos")].toArray())
            ids.append(c[QLatin1String("customer_id")]);
        ApiRequest r = Operations::byName(QStringLiteral("CreatePartnerCoupons"), &problem);
        r.body =
            QJsonDocument(QJsonObject{{QStringLiteral("quota_id"), QStringLiteral("QT0000000001")},
                                      {QStringLiteral("customer_ids"), ids},
                                      {QStringLiteral("face_value"), 1}})
                .toJson(QJsonDocument::Compact);
        BssJob *job = call(client, r);
        for (const QJsonValue &i : job->json()[QLatin1String("coupon_infos")].toArray())
            coupons.append(i[QLatin1String("coupon_id")].toString());
    }
    return coupons.mid(0, count);
}

double reclaim(BssClient *client, const QStringList &ids, int concurrency, int *done)
{
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("audit.sqlite")));
    WriteJournal journal(&log);
    Writer writer;
    writer.client = client;
    writer.journal = &journal;
    writer.profile = QStringLiteral("bench");
    BatchRunner runner(BatchWrites::couponReclaim(writer));
    QList<BatchRunner::Item> items;
    for (const QString &id : ids)
        items.append({id, QString(), Decimal::fromInt(1), QString()});
    runner.setItems(items);
    runner.setConcurrency(concurrency);
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    QObject::connect(&runner, &BatchRunner::batchFinished, &loop, &QEventLoop::quit);
    runner.start();
    loop.exec();
    *done = runner.count(BatchRunner::State::Done);
    return double(t.elapsed());
}

void BM_ReclaimCoupons(benchmark::State &state)
{
    SandboxHost host;
    SandboxHost::Options o;
    o.seed = {1, 5000, false};
    o.ratePerSecond = 0; // measure the client, not the gateway limit
    // Loopback answers in under a millisecond; the real gateway is a network away. 10 ms per
    // answer stands for that (the real round trip is usually longer, which favours the engine).
    o.faults = QStringLiteral("latency=10");
    QEventLoop started;
    QObject::connect(&host, &SandboxHost::started, &started, &QEventLoop::quit);
    host.start(std::move(o));
    started.exec();
    BssClient client;
    client.setEndpoint(Endpoint::custom(host.url()));
    client.setCredentials(host.accessKey(), host.secretKey());
    client.setDomainId(host.domainId());
    client.setRequestRate(0); // the gateway limit is off here too
    const QStringList serial = issue(&client, kCoupons, 0);
    const QStringList batch = issue(&client, kCoupons, 1500);
    for (auto _ : state) {
        int doneSerial = 0, doneBatch = 0;
        const double oneAtATime = reclaim(&client, serial, 1, &doneSerial);
        const double engine = reclaim(&client, batch, 6, &doneBatch);
        state.counters["one_at_a_time_ms"] = oneAtATime;
        state.counters["engine_ms"] = engine;
        state.counters["speedup"] = oneAtATime / std::max(engine, 1.0);
        state.counters["reclaimed"] = doneSerial + doneBatch;
    }
}
BENCHMARK(BM_ReclaimCoupons)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
