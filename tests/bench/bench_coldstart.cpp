// Cold start to the first painted window: `partnerdesk --sandbox --sandbox-customers 10000
// --quit-after-first-paint` against a minimal QMainWindow program started and stopped the same
// way (minimal_window), each launched 10 times as a fresh process (offscreen platform, a
// throw-away HOME); the time from launch to the first paint (printed by the program, so that
// shutting down is not counted) is compared as medians. Target: PartnerDesk <= 2x the minimal
// window.
#include "benchreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

namespace {

double medianMs(const QString &program, const QStringList &args, const QString &home)
{
    QList<double> times;
    for (int i = 0; i < 10; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        p.setProcessEnvironment(env);
        const qint64 launched = QDateTime::currentMSecsSinceEpoch();
        p.start(program, args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return -1;
        // The program prints the time of its first paint; its shutdown is not counted.
        const QByteArray out = p.readAllStandardOutput();
        const qsizetype at = out.indexOf("first-paint ");
        if (at < 0)
            return -1;
        const qint64 painted = out.mid(at + 12).trimmed().split('\n').first().toLongLong();
        times.append(double(painted - launched));
    }
    std::sort(times.begin(), times.end());
    return (times.at(4) + times.at(5)) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString dir = QCoreApplication::applicationDirPath();
    QTemporaryDir home;
    BenchReport::Row row;
    row.id = QStringLiteral("start.first_paint");
    row.what = QStringLiteral("partnerdesk --sandbox (10,000 customers) to first paint");
    row.baseline = QStringLiteral("minimal QMainWindow to first paint, same way");
    row.unit = QStringLiteral("ms");
    row.higherIsBetter = false;
    row.minRatio = 0.5; // at most 2x the minimal window's time
    row.baselineValue = medianMs(dir + QStringLiteral("/minimal_window"), {}, home.path());
    row.value = medianMs(dir + QStringLiteral("/../bin/partnerdesk"),
                         {QStringLiteral("--sandbox"), QStringLiteral("--sandbox-customers"),
                          QStringLiteral("10000"), QStringLiteral("--quit-after-first-paint")},
                         home.path());
    row.note = QStringLiteral("median of 10 fresh processes each, offscreen");
    if (row.value < 0 || row.baselineValue < 0) {
        row.skipped = true;
        row.note = QStringLiteral("a program failed to start or to quit after its first paint");
    }
    return BenchReport::report(row) ? 0 : 1;
}
