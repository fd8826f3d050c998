#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QVariant>

class QAbstractItemModel;

// Exports what a table shows (its rows in view order, the visible columns) to CSV (UTF-8,
// optional BOM) or XLSX (libxlsxwriter; typed numbers and dates). Masked columns stay masked
// unless the caller names them in `unmask` (the UI asks, and logs it). The cells are read on
// the caller's thread a few thousand rows at a time, the file is written on a worker thread:
// the window never freezes, whatever the size.
class TableExporter : public QObject
{
    Q_OBJECT
public:
    enum class Format { Csv, Xlsx };
    struct Options
    {
        Format format = Format::Csv;
        QString file;
        bool bom = true;
        QList<int> columns; // in order; empty: all
        QSet<int> unmask;   // maskable columns exported in full; the others masked, even
                            // when they are revealed on screen
        QString sheetName;  // XLSX: the page's name (at most 31 characters, no []:*?/\)
    };

    explicit TableExporter(const QAbstractItemModel *model, QObject *parent = nullptr);
    void start(const Options &options);
    void cancel();
    bool isRunning() const { return m_running; }

    // Writers, usable directly (tests, the CLI): false with *error on failure.
    static bool writeCsv(const QString &file, const QStringList &header,
                         const QList<QVariantList> &rows, bool bom, QString *error);
    static bool writeXlsx(const QString &file, const QString &sheetName, const QStringList &header,
                          const QList<bool> &numeric, const QList<QVariantList> &rows,
                          QString *error);

signals:
    void progress(int rows, int total);
    void finished(bool ok, const QString &error);

private:
    void readChunk();
    void write();

    QPointer<const QAbstractItemModel> m_model;
    Options m_options;
    QStringList m_header;
    QList<bool> m_numeric;
    QList<QVariantList> m_rows;
    int m_next = 0;
    bool m_running = false;
    bool m_cancelled = false;
};
