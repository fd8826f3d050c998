#include "dialogs/exportdialog.h"

#include "models/maskedtablemodel.h"
#include "models/tableexporter.h"
#include "ops/session.h"
#include "widgets/accessiblenames.h"
#include "widgets/datatableview.h"

#include <QAbstractProxyModel>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

ExportDialog *ExportDialog::openFor(Session *session, const DataTableView *table,
                                    const QString &what, QWidget *parent)
{
    QAbstractItemModel *view = table->model();
    auto *proxy = qobject_cast<QAbstractProxyModel *>(view);
    auto *source = qobject_cast<MaskedTableModel *>(proxy ? proxy->sourceModel() : view);
    if (!source)
        return nullptr;
    auto *dialog = new ExportDialog(session, view, source, table->visibleColumns(), what, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ExportDialog::ExportDialog(Session *session, const QAbstractItemModel *view,
                           MaskedTableModel *source, const QList<int> &columns, const QString &what,
                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_source(source)
    , m_columns(columns)
    , m_what(what)
    , m_csv(new QRadioButton(tr("CSV"), this))
    , m_xlsx(new QRadioButton(tr("Excel (XLSX)"), this))
    , m_bom(new QCheckBox(tr("UTF-8 with BOM (for Excel)"), this))
    , m_file(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("Export"), this))
    , m_exporter(new TableExporter(view, this))
{
    setWindowTitle(tr("Export %1").arg(what));
    m_xlsx->setChecked(true);
    m_bom->setChecked(true);
    m_status->setWordWrap(true);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_file->setText(QDir(dir).filePath(
        QStringLiteral("%1-%2.xlsx")
            .arg(what, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")))));
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *format = new QHBoxLayout;
    format->addWidget(m_xlsx);
    format->addWidget(m_csv);
    format->addWidget(m_bom);
    auto *unmask = new QVBoxLayout;
    for (int c : columns) {
        if (!source || !source->isMaskable(c)) // no source: nothing is masked
            continue;
        // A column revealed on screen is ticked, and says so: the file holds what is shown
        // unless the user unticks it.
        const QString title = source->headerData(c, Qt::Horizontal).toString();
        const bool shown = source->isRevealed(c);
        auto *box = new QCheckBox(shown ? tr("%1 (revealed on screen)").arg(title) : title, this);
        box->setChecked(shown);
        box->setProperty("column", c);
        box->setProperty("title", title);
        m_unmask.append(box);
        unmask->addWidget(box);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Format"), format);
    form->addRow(tr("File"), fileRow);
    if (!m_unmask.isEmpty())
        form->addRow(tr("Export in full (logged)"), unmask);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_csv, &QRadioButton::toggled, this, [this](bool csv) {
        m_bom->setEnabled(csv);
        QString f = m_file->text();
        const QString from = csv ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
        if (f.endsWith(from))
            m_file->setText(f.chopped(from.size()) +
                            (csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx")));
    });
    m_bom->setEnabled(false);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::run);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_exporter, &TableExporter::progress, this, [this](int rows, int total) {
        m_status->setText(tr("Reading rows: %1 of %2").arg(rows).arg(total));
    });
    connect(m_exporter, &TableExporter::finished, this, [this](bool ok, const QString &error) {
        m_export->setEnabled(true);
        m_status->setText(ok ? tr("Saved %1.").arg(QDir::toNativeSeparators(m_file->text()))
                             : tr("Not saved: %1").arg(error));
        emit exported(ok, m_file->text());
    });
    AccessibleNames::watch(this);
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

void ExportDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Export to"), m_file->text());
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, m_file, &QLineEdit::setText);
    dialog->open(); // not exec(): no nested event loop
}

void ExportDialog::run()
{
    const QString file = m_file->text().trimmed();
    if (file.isEmpty()) {
        m_status->setText(tr("Choose a file name first."));
        return;
    }
    TableExporter::Options o;
    o.format = m_csv->isChecked() ? TableExporter::Format::Csv : TableExporter::Format::Xlsx;
    o.file = file;
    o.bom = m_bom->isChecked();
    o.columns = m_columns;
    o.sheetName = m_what;
    // The folder is made when missing (a fresh ~/Documents, a typed path).
    const QString folder = QFileInfo(file).absolutePath();
    if (!QDir().mkpath(folder)) {
        m_status->setText(tr("Not saved: the folder %1 cannot be created.")
                              .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    QStringList unmasked;
    for (QCheckBox *box : std::as_const(m_unmask)) {
        if (box->isChecked()) {
            o.unmask.insert(box->property("column").toInt());
            unmasked.append(box->property("title").toString());
        }
    }
    AuditLog::Entry e;
    e.action = QStringLiteral("export");
    e.target = file;
    e.result = QStringLiteral("started");
    e.detail = unmasked.isEmpty()
                   ? m_what
                   : m_what + QStringLiteral("; unmasked: ") + unmasked.join(QStringLiteral(", "));
    m_session->record(e);
    m_export->setEnabled(false);
    m_exporter->start(o);
}
