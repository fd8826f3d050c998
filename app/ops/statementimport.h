#pragma once

#include "models/settlementline.h"

#include <QCoreApplication>
#include <QList>

// Reads a marketplace settlement statement (商品分账对账单) exported from the console as CSV, so a
// partner on the real site can reconcile offline and run the period diff. Columns are found by
// their header (zh or en; docs/marketplace-statements.md lists them), in any order; unknown
// columns are ignored. A bad row is reported with its line and reason and left out; every good
// row is kept.
class StatementImport
{
    Q_DECLARE_TR_FUNCTIONS(StatementImport)
public:
    struct Problem
    {
        int line = 0; // 0: the whole file
        QString message;
    };
    struct Result
    {
        QList<SettlementLine> lines;
        QList<Problem> problems;
        int rows = 0; // data rows read, good and bad
        bool ok() const { return problems.isEmpty(); }
        QStringList periods() const; // the bill periods present, newest first
    };

    static Result read(const QByteArray &bytes);
    static Result readFile(const QString &path);

    // The field each header names ("bill_cycle", "product_name", …), or empty.
    static QString fieldForHeader(const QString &header);
    // "2026-03", "202603", "2026/3" → "2026-03"; empty when not a valid period.
    static QString normalizePeriod(const QString &text);
};
