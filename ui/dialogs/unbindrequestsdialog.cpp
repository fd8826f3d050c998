#include "dialogs/unbindrequestsdialog.h"

#include "models/recordtablemodel.h"
#include "ops/unbindrequestsloader.h"
#include "ops/workspace.h"
#include "widgets/accessiblenames.h"
#include "widgets/datatableview.h"
#include "widgets/icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

UnbindRequestsDialog::UnbindRequestsDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_note(new QLabel(this))
    , m_table(new DataTableView(this))
    , m_reload(new QPushButton(Icons::get(QStringLiteral("refresh")), QString(), this))
    , m_close(new QPushButton(this))
{
    const Workspace::Customers &c = workspace->customers();
    m_note->setWordWrap(true);
    m_table->setSortableModel(c.unbindRequests);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reload);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    resize(900, 440);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_reload, &QPushButton::clicked, this, [this] {
        m_error.clear();
        m_workspace->customers().unbindLoader->load();
        showNote();
    });
    connect(c.unbindLoader, &UnbindRequestsLoader::loaded, this, [this] {
        m_error.clear();
        showNote();
    });
    connect(c.unbindLoader, &UnbindRequestsLoader::failed, this, [this](const BssError &e) {
        m_error = e.userMessage();
        showNote();
    });
    AccessibleNames::watch(this);
    retranslate();
    if (c.unbindLoader->offered())
        c.unbindLoader->load(); // what stands now, not what stood at the last sync
}

QString UnbindRequestsDialog::noteText() const
{
    return m_note->text();
}

void UnbindRequestsDialog::showNote()
{
    const Workspace::Customers &c = m_workspace->customers();
    if (!c.unbindLoader->offered()) {
        m_note->setText(tr("Unbind requests have no public API. In the Partner Center: Customers > "
                           "Customer management > Unbind requests."));
        m_table->setEmptyText(tr("Listed in the Partner Center."));
        return;
    }
    if (!m_error.isEmpty()) {
        m_note->setText(tr("The unbind requests could not be read: %1").arg(m_error));
        return;
    }
    const int pending = int(c.unbindLoader->pendingCustomerIds().size());
    const int all = c.unbindRequests->rowCount();
    m_note->setText(all == 0 ? tr("No unbind requests yet.")
                             : tr("%n request(s), newest first; ", nullptr, all) +
                                   tr("%n awaiting the customer's answer.", nullptr, pending));
    m_table->setEmptyText(tr("No unbind requests yet."));
}

void UnbindRequestsDialog::retranslate()
{
    setWindowTitle(tr("Unbind requests"));
    m_reload->setText(tr("Refresh"));
    m_close->setText(tr("Close"));
    m_table->setAccessibleName(tr("Unbind requests"));
    showNote();
}

void UnbindRequestsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
