#include "core/csvreader.h"

#include <QStringDecoder>

namespace {

bool decode(const QByteArray &bytes, QString *text, QString *encoding)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = utf8(data);
    if (!utf8.hasError()) {
        *encoding = QStringLiteral("UTF-8");
        return true;
    }
    QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
    if (!gb.isValid())
        return false;
    *text = gb(data);
    if (gb.hasError())
        return false;
    *encoding = QStringLiteral("GB18030");
    return true;
}

} // namespace

bool CsvReader::read(const QByteArray &bytes, QString *problem)
{
    m_records.clear();
    QString text;
    if (!decode(bytes, &text, &m_encoding)) {
        *problem = tr("The file is not UTF-8 or GB18030 text. Save it as CSV (UTF-8) and try "
                      "again.");
        return false;
    }
    Record record;
    QString field;
    bool quoted = false, fieldStarted = false, recordStarted = false;
    int line = 1;
    int quoteLine = 0;
    record.line = 1;
    auto endField = [&] {
        record.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&](int nextLine) {
        if (recordStarted || fieldStarted || !field.isEmpty()) {
            endField();
            m_records.append(record);
        }
        record = Record{nextLine, {}};
        recordStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = recordStarted = true;
            quoteLine = line;
        } else if (c == u',') {
            endField();
            recordStarted = true;
        } else if (c == u'\r') {
            continue; // CRLF: the \n ends the record
        } else if (c == u'\n') {
            ++line;
            endRecord(line);
        } else {
            field.append(c);
            fieldStarted = recordStarted = true;
        }
    }
    if (quoted) {
        *problem = tr("Line %1: a quoted field is never closed.").arg(quoteLine);
        m_records.clear();
        return false;
    }
    endRecord(line + 1);
    return true;
}
