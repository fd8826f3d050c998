#include "dialogs/auditlogdialog.h"

#include "dialogs/exportdialog.h"
#include "models/auditlogmodel.h"
#include "ops/session.h"
#include "widgets/accessiblenames.h"
#include "widgets/choicebox.h"
#include "widgets/datatableview.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AuditLogDialog::AuditLogDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new AuditLogModel(this))
    , m_action(new ChoiceBox(this))
    , m_text(new QLineEdit(this))
    , m_from(new QDateEdit(QDate::currentDate().addMonths(-3), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_table(new DataTableView(this))
{
    setWindowTitle(tr("Audit log"));
    resize(1000, 520);
    m_action->addItem(tr("All actions"), QString());
    for (const char *a :
         {"allocate", "reclaim", "reclaim-coupon", "unbind", "reveal", "mask", "export"})
        m_action->addItem(AuditLogModel::actionLabel(QLatin1String(a)), QLatin1String(a));
    m_text->setPlaceholderText(tr("Customer ID, profile or detail"));
    m_text->setClearButtonEnabled(true);
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Audit log entries"));
    auto *exportButton = new QPushButton(tr("Export…"), this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_action);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(exportButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditLogDialog::refresh);
    connect(m_text, &QLineEdit::textChanged, this, &AuditLogDialog::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditLogDialog::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditLogDialog::refresh);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        QList<int> columns;
        for (int c = 0; c < AuditLogModel::ColumnCount; ++c)
            columns.append(c);
        auto *dialog =
            new ExportDialog(m_session, m_model, m_model, columns, tr("audit-log"), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    refresh();
    AccessibleNames::watch(this);
}

void AuditLogDialog::refresh()
{
    AuditLog::Filter f;
    f.action = m_action->currentData().toString();
    f.text = m_text->text().trimmed();
    f.from = m_from->date().startOfDay();
    f.to = m_to->date().endOfDay();
    f.limit = 5000;
    m_model->setEntries(m_session->audit()->entries(f));
    m_table->resizeColumnsToContents();
}
