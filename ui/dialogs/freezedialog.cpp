#include "dialogs/freezedialog.h"

#include "core/statuslabels.h"
#include "dialogs/batchdialogframe.h"
#include "models/batchrunner.h"
#include "ops/batchwrites.h"
#include "ops/session.h"
#include "widgets/accessiblenames.h"
#include "widgets/batchresultpanel.h"
#include "widgets/choicebox.h"
#include "widgets/previewtable.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>

FreezeDialog::FreezeDialog(Session *session, bool freeze, const QList<Target> &targets,
                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_freeze(freeze)
    , m_targets(targets)
    , m_pages(new QStackedWidget(this))
    , m_reason(new QLineEdit(this))
    , m_type(new ChoiceBox(this))
    , m_preview(new PreviewTable(int(targets.size()),
                                 {tr("Customer"), tr("Account now"), tr("Will be")}, this))
    , m_summary(new QLabel(this))
    , m_confirm(new QPushButton(freeze ? tr("Freeze") : tr("Unfreeze"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    const int n = int(targets.size());
    setWindowTitle(freeze ? tr("Freeze %n customer(s)", nullptr, n)
                          : tr("Unfreeze %n customer(s)", nullptr, n));
    resize(760, 480);
    m_reason->setMaxLength(256);
    m_reason->setPlaceholderText(freeze ? tr("Why these accounts are frozen (required)")
                                        : tr("Why these accounts are unfrozen (required)"));
    for (const char *t : {"ACCOUNT", "ACCOUNT_AND_RESOURCE"})
        m_type->addItem(StatusLabels::freezeType(QString::fromLatin1(t)), QString::fromLatin1(t));
    m_summary->setWordWrap(true);
    auto *note = new QLabel(freeze ? tr("A frozen account cannot buy, renew or change services; "
                                        "with its resources frozen, its services stop. Data is "
                                        "released if the account stays frozen for about 15 days.")
                                   : tr("Unfreeze with the type the account was frozen with. A "
                                        "freeze by Huawei Cloud (over budget, overdue) cannot be "
                                        "lifted here."),
                            this);
    note->setWordWrap(true);
    auto *entry = new QWidget(m_pages);
    auto *form = new QFormLayout(entry);
    form->addRow(note);
    form->addRow(tr("Reason"), m_reason);
    form->addRow(freeze ? tr("Freeze") : tr("Unfreeze"), m_type);
    form->addRow(m_preview);
    form->addRow(m_summary);
    m_pages->addWidget(entry);
    m_frame = new BatchDialogFrame(this, m_pages, m_confirm, m_close);
    connect(m_frame, &BatchDialogFrame::finished, this, &FreezeDialog::batchFinished);
    connect(m_reason, &QLineEdit::textChanged, this, &FreezeDialog::updatePreview);
    connect(m_confirm, &QPushButton::clicked, this, &FreezeDialog::run);
    updatePreview();
    AccessibleNames::watch(this);
}

QString FreezeDialog::summaryText() const
{
    return m_summary->text();
}

void FreezeDialog::updatePreview()
{
    int changing = 0;
    for (int r = 0; r < m_targets.size(); ++r) {
        const Target &t = m_targets.at(r);
        const bool changes = t.frozen != m_freeze;
        changing += changes;
        m_preview->setCell(r, 0, QStringLiteral("%1 (%2)").arg(t.shownName, t.customerId));
        m_preview->setCell(r, 1, StatusLabels::frozenState(t.frozen));
        m_preview->setCell(
            r, 2, changes ? StatusLabels::frozenState(m_freeze) : tr("Skipped: already so"));
    }
    const int skipped = int(m_targets.size()) - changing;
    const bool reasoned = !m_reason->text().trimmed().isEmpty();
    QString text = m_freeze ? tr("%n customer(s) will be frozen.", nullptr, changing)
                            : tr("%n customer(s) will be unfrozen.", nullptr, changing);
    if (skipped > 0)
        text += u' ' + tr("%n skipped: already in that state.", nullptr, skipped);
    if (!reasoned)
        text += u' ' + tr("Give a reason first.");
    m_summary->setText(text);
    m_preview->resizeColumnsToContents();
    m_confirm->setEnabled(reasoned && changing > 0);
}

void FreezeDialog::run()
{
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty())
        return;
    m_runner = new BatchRunner(BatchWrites::freeze(m_session->writer(), m_freeze, reason,
                                                   m_type->currentData().toString()),
                               this);
    m_runner->setReferenceTitle([] { return tr("Account state"); });
    m_runner->setConcurrency(4);
    m_panel = new BatchResultPanel(m_runner, m_session, this);
    QList<BatchRunner::Item> items;
    for (const Target &t : std::as_const(m_targets)) {
        if (t.frozen != m_freeze)
            items.append({t.customerId, t.shownName, Decimal::invalid(), t.indirectPartnerId});
    }
    m_runner->setItems(items);
    m_reason->setEnabled(false);
    m_type->setEnabled(false);
    m_frame->run(m_runner, m_panel);
}
