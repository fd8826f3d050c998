// Syncing 100,000 customers from the sandbox over signed HTTP: every page of ListSubCustomers
// read with the app's Pager, pipelined (8 pages in flight, as a full sync uses) against
// sequential paging (one page at a time), in the same run against the same server. The sandbox
// adds a network round trip to each answer (PC_SYNC_RTT_MS, default 40 ms, as from a partner
// office to bss.myhuaweicloud.com) without blocking its thread, the way a WAN delays answers;
// its rate limit is off. Target: pipelined >= 4x faster.
#include "benchreport.h"
#include "bss/bssclient.h"
#include "bss/operations.h"
#include "bss/pager.h"
#include "sandbox/sandboxhost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

namespace {

constexpr int kCustomers = 100000;

// Seconds to read every page with `pipeline` requests in flight; -1 on failure. *items: how many.
double syncSeconds(SandboxHost &host, int pipeline, int *items)
{
    BssClient client;
    client.setEndpoint(Endpoint::custom(host.url()));
    client.setCredentials(host.accessKey(), host.secretKey());
    client.setDomainId(host.domainId());
    client.setMaxInFlight(std::max(pipeline, 1) + 1);
    client.setRequestRate(0); // the sandbox here has no rate limit: measure the pipeline
    Operations::CustomerFilter filter;
    Pager pager(
        &client,
        [filter](int offset, int limit) {
            QString ignored;
            return Operations::listSubCustomers(filter, offset, limit, &ignored);
        },
        Pager::Options{QStringLiteral("customer_infos"), 100, pipeline, -1});
    *items = 0;
    QObject::connect(&pager, &Pager::pageReceived,
                     [items](int, const QJsonArray &page, int) { *items += int(page.size()); });
    bool ok = false;
    QEventLoop wait; // a benchmark driver, not the app: waiting here is the measurement
    QObject::connect(&pager, &Pager::finished, [&](const BssError &e) {
        ok = !e.isError();
        wait.quit();
    });
    QElapsedTimer t;
    t.start();
    pager.start();
    wait.exec();
    return ok ? double(t.nsecsElapsed()) / 1e9 : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rtt = qEnvironmentVariableIsSet("PC_SYNC_RTT_MS")
                        ? qEnvironmentVariable("PC_SYNC_RTT_MS").toInt()
                        : 40;
    SandboxHost host;
    SandboxHost::Options o;
    o.seed = {1, kCustomers, false};
    o.ratePerSecond = 0;
    o.faults = QStringLiteral("latency=%1,on=read").arg(rtt);
    QEventLoop started;
    QObject::connect(&host, &SandboxHost::started, &started, &QEventLoop::quit);
    QObject::connect(&host, &SandboxHost::failed, &started, &QEventLoop::quit);
    host.start(std::move(o));
    started.exec();
    BenchReport::Row row;
    row.id = QStringLiteral("sync.pipelined_vs_sequential");
    row.what = QStringLiteral("sync 100,000 customers, 8 pages in flight");
    row.baseline = QStringLiteral("sequential paging, same server and RTT");
    row.unit = QStringLiteral("s");
    row.higherIsBetter = false;
    row.minRatio = 4;
    if (!host.isRunning()) {
        row.skipped = true;
        row.note = QStringLiteral("the sandbox did not start");
        return BenchReport::report(row) ? 0 : 1;
    }
    int pipelinedItems = 0;
    int sequentialItems = 0;
    row.value = syncSeconds(host, 8, &pipelinedItems);
    row.baselineValue = syncSeconds(host, 1, &sequentialItems);
    row.note = QStringLiteral("RTT %1 ms added by the sandbox; %2 and %3 customers read")
                   .arg(rtt)
                   .arg(pipelinedItems)
                   .arg(sequentialItems);
    if (row.value < 0 || row.baselineValue < 0 || pipelinedItems != sequentialItems ||
        pipelinedItems < kCustomers * 8 / 10) {
        row.skipped = true;
        row.note += QStringLiteral(": a sync failed or the counts differ");
    }
    return BenchReport::report(row) ? 0 : 1;
}
