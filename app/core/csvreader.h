#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Reads a CSV file as spreadsheets and web consoles write it: RFC 4180 quoting (quoted fields may
// hold commas, doubled quotes and line breaks), CRLF or LF, an optional UTF-8 BOM, and GB18030
// text from a Chinese-locale spreadsheet when the bytes are not UTF-8. Each record keeps the line
// it starts on so problems can be reported per row.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    struct Record
    {
        int line = 0; // 1-based line in the file where the record starts
        QStringList fields;
    };

    // Decodes `bytes`; false with a message when it is neither UTF-8 nor GB18030 text, or a
    // quoted field never ends.
    bool read(const QByteArray &bytes, QString *problem);
    const QList<Record> &records() const { return m_records; }
    QString encoding() const { return m_encoding; }

private:
    QList<Record> m_records;
    QString m_encoding;
};
