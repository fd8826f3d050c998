// Opening 100,000 sandbox customers in the real main window (offscreen): the longest time the
// main thread went without processing events while every page loaded (customers, balances and
// spend, coupons, quotas, resellers, funds) and the overview computed its alerts, the total load
// time, and one overview recomputation over all of it (what a threshold change costs). Not a
// Google Benchmark loop: one measured run, reported as counters.
#include "mainwindow.h"
#include "models/customermodel.h"
#include "models/overview.h"
#include "models/session.h"
#include "pages/customerspage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <benchmark/benchmark.h>

namespace {

void BM_OpenCustomers(benchmark::State &state)
{
    for (auto _ : state) {
        Session session;
        MainWindow window(&session);
        window.resize(1280, 760);
        window.show();
        QEventLoop wait;
        QObject::connect(&session, &Session::ready, &wait, &QEventLoop::quit);
        session.startSandbox({1, int(state.range(0)), false});
        wait.exec();

        // A 1 ms timer measures how long the event loop was away between its ticks.
        QElapsedTimer clock;
        qint64 last = 0, worst = 0;
        QTimer tick;
        tick.setInterval(1);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            const qint64 now = clock.elapsed();
            worst = std::max(worst, now - last);
            last = now;
        });
        QObject::connect(window.overview(), &Overview::synced, &wait, [&wait] {
            QTimer::singleShot(20, &wait, &QEventLoop::quit); // a few more ticks after the last
        });
        clock.start();
        tick.start();
        window.loadData();
        wait.exec();
        tick.stop();
        state.counters["rows"] = window.customersPage()->model()->rowCount();
        state.counters["load_ms"] = double(clock.elapsed());
        state.counters["worst_stall_ms"] = double(worst);
        QElapsedTimer recompute;
        recompute.start();
        window.overview()->setThresholds(window.overview()->thresholds());
        state.counters["overview_recompute_ms"] = double(recompute.nsecsElapsed()) / 1e6;
        state.counters["low_balance_customers"] =
            window.overview()->alert(Overview::AlertKind::LowCustomers).count;
    }
}
BENCHMARK(BM_OpenCustomers)
    ->Arg(100000)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
