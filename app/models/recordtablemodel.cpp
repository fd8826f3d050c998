#include "models/recordtablemodel.h"

#include "core/money.h"

#include <QDateTime>
#include <QJsonObject>

RecordTableModel::RecordTableModel(const QList<Column> &columns, QObject *parent)
    : MaskedTableModel(parent), m_columns(columns)
{
    for (const Column &c : m_columns)
        m_masks.append(Masking::kindOfField(QString::fromLatin1(c.field)));
}

void RecordTableModel::setRecords(const QJsonArray &records)
{
    beginResetModel();
    m_rows = records;
    endResetModel();
}

QString RecordTableModel::problemIn(const QJsonArray &records) const
{
    for (const QJsonValue &record : records) {
        if (!record.isObject())
            return tr("a record is not an object");
        const QJsonObject o = record.toObject();
        for (const Column &c : m_columns) {
            const QJsonValue v = o.value(QLatin1String(c.field));
            if (v.isUndefined() || v.isNull() || c.kind == Kind::Label)
                continue;
            const QString field = QString::fromLatin1(c.field);
            const bool blank = v.isString() && v.toString().isEmpty();
            if ((c.kind == Kind::Money || c.kind == Kind::Change || c.kind == Kind::Percent ||
                 c.kind == Kind::Ratio) &&
                !blank && !Decimal::fromJson(v))
                return tr("the amount \"%1\" is not a number").arg(field);
            if (c.kind == Kind::Time && !blank &&
                !(v.isString() && QDateTime::fromString(v.toString(), Qt::ISODate).isValid()))
                return tr("the time \"%1\" is not a time").arg(field);
            if (c.kind == Kind::Count && !(v.isDouble() && v.toDouble() == double(v.toInteger())))
                return tr("the field \"%1\" is not a whole number").arg(field);
            if (c.kind == Kind::Text && (v.isObject() || v.isArray()))
                return tr("the field \"%1\" is not a text").arg(field);
        }
    }
    return QString();
}

void RecordTableModel::append(const QJsonArray &records)
{
    if (records.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + records.size()) - 1);
    for (const QJsonValue &v : records)
        m_rows.append(v);
    endInsertRows();
}

void RecordTableModel::setField(const char *keyField, const QString &key, const char *field,
                                const QJsonValue &value)
{
    for (int r = 0; r < m_rows.size(); ++r) {
        QJsonObject o = m_rows.at(r).toObject();
        if (o.value(QLatin1String(keyField)).toString() != key)
            continue;
        o.insert(QLatin1String(field), value);
        m_rows.replace(r, o);
        emit dataChanged(index(r, 0), index(r, columnCount() - 1));
    }
}

QJsonValue RecordTableModel::value(int row, int column) const
{
    return m_rows.at(row).toObject().value(QLatin1String(m_columns.at(column).field));
}

QVariant RecordTableModel::rawValue(int row, int column) const
{
    const Column &c = m_columns.at(column);
    const QJsonValue v = value(row, column);
    switch (c.kind) {
    case Kind::Money: {
        const auto d = Decimal::fromJson(v);
        return d ? Money(*d, m_currency).format(m_locale) : QString();
    }
    case Kind::Change: {
        const auto d = Decimal::fromJson(v);
        if (!d)
            return QString();
        const QString text = Money(*d, m_currency).format(m_locale);
        return d->signum() > 0 ? m_locale.positiveSign() + text : text;
    }
    case Kind::Time: {
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
        return t.isValid() ? m_locale.toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
    }
    case Kind::Label:
        return c.label ? c.label(v) : v.toVariant().toString();
    case Kind::Percent:
    case Kind::Ratio: {
        auto d = Decimal::fromJson(v);
        if (!d)
            return QString();
        if (c.kind == Kind::Ratio)
            d = *d * 100;
        QString text = d->roundedHalfUp(1).normalized().toString();
        text.replace(u'.', m_locale.decimalPoint());
        return tr("%1 %", "a percentage").arg(text);
    }
    case Kind::Count:
        return v.isDouble() ? m_locale.toString(v.toInteger()) : QString();
    case Kind::Text:
        break;
    }
    return v.isDouble() ? QString::number(v.toInt()) : v.toString();
}

int RecordTableModel::tone(int row, int column) const
{
    const Column &c = m_columns.at(column);
    if (c.tone)
        return c.tone(value(row, column));
    if (c.kind == Kind::Change) {
        const auto d = Decimal::fromJson(value(row, column));
        return !d || d->isZero() ? StatusTones::None
                                 : (d->signum() > 0 ? StatusTones::Good : StatusTones::Bad);
    }
    return StatusTones::None;
}

QVariant RecordTableModel::sortValue(int row, int column) const
{
    const Column &c = m_columns.at(column);
    const QJsonValue v = value(row, column);
    if (c.kind == Kind::Money || c.kind == Kind::Change || c.kind == Kind::Percent ||
        c.kind == Kind::Ratio) {
        const auto d = Decimal::fromJson(v);
        return d ? qint64(d->withScale(4).mantissa()) : qint64(0);
    }
    if (c.kind == Kind::Time)
        return QDateTime::fromString(v.toString(), Qt::ISODate);
    if (c.kind == Kind::Count)
        return v.toInteger();
    return rawValue(row, column);
}

QVariant RecordTableModel::exportValue(int row, int column) const
{
    const Column &c = m_columns.at(column);
    const QJsonValue v = value(row, column);
    if (c.kind == Kind::Money || c.kind == Kind::Change) {
        const auto d = Decimal::fromJson(v);
        return d ? d->withScale(2).toString() : QString();
    }
    if (c.kind == Kind::Percent || c.kind == Kind::Ratio) {
        const auto d = Decimal::fromJson(v);
        return d ? d->normalized().toString() : QString();
    }
    if (c.kind == Kind::Time)
        return QDateTime::fromString(v.toString(), Qt::ISODate);
    if (c.kind == Kind::Count)
        return v.isDouble() ? QVariant(v.toInteger()) : QVariant();
    return rawValue(row, column);
}
