#include "pages/statementpanel.h"

#include "core/statuslabels.h"
#include "dialogs/exportdialog.h"
#include "models/recordspecs.h"
#include "models/recordtablemodel.h"
#include "ops/session.h"
#include "widgets/datatableview.h"
#include "widgets/icons.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QThreadPool>
#include <QVBoxLayout>

StatementPanel::StatementPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_lines(new RecordTableModel(RecordSpecs::statementLines(), this))
    , m_problems(new RecordTableModel(RecordSpecs::statementProblems(), this))
    , m_import(new QPushButton(Icons::get(QStringLiteral("import")), QString(), this))
    , m_export(new QPushButton(Icons::get(QStringLiteral("export")), QString(), this))
    , m_help(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_problemsTitle(new QLabel(this))
    , m_lineTable(new DataTableView(this))
    , m_problemTable(new DataTableView(this))
{
    m_lineTable->setSortableModel(m_lines);
    m_problemTable->setSortableModel(m_problems);
    m_help->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_export->setEnabled(false);
    m_problemsTitle->hide();
    m_problemTable->hide();
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_import);
    bar->addWidget(m_export);
    bar->addStretch(1);
    // The table's context menu offers the page's actions on the selected rows.
    m_lineTable->addRowAction(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_help);
    layout->addWidget(m_summary);
    layout->addWidget(m_lineTable, 3);
    layout->addWidget(m_problemsTitle);
    layout->addWidget(m_problemTable, 1);
    connect(m_import, &QPushButton::clicked, this, &StatementPanel::chooseFile);
    connect(m_export, &QPushButton::clicked, this, &StatementPanel::exportLines);
    retranslate();
}

void StatementPanel::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Import a settlement statement"), QString(),
                                   tr("CSV files (*.csv);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &StatementPanel::importFile);
    dialog->open();
}

void StatementPanel::importFile(const QString &path)
{
    m_import->setEnabled(false);
    m_summary->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    QPointer<StatementPanel> self(this);
    QThreadPool::globalInstance()->start([self, path] {
        const StatementImport::Result result = StatementImport::readFile(path);
        QMetaObject::invokeMethod(
            qApp,
            [self, path, result] {
                if (self)
                    self->show(path, result);
            },
            Qt::QueuedConnection);
    });
}

void StatementPanel::show(const QString &path, const StatementImport::Result &result)
{
    m_path = path;
    m_result = result;
    m_import->setEnabled(true);
    QJsonArray lines, problems;
    for (const SettlementLine &l : result.lines)
        lines.append(l.toJson());
    for (const StatementImport::Problem &p : result.problems)
        problems.append(
            QJsonObject{{QStringLiteral("line"), p.line > 0 ? QString::number(p.line) : tr("file")},
                        {QStringLiteral("message"), p.message}});
    m_lines->setCurrency(m_session->currency());
    m_lines->setRecords(lines);
    m_problems->setRecords(problems);
    m_problemsTitle->setVisible(!problems.isEmpty());
    m_problemTable->setVisible(!problems.isEmpty());
    m_export->setEnabled(!lines.isEmpty());
    m_lineTable->resizeColumnsToContents();
    m_problemTable->resizeColumnsToContents();
    m_summary->setText(summaryText());
    emit imported(result.lines);
}

QString StatementPanel::summaryText() const
{
    if (m_path.isEmpty())
        return QString();
    const QString file = QFileInfo(m_path).fileName();
    if (m_result.rows == 0 && !m_result.problems.isEmpty())
        return tr("%1 could not be imported: %2").arg(file, m_result.problems.first().message);
    int badRows = 0;
    for (const StatementImport::Problem &p : m_result.problems)
        badRows += p.line > 0 ? 1 : 0;
    return tr("%1: %n row(s) read, %2 imported, %3 with problems (listed below; they were left "
              "out and nothing else was).",
              "", m_result.rows)
        .arg(file)
        .arg(m_result.lines.size())
        .arg(badRows);
}

void StatementPanel::exportLines()
{
    ExportDialog::openFor(m_session, m_lineTable, tr("imported statement"), this);
}

void StatementPanel::retranslate()
{
    m_import->setText(tr("Import statement…"));
    m_export->setText(tr("Export…"));
    m_help->setText(tr("A CSV statement with a header row, its columns named as in the "
                       "console's export. Needed: “账期” (bill period, YYYY-MM), “商品名称” "
                       "(product name), “消费金额” (amount), and “客户ID” (customer ID) or "
                       "“客户名称” (customer name). Optional: “账单编号” (bill ID), “商品类型” "
                       "(product type), “分账金额” (settlement amount), “状态” (status). UTF-8 or "
                       "GB18030."));
    m_problemsTitle->setText(tr("Rows left out"));
    m_lines->setLocale(locale());
    m_problems->setLocale(locale());
    m_summary->setText(summaryText());
}

void StatementPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
