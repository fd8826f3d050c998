// Opening 100,000 sandbox customers in the real main window (offscreen): the longest time the
// main thread went without processing events while the customers, balances and spend loaded,
// and the total load time. Not a Google Benchmark loop: one measured run, reported as counters.
#include "mainwindow.h"
#include "models/customermodel.h"
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
        QObject::connect(window.customersPage(), &CustomersPage::loaded, &wait, &QEventLoop::quit);
        clock.start();
        tick.start();
        window.loadData();
        wait.exec();
        tick.stop();
        state.counters["rows"] = window.customersPage()->model()->rowCount();
        state.counters["load_ms"] = double(clock.elapsed());
        state.counters["worst_stall_ms"] = double(worst);
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
