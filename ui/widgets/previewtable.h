#pragma once

#include <QTableWidget>

// The preview table of every batch dialog (allocate/reclaim to many, reclaim coupons, budgets,
// freezing): read-only, no row numbers, the last column stretched; cells set as text, amounts
// right-aligned, columns sized to their content after a fill.
class PreviewTable : public QTableWidget
{
    Q_OBJECT
public:
    PreviewTable(int rows, const QStringList &headers, QWidget *parent = nullptr);

    enum class Align { Text, Amount };
    void setCell(int row, int column, const QString &text, Align align = Align::Text);
    int appendRow(const QStringList &cells); // the new row's index
};
