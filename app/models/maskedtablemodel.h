#pragma once

#include "core/masking.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QVector>

// The base of every table with personal data. Subclasses give raw values and each column's
// masking kind; this class decides what leaves the model: display, tooltip, copy and export
// roles get the masked text while a column is masked, and only SortRole (used by the sort/filter
// proxy, never shown) carries the raw value. Header roles tell MaskedHeaderView which columns
// have an eye button and whether it is open.
class MaskedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        SortRole = Qt::UserRole + 1, // raw value for sorting and filtering
        MaskKindRole,                // header: int(Masking::Kind), None if not sensitive
        RevealedRole,                // header: bool
        NumericRole,                 // header: bool, right-aligned typed column
        ExportRole,   // typed value for files: masked text while masked, else numbers/dates
        MaskedRole,   // the masked text of a maskable cell even while revealed (an export that
                      // keeps the column masked); none for other columns
        CurrencyRole, // header: the currency of a money column, none for other columns
        ToneRole,     // int(StatusTones::Tone): a status cell's chip colour; on an amount, its
                      // sign's (an increase good, a decrease bad); absent: no tone
    };

    using QAbstractTableModel::QAbstractTableModel;

    bool isMaskable(int column) const { return maskKind(column) != Masking::Kind::None; }
    bool isRevealed(int column) const;
    void setRevealed(int column, bool revealed);
    QList<int> revealedColumns() const;

    // Money columns are in this currency; times and amounts follow this locale (the UI
    // language's). Either change repaints the headers and cells.
    void setCurrency(const QString &currency);
    QString currency() const { return m_currency; }
    void setLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = QModelIndex()) const final
    {
        return parent.isValid() ? 0 : countRows();
    }
    int columnCount(const QModelIndex &parent = QModelIndex()) const final
    {
        return parent.isValid() ? 0 : countColumns();
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // For the audit log: the user revealed or hid a column.
    void revealedChanged(int column, bool revealed);

protected:
    virtual int countRows() const = 0;
    virtual int countColumns() const = 0;
    virtual Masking::Kind maskKind(int column) const = 0;
    // The value as the user sees it when nothing is masked (text, number, date).
    virtual QVariant rawValue(int row, int column) const = 0;
    // The cell's tone (StatusTones::Tone), StatusTones::None for a plain cell.
    virtual int tone(int row, int column) const
    {
        Q_UNUSED(row)
        Q_UNUSED(column)
        return 0;
    }
    // What to sort on; defaults to rawValue.
    virtual QVariant sortValue(int row, int column) const { return rawValue(row, column); }
    // What a file gets for an unmasked cell: plain numbers ("1234.50") and QDateTime where the
    // column is typed; defaults to rawValue.
    virtual QVariant exportValue(int row, int column) const { return rawValue(row, column); }
    virtual QString columnTitle(int column) const = 0;
    virtual bool isNumeric(int column) const
    {
        Q_UNUSED(column)
        return false;
    }
    // An amount in the model's currency (a numeric column that is not a count or a percentage).
    virtual bool isMoney(int column) const { return isNumeric(column); }

    QString m_currency = QStringLiteral("CNY");
    QLocale m_locale;

private:
    void repaint();

    QVector<int> m_revealed;
};
