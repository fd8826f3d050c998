#pragma once

#include "core/statustones.h"
#include "models/maskedtablemodel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <functional>

// A table of API records (JSON objects) described by its columns: the field, how to show it
// (text, money, UTC time, or a label function such as StatusLabels); a column is masked when its
// field is personal data (Masking::kindOfField). Used for the ledgers, adjust records, resellers,
// agreements and other lists that need no behaviour of their own.
class RecordTableModel : public MaskedTableModel
{
    Q_OBJECT
public:
    // Percent: a decimal, "92.5" → 92.5 %; Ratio: a fraction, "0.70" → 70 %; Count: a whole
    // number, in the locale's digits; Change: an amount that is a difference, shown with its
    // sign ("+¥12.00", "−¥3.00") and toned by it.
    enum class Kind { Text, Money, Time, Label, Percent, Ratio, Count, Change };
    struct Column
    {
        const char *field;
        std::function<QString()> title; // translated on demand
        Kind kind = Kind::Text;
        std::function<QString(const QJsonValue &)> label = {}; // Kind::Label
        // Kind::Label of a status: its StatusTones tone (the chip's colour)
        std::function<StatusTones::Tone(const QJsonValue &)> tone = {};
    };

    explicit RecordTableModel(const QList<Column> &columns, QObject *parent = nullptr);
    void setRecords(const QJsonArray &records);
    // Why `records` cannot be shown in these columns (empty: they can): every record an object,
    // a money field a decimal (text or number), a time field an ISO time, a text field a scalar.
    // Absent and null fields are allowed (shown empty); label columns take any value.
    QString problemIn(const QJsonArray &records) const;
    void append(const QJsonArray &records);
    QJsonObject record(int row) const { return m_rows.at(row).toObject(); }
    const QJsonArray &records() const { return m_rows; } // as the API sent them (and added to)
    // Adds or replaces one field of the record whose `keyField` equals `key` (a balance read
    // separately, say).
    void setField(const char *keyField, const QString &key, const char *field,
                  const QJsonValue &value);

protected:
    int countRows() const override { return int(m_rows.size()); }
    int countColumns() const override { return int(m_columns.size()); }
    // Masked by default exactly when the field is personal data (Masking::kindOfField: the one
    // source, also for the offline cache and the CLI's output).
    Masking::Kind maskKind(int column) const override { return m_masks.at(column); }
    QVariant rawValue(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    QVariant exportValue(int row, int column) const override;
    QString columnTitle(int column) const override { return m_columns.at(column).title(); }
    int tone(int row, int column) const override;
    bool isMoney(int column) const override
    {
        return m_columns.at(column).kind == Kind::Money ||
               m_columns.at(column).kind == Kind::Change;
    }
    bool isNumeric(int column) const override
    {
        return isMoney(column) || m_columns.at(column).kind == Kind::Percent ||
               m_columns.at(column).kind == Kind::Ratio || m_columns.at(column).kind == Kind::Count;
    }

private:
    QJsonValue value(int row, int column) const;

    QList<Column> m_columns;
    QList<Masking::Kind> m_masks; // Masking::kindOfField of each column's field
    QJsonArray m_rows;
};
