#include "benchreport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#include <cstdio>

namespace BenchReport {

double ratio(const Row &row)
{
    if (row.value <= 0 || row.baselineValue <= 0)
        return 0;
    return row.higherIsBetter ? row.value / row.baselineValue : row.baselineValue / row.value;
}

bool passed(const Row &row)
{
    if (row.skipped)
        return true;
    const bool ratioOk = row.minRatio <= 0 || ratio(row) >= row.minRatio;
    const bool absOk = row.maxAbsolute <= 0 || row.value <= row.maxAbsolute;
    return ratioOk && absOk;
}

static QJsonObject toJson(const Row &row)
{
    return QJsonObject{{QStringLiteral("id"), row.id},
                       {QStringLiteral("what"), row.what},
                       {QStringLiteral("baseline"), row.baseline},
                       {QStringLiteral("unit"), row.unit},
                       {QStringLiteral("value"), row.value},
                       {QStringLiteral("baseline_value"), row.baselineValue},
                       {QStringLiteral("higher_is_better"), row.higherIsBetter},
                       {QStringLiteral("ratio"), ratio(row)},
                       {QStringLiteral("target_min_ratio"), row.minRatio},
                       {QStringLiteral("target_max_value"), row.maxAbsolute},
                       {QStringLiteral("passed"), passed(row)},
                       {QStringLiteral("skipped"), row.skipped},
                       {QStringLiteral("note"), row.note}};
}

bool report(const Row &row)
{
    const bool ok = passed(row);
    if (row.skipped) {
        std::printf("%-28s SKIPPED  %s\n", qPrintable(row.id), qPrintable(row.note));
    } else if (row.baselineValue <= 0) {
        std::printf("%-28s %12.1f %-6s (no baseline)  target <=%g %s  %s\n", qPrintable(row.id),
                    row.value, qPrintable(row.unit), row.maxAbsolute, qPrintable(row.unit),
                    ok ? "PASS" : "FAIL");
    } else {
        std::printf("%-28s %12.1f %-6s vs %12.1f  ratio %7.2fx  target %s%s  %s\n",
                    qPrintable(row.id), row.value, qPrintable(row.unit), row.baselineValue,
                    ratio(row),
                    row.minRatio > 0 ? qPrintable(QStringLiteral(">=%1x").arg(row.minRatio)) : "-",
                    row.maxAbsolute > 0
                        ? qPrintable(QStringLiteral(", <=%1 %2").arg(row.maxAbsolute).arg(row.unit))
                        : "",
                    ok ? "PASS" : "FAIL");
    }
    std::fflush(stdout);

    const QString path =
        qEnvironmentVariable("PC_BENCH_RESULTS", QStringLiteral("bench/results.json"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QJsonObject doc;
    QFile in(path);
    if (in.open(QIODevice::ReadOnly))
        doc = QJsonDocument::fromJson(in.readAll()).object();
    in.close();
    if (!doc.contains(QStringLiteral("schema"))) {
        doc.insert(QStringLiteral("schema"), QStringLiteral("partnerdesk-bench/1"));
        doc.insert(QStringLiteral("started"),
                   QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        doc.insert(QStringLiteral("machine"),
                   QJsonObject{{QStringLiteral("os"), QSysInfo::prettyProductName()},
                               {QStringLiteral("cpu_arch"), QSysInfo::currentCpuArchitecture()},
                               {QStringLiteral("qt"), QString::fromLatin1(qVersion())}});
    }
    QJsonArray rows = doc.value(QStringLiteral("rows")).toArray();
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        if (rows.at(i).toObject().value(QStringLiteral("id")).toString() == row.id)
            rows.removeAt(i); // a re-run replaces its row
    }
    rows.append(toJson(row));
    doc.insert(QStringLiteral("rows"), rows);
    QFile out(path);
    if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        out.write(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    return ok;
}

} // namespace BenchReport
