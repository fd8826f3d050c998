// libFuzzer target: the marketplace statement importer (a CSV file the user picks). Invariants:
// every data row is either kept or reported with its line; kept rows have a valid period and
// amounts; a period normalises to itself; selecting a period keeps only its rows.
#include "ops/statementimport.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const StatementImport::Result r = StatementImport::read(bytes);
    int rowProblems = 0;
    for (const StatementImport::Problem &p : r.problems) {
        if (p.message.isEmpty())
            std::abort(); // a problem that does not say what is wrong
        if (p.line > 0)
            ++rowProblems;
    }
    if (r.lines.size() > r.rows || r.lines.size() + rowProblems < r.rows)
        std::abort(); // a row neither kept nor reported
    for (const SettlementLine &line : r.lines) {
        if (!line.amount.isValid())
            std::abort();
        if (StatementImport::normalizePeriod(line.billCycle) != line.billCycle)
            std::abort();
    }
    for (const QString &period : r.periods()) {
        for (const SettlementLine &line : SettlementLine::select(r.lines, period, QString()))
            if (line.billCycle != period)
                std::abort();
    }
    const QString text = QString::fromUtf8(bytes.left(32));
    const QString once = StatementImport::normalizePeriod(text);
    if (!once.isEmpty() && StatementImport::normalizePeriod(once) != once)
        std::abort();
    (void)StatementImport::fieldForHeader(text);
    return 0;
}
