#include "models/maskedtablemodel.h"

bool MaskedTableModel::isRevealed(int column) const
{
    return m_revealed.contains(column);
}

void MaskedTableModel::setRevealed(int column, bool revealed)
{
    if (!isMaskable(column) || isRevealed(column) == revealed)
        return;
    if (revealed)
        m_revealed.append(column);
    else
        m_revealed.removeAll(column);
    emit headerDataChanged(Qt::Horizontal, column, column);
    if (rowCount() > 0)
        emit dataChanged(index(0, column), index(rowCount() - 1, column),
                         {Qt::DisplayRole, Qt::ToolTipRole});
    emit revealedChanged(column, revealed);
}

QList<int> MaskedTableModel::revealedColumns() const
{
    return QList<int>(m_revealed.begin(), m_revealed.end());
}

QVariant MaskedTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::EditRole: {
        const QVariant raw = rawValue(index.row(), column);
        if (!isMaskable(column) || isRevealed(column))
            return raw;
        return Masking::mask(raw.toString(), maskKind(column));
    }
    case SortRole:
        return sortValue(index.row(), column);
    case MaskedRole:
        if (!isMaskable(column))
            return {};
        return Masking::mask(rawValue(index.row(), column).toString(), maskKind(column));
    case ExportRole:
        if (isMaskable(column) && !isRevealed(column))
            return Masking::mask(rawValue(index.row(), column).toString(), maskKind(column));
        return exportValue(index.row(), column);
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case ToneRole: {
        const int t = tone(index.row(), column);
        return t ? QVariant(t) : QVariant();
    }
    default:
        return {};
    }
}

QVariant MaskedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(section);
    case MaskKindRole:
        return int(maskKind(section));
    case RevealedRole:
        return isRevealed(section);
    case NumericRole:
        return isNumeric(section);
    case CurrencyRole:
        return isMoney(section) ? QVariant(m_currency) : QVariant();
    default:
        return {};
    }
}

void MaskedTableModel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    repaint();
}

void MaskedTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    repaint();
}

void MaskedTableModel::repaint()
{
    if (countColumns() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, countColumns() - 1);
    if (countRows() > 0 && countColumns() > 0)
        emit dataChanged(index(0, 0), index(countRows() - 1, countColumns() - 1));
}
