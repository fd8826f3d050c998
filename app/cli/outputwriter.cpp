#include "cli/outputwriter.h"

#include "core/csv.h"
#include "core/decimal.h"
#include "core/masking.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace {

QString cellText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: { // the shortest text that reads back the same: 2114.62, not …999
        const auto d = Decimal::fromDouble(v.toDouble());
        return d ? d->toString() : QString::number(v.toDouble(), 'g', 17);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return QString();
    }
}

// Masks sensitive fields at any depth (account_managers[].account_name, …).
QJsonValue masked(const QJsonValue &v, const QString &field)
{
    if (v.isString())
        return Masking::mask(v.toString(), Masking::kindOfField(field));
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : v.toArray())
            out.append(masked(item, field));
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), masked(it.value(), it.key()));
        return out;
    }
    return v;
}

int displayWidth(const QString &s)
{
    int w = 0;
    for (QChar c : s)
        w += (c.unicode() >= 0x1100 &&
              (c.unicode() <= 0x115F || (c.unicode() >= 0x2E80 && c.unicode() <= 0xFFDC)))
                 ? 2
                 : 1;
    return w;
}

} // namespace

QByteArray OutputWriter::csvField(const QString &value)
{
    return Csv::field(value);
}

QByteArray OutputWriter::render(const QJsonObject &json, const QString &format, bool reveal)
{
    if (format == u"json" || format.isEmpty()) // personal data masked here too, unless --reveal
        return QJsonDocument(reveal ? json : masked(json, QString()).toObject())
            .toJson(QJsonDocument::Indented);
    QJsonArray rows;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.value().isArray() && !it.value().toArray().isEmpty() &&
            it.value().toArray().first().isObject()) {
            rows = it.value().toArray();
            break;
        }
    }
    if (rows.isEmpty()) // a single object: one row of its fields
        rows.append(json);
    QStringList columns;
    for (const QJsonValue &r : rows) {
        const QStringList keys = r.toObject().keys();
        for (const QString &k : keys) {
            if (!columns.contains(k))
                columns.append(k);
        }
    }
    QList<QStringList> cells;
    for (const QJsonValue &r : rows) {
        QStringList line;
        const QJsonObject o = r.toObject();
        for (const QString &c : columns)
            line.append(cellText(reveal ? o.value(c) : masked(o.value(c), c)));
        cells.append(line);
    }
    QByteArray out;
    if (format == u"csv") {
        out.append("\xEF\xBB\xBF"); // BOM: spreadsheets then read UTF-8 correctly
        QList<QByteArray> header;
        for (const QString &c : columns)
            header.append(csvField(c));
        out.append(header.join(',')).append("\r\n");
        for (const QStringList &line : cells) {
            QList<QByteArray> fields;
            for (const QString &v : line)
                fields.append(csvField(v));
            out.append(fields.join(',')).append("\r\n");
        }
        return out;
    }
    QList<int> widths;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        int w = displayWidth(columns.at(i));
        for (const QStringList &line : cells)
            w = std::max(w, displayWidth(line.at(i)));
        widths.append(w);
    }
    auto emitLine = [&](const QStringList &line) {
        QString s;
        for (qsizetype i = 0; i < line.size(); ++i) {
            s += line.at(i) + QString(widths.at(i) - displayWidth(line.at(i)), u' ');
            if (i + 1 < line.size())
                s += QStringLiteral("  ");
        }
        out.append(s.trimmed().toUtf8()).append('\n');
    };
    emitLine(columns);
    QStringList rule;
    for (int w : widths)
        rule.append(QString(w, u'-'));
    emitLine(rule);
    for (const QStringList &line : cells)
        emitLine(line);
    return out;
}
