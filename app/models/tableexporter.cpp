#include "models/tableexporter.h"

#include "core/csv.h"
#include "models/maskedtablemodel.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <xlsxwriter.h>

namespace {

constexpr int kChunk = 4000; // rows read per event-loop turn

QByteArray csvField(const QVariant &v)
{
    return Csv::field(
        v.typeId() == QMetaType::QDateTime
            ? v.toDateTime().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
            : v.toString());
}

} // namespace

TableExporter::TableExporter(const QAbstractItemModel *model, QObject *parent)
    : QObject(parent), m_model(model)
{}

void TableExporter::start(const Options &options)
{
    if (m_running || !m_model)
        return;
    m_running = true;
    m_cancelled = false;
    m_options = options;
    if (m_options.columns.isEmpty()) {
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_options.columns.append(c);
    }
    m_header.clear();
    m_numeric.clear();
    for (int c : std::as_const(m_options.columns)) {
        // Amount headers name their currency: a file carries no "CNY" in its cells.
        const QString currency =
            m_model->headerData(c, Qt::Horizontal, MaskedTableModel::CurrencyRole).toString();
        const QString title = m_model->headerData(c, Qt::Horizontal).toString();
        m_header.append(currency.isEmpty() ? title
                                           : QStringLiteral("%1 (%2)").arg(title, currency));
        m_numeric.append(
            m_model->headerData(c, Qt::Horizontal, MaskedTableModel::NumericRole).toBool());
    }
    m_rows.clear();
    m_rows.reserve(m_model->rowCount());
    m_next = 0;
    QTimer::singleShot(0, this, &TableExporter::readChunk);
}

void TableExporter::cancel()
{
    m_cancelled = true;
}

void TableExporter::readChunk()
{
    if (m_cancelled || !m_model) {
        m_running = false;
        emit finished(false, tr("The export was cancelled."));
        return;
    }
    const int total = m_model->rowCount();
    const int end = std::min(total, m_next + kChunk);
    for (int r = m_next; r < end; ++r) {
        QVariantList row;
        row.reserve(m_options.columns.size());
        for (int c : std::as_const(m_options.columns)) {
            const QModelIndex i = m_model->index(r, c);
            // Maskable columns give masked text unless this export unmasks them (also when
            // they are revealed on screen: the file holds exactly what was chosen for it).
            const QVariant masked = m_model->data(i, MaskedTableModel::MaskedRole);
            row.append(m_options.unmask.contains(c) ? m_model->data(i, MaskedTableModel::SortRole)
                       : masked.isValid()           ? masked
                       : m_model->data(i, MaskedTableModel::ExportRole).isValid()
                           ? m_model->data(i, MaskedTableModel::ExportRole)
                           : m_model->data(i, Qt::DisplayRole));
        }
        m_rows.append(row);
    }
    m_next = end;
    emit progress(m_next, total);
    if (m_next < total) {
        QTimer::singleShot(0, this, &TableExporter::readChunk);
        return;
    }
    write();
}

void TableExporter::write()
{
    // The snapshot is complete; the file is written off the caller's thread.
    auto *thread = QThread::create([this] {
        QString error;
        const bool ok = m_options.format == Format::Csv
                            ? writeCsv(m_options.file, m_header, m_rows, m_options.bom, &error)
                            : writeXlsx(m_options.file, m_options.sheetName, m_header, m_numeric,
                                        m_rows, &error);
        QMetaObject::invokeMethod(this, [this, ok, error] {
            m_running = false;
            m_rows.clear();
            emit finished(ok, error);
        });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

bool TableExporter::writeCsv(const QString &file, const QStringList &header,
                             const QList<QVariantList> &rows, bool bom, QString *error)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = out.errorString();
        return false;
    }
    if (bom)
        out.write("\xEF\xBB\xBF");
    QByteArray line;
    for (int c = 0; c < header.size(); ++c)
        line += (c ? "," : "") + csvField(header.at(c));
    out.write(line + "\r\n");
    for (const QVariantList &row : rows) {
        line.clear();
        for (int c = 0; c < row.size(); ++c)
            line += (c ? "," : "") + csvField(row.at(c));
        out.write(line + "\r\n");
    }
    if (!out.commit()) {
        *error = out.errorString();
        return false;
    }
    return true;
}

bool TableExporter::writeXlsx(const QString &file, const QString &sheetName,
                              const QStringList &header, const QList<bool> &numeric,
                              const QList<QVariantList> &rows, QString *error)
{
    const QByteArray path = QFile::encodeName(file);
    lxw_workbook *book = workbook_new(path.constData());
    if (!book) {
        *error = tr("Cannot create %1.").arg(file);
        return false;
    }
    QString name = sheetName;
    name.remove(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")));
    name = name.left(31).trimmed();
    const QByteArray sheetUtf8 = name.toUtf8();
    lxw_worksheet *sheet =
        workbook_add_worksheet(book, name.isEmpty() ? nullptr : sheetUtf8.constData());
    if (!sheet) // a name libxlsxwriter refuses: the default one
        sheet = workbook_add_worksheet(book, nullptr);
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *money = workbook_add_format(book);
    format_set_num_format(money, "#,##0.00");
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd hh:mm:ss");
    for (int c = 0; c < header.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), header.at(c).toUtf8().constData(), bold);
    lxw_row_t r = 1;
    for (const QVariantList &row : rows) {
        for (int c = 0; c < row.size(); ++c) {
            const QVariant &v = row.at(c);
            if (v.typeId() == QMetaType::QDateTime && v.toDateTime().isValid()) {
                const QDateTime t = v.toDateTime().toLocalTime();
                lxw_datetime dt{t.date().year(), t.date().month(),  t.date().day(),
                                t.time().hour(), t.time().minute(), double(t.time().second())};
                worksheet_write_datetime(sheet, r, lxw_col_t(c), &dt, date);
                continue;
            }
            const QString s = v.toString();
            bool isNumber = false;
            const double d = numeric.value(c) ? s.toDouble(&isNumber) : 0.0;
            if (isNumber)
                worksheet_write_number(sheet, r, lxw_col_t(c), d, money);
            else if (!s.isEmpty())
                worksheet_write_string(sheet, r, lxw_col_t(c), s.toUtf8().constData(), nullptr);
        }
        ++r;
    }
    // A frozen header with a filter on it, and columns as wide as their widest text (a CJK
    // character counts twice), within reason.
    worksheet_freeze_panes(sheet, 1, 0);
    if (!header.isEmpty())
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(rows.size()), lxw_col_t(header.size() - 1));
    for (int c = 0; c < header.size(); ++c) {
        auto width = [](const QString &s) {
            int w = 0;
            for (QChar ch : s)
                w += ch.unicode() >= 0x2E80 ? 2 : 1;
            return w;
        };
        int widest = width(header.at(c)) + 3; // the filter button
        for (const QVariantList &row : rows) {
            const QVariant &v = row.value(c);
            widest =
                std::max(widest, v.typeId() == QMetaType::QDateTime ? 19 : width(v.toString()));
        }
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::min(60, widest + 1), nullptr);
    }
    const lxw_error e = workbook_close(book);
    if (e != LXW_NO_ERROR) {
        *error = tr("Cannot write %1: %2").arg(file, QString::fromUtf8(lxw_strerror(e)));
        return false;
    }
    return true;
}
