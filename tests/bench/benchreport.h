#pragma once

#include <QString>

// The ratio table of the benchmark suite (issue 11): each row compares a measurement with a
// baseline measured in the same run, says which way is better and what the target is, and is
// printed and appended to the JSON results file (docs/performance.md describes its schema).
namespace BenchReport {

struct Row
{
    QString id;       // stable key, e.g. "sign.vs_floor"
    QString what;     // what is measured
    QString baseline; // what it is compared with
    QString unit;     // of value and baselineValue: "ops/s", "ms", "B/row", …
    double value = 0;
    double baselineValue = 0;
    // ratio = value / baselineValue when higher is better (throughput), else the inverse.
    bool higherIsBetter = true;
    double minRatio = 0;    // target on the ratio (0: none)
    double maxAbsolute = 0; // target on value itself, e.g. ≤ 1500 ms (0: none)
    QString note;           // why skipped, how measured
    bool skipped = false;
};

double ratio(const Row &row);
bool passed(const Row &row);
// Prints the row and appends it to $PC_BENCH_RESULTS (default bench/results.json in the working
// directory); returns passed(row).
bool report(const Row &row);

} // namespace BenchReport
