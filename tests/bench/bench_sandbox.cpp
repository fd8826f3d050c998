// The sandbox at 100,000 customers (90,000 of them the partner's own, the rest resellers'): seeding
// time, and a 100-row ListSubCustomers page through the real signed client over HTTP (target: well
// under 50 ms) and straight from the service.
#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/operations.h"
#include "sandbox/customerservice.h"
#include "sandbox/sandboxhost.h"
#include "sandbox/sandboxstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>

#include <benchmark/benchmark.h>

namespace {

constexpr int kCustomers = 100000;

void BM_SeedCustomers(benchmark::State &state)
{
    for (auto _ : state) {
        SandboxStore store;
        if (!store.seed({1, int(state.range(0)), false}))
            state.SkipWithError("seeding failed");
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_SeedCustomers)->Arg(kCustomers)->Unit(benchmark::kMillisecond)->Iterations(2);

// One page from the service, without HTTP: the SQL side of the answer.
void BM_ServicePage(benchmark::State &state)
{
    static SandboxStore *store = [] {
        auto *s = new SandboxStore();
        s->seed({1, kCustomers, false});
        return s;
    }();
    CustomerService service(store);
    for (auto _ : state) {
        const auto a = service.list(SandboxParams::fromBody(
            {{QStringLiteral("offset"), int(state.range(0))}, {QStringLiteral("limit"), 100}}));
        if (a.body.value(QLatin1String("customer_infos")).toArray().size() != 100)
            state.SkipWithError("short page");
    }
}
BENCHMARK(BM_ServicePage)->Arg(0)->Arg(45000)->Arg(89900)->Unit(benchmark::kMicrosecond);

// The whole round trip the app makes: build, sign, send over loopback HTTP, verify the signature,
// query, serialise, parse. The server runs on its own thread, as in the app.
void BM_HttpPage(benchmark::State &state)
{
    static SandboxHost *host = nullptr;
    if (!host) {
        host = new SandboxHost;
        SandboxHost::Options o;
        o.seed = {1, kCustomers, false};
        o.ratePerSecond = 0; // measure the server, not the gateway limit
        QEventLoop wait;
        QObject::connect(host, &SandboxHost::started, &wait, &QEventLoop::quit);
        QObject::connect(host, &SandboxHost::failed, &wait, &QEventLoop::quit);
        host->start(std::move(o));
        wait.exec();
    }
    if (!host->isRunning()) {
        state.SkipWithError("sandbox did not start");
        return;
    }
    BssClient client;
    client.setEndpoint(Endpoint::custom(host->url()));
    client.setCredentials(host->accessKey(), host->secretKey());
    client.setDomainId(host->domainId());
    QString problem;
    Operations::CustomerFilter filter;
    const ApiRequest request =
        Operations::listSubCustomers(filter, int(state.range(0)), 100, &problem);
    for (auto _ : state) {
        BssJob *job = client.call(request);
        QEventLoop wait;
        QObject::connect(job, &BssJob::finished, &wait, &QEventLoop::quit);
        if (!job->isFinished())
            wait.exec();
        if (job->error().isError() ||
            job->json().value(QLatin1String("customer_infos")).toArray().size() != 100)
            state.SkipWithError("the page failed");
    }
}
BENCHMARK(BM_HttpPage)
    ->Arg(0)
    ->Arg(45000)
    ->Arg(89900)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
