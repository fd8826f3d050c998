// Load (issue 12): the sandbox holds 200 signed requests a second for 60 seconds from the
// client's own jobs on this machine. The sandbox runs on its own thread (SandboxHost, as
// `partnerdesk --sandbox` runs it) with 10,000 customers and its rate limit off; one BssClient
// (16 requests in flight at most, as the app's pipelined jobs use it) starts requests on a
// schedule of PC_LOAD_RATE a second (default 200) for PC_LOAD_SECONDS (default 60): a mix of
// customer pages at growing offsets, balances, coupons, adjust records and one allocation of
// 0.01 in every 20 requests. Each request's time is from call() to its job's finished().
// Targets: the schedule kept (>= 98 % of the rate), p99 < 50 ms, no errors.
#include "benchreport.h"
#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/operations.h"
#include "sandbox/sandboxhost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

ApiRequest requestNumber(qint64 n, const QStringList &customers)
{
    QString ignored;
    switch (n % 20) {
    case 0: // a write: money, sent once (a failure would count as an error)
        return Operations::allocateToCustomer(customers.at(int(n / 20 % customers.size())),
                                              *Decimal::parse(u"0.01"), QString(), &ignored);
    case 1:
    case 2:
        return Operations::listPartnerBalances(QString(), &ignored);
    case 3:
    case 4:
    case 5: {
        Operations::CouponFilter f;
        return Operations::listIssuedPartnerCoupons(f, int(n % 50) * 10, 10, &ignored);
    }
    case 6:
    case 7: {
        Operations::AdjustRecordFilter f;
        return Operations::listPartnerAdjustRecords(f, 0, 10, &ignored);
    }
    default: {
        Operations::CustomerFilter f;
        return Operations::listSubCustomers(f, int(n % 90) * 100, 100, &ignored);
    }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rate = qEnvironmentVariableIsSet("PC_LOAD_RATE")
                         ? qEnvironmentVariable("PC_LOAD_RATE").toInt()
                         : 200;
    const int seconds = qEnvironmentVariableIsSet("PC_LOAD_SECONDS")
                            ? qEnvironmentVariable("PC_LOAD_SECONDS").toInt()
                            : 60;
    SandboxHost host;
    SandboxHost::Options o;
    o.seed = {1, 10000, false};
    o.ratePerSecond = 0;
    QEventLoop wait; // a benchmark driver, not the app: waiting here is the measurement
    QObject::connect(&host, &SandboxHost::started, &wait, &QEventLoop::quit);
    QObject::connect(&host, &SandboxHost::failed, &wait, &QEventLoop::quit);
    host.start(std::move(o));
    wait.exec();
    if (!host.isRunning()) {
        std::fprintf(stderr, "the sandbox did not start\n");
        return 1;
    }
    BssClient client;
    client.setEndpoint(Endpoint::custom(host.url()));
    client.setCredentials(host.accessKey(), host.secretKey());
    client.setDomainId(host.domainId());
    client.setMaxInFlight(16);
    client.setRequestRate(0); // the load is the point: 200 requests a second, above the pacer

    // The agency-sale customers to allocate to, read through the API like the app does.
    QStringList customers;
    {
        Operations::CustomerFilter f;
        f.associationType = QStringLiteral("2");
        QString ignored;
        BssJob *job = client.call(Operations::listSubCustomers(f, 0, 100, &ignored));
        QObject::connect(job, &BssJob::finished, &wait, &QEventLoop::quit);
        wait.exec();
        for (const QJsonValue &v : job->json().value(QLatin1String("customer_infos")).toArray())
            customers.append(v[QLatin1String("customer_id")].toString());
    }
    if (customers.isEmpty()) {
        std::fprintf(stderr, "no agency-sale customers to allocate to\n");
        return 1;
    }

    const qint64 total = qint64(rate) * seconds;
    QList<double> latencies;
    latencies.reserve(total);
    qint64 started = 0, finished = 0, errors = 0;
    QString firstError;
    QElapsedTimer clock;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        // Start whatever the schedule says should have started by now.
        const qint64 due = std::min(total, clock.elapsed() * rate / 1000 + 1);
        for (; started < due; ++started) {
            QElapsedTimer *t = new QElapsedTimer;
            t->start();
            BssJob *job = client.call(requestNumber(started, customers));
            QObject::connect(job, &BssJob::finished, [&, job, t] {
                latencies.append(double(t->nsecsElapsed()) / 1e6);
                delete t;
                if (job->error().isError()) {
                    ++errors;
                    if (firstError.isEmpty())
                        firstError = job->error().diagnosticText();
                }
                if (++finished == total)
                    wait.quit();
            });
        }
        if (started == total)
            tick.stop();
    });
    clock.start();
    tick.start();
    wait.exec();
    const double elapsed = double(clock.elapsed()) / 1000.0;
    std::sort(latencies.begin(), latencies.end());
    auto pct = [&](int p) {
        return latencies.at(std::min<qsizetype>(latencies.size() - 1, latencies.size() * p / 100));
    };
    std::printf("load: %lld requests in %.1f s (%.1f/s), p50 %.1f ms, p99 %.1f ms, max %.1f ms, "
                "%lld errors%s%s\n",
                finished, elapsed, double(finished) / elapsed, pct(50), pct(99), latencies.last(),
                errors, firstError.isEmpty() ? "" : ": ", qPrintable(firstError));

    BenchReport::Row row;
    row.id = QStringLiteral("load.rate");
    row.what = QStringLiteral("signed requests per second held for %1 s").arg(seconds);
    row.baseline = QStringLiteral("the schedule (%1/s)").arg(rate);
    row.unit = QStringLiteral("req/s");
    row.value = double(finished) / elapsed;
    row.baselineValue = rate;
    row.minRatio = 0.98;
    row.note = QStringLiteral("%1 requests, 1 in 20 an allocation").arg(finished);
    bool ok = BenchReport::report(row);
    row = BenchReport::Row();
    row.id = QStringLiteral("load.p99");
    row.what = QStringLiteral("p99 request time at %1/s").arg(rate);
    row.baseline = QStringLiteral("none (absolute target)");
    row.unit = QStringLiteral("ms");
    row.higherIsBetter = false;
    row.value = pct(99);
    row.maxAbsolute = 49.999;
    row.note = QStringLiteral("p50 %1 ms, max %2 ms")
                   .arg(pct(50), 0, 'f', 1)
                   .arg(latencies.last(), 0, 'f', 1);
    ok = BenchReport::report(row) && ok;
    row = BenchReport::Row();
    row.id = QStringLiteral("load.errors");
    row.what = QStringLiteral("failed requests at %1/s").arg(rate);
    row.baseline = QStringLiteral("none (absolute target)");
    row.unit = QStringLiteral("requests");
    row.higherIsBetter = false;
    row.value = double(errors);
    row.maxAbsolute = 0.5; // i.e. none
    row.note = firstError;
    ok = BenchReport::report(row) && ok;
    return ok ? 0 : 1;
}
