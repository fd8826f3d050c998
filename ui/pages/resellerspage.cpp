#include "pages/resellerspage.h"

#include "dialogs/batchtransferdialog.h"
#include "dialogs/exportdialog.h"
#include "models/batchrunner.h"
#include "models/recordfilterproxy.h"
#include "models/recordtablemodel.h"
#include "ops/resellersloader.h"
#include "ops/session.h"
#include "ops/workspace.h"
#include "widgets/amountfield.h"
#include "widgets/balancebelowfilter.h"
#include "widgets/datatableview.h"
#include "widgets/flowlayout.h"
#include "widgets/icons.h"
#include "widgets/writegate.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ResellersPage::ResellersPage(Workspace *workspace, QWidget *parent)
    : Page(parent)
    , m_session(workspace->session())
    , m_model(workspace->resellers().model)
    , m_proxy(new RecordFilterProxy(this))
    , m_table(new DataTableView(this))
    , m_search(new QLineEdit(this))
    , m_below(new BalanceBelowFilter(this))
    , m_reload(new QPushButton(Icons::get(QStringLiteral("refresh")), QString(), this))
    , m_allocate(new QPushButton(Icons::get(QStringLiteral("allocate")), QString(), this))
    , m_reclaim(new QPushButton(Icons::get(QStringLiteral("reclaim")), QString(), this))
    , m_export(new QPushButton(Icons::get(QStringLiteral("export")), QString(), this))
    , m_note(new QLabel(this))
{
    m_gate = new WriteGate(m_session->client(), this);
    m_loader = workspace->resellers().loader;
    connect(m_loader, &ResellersLoader::failed, this, &ResellersPage::failed);
    connect(m_loader, &ResellersLoader::balancesLoaded, this, [this] {
        m_note->setVisible(m_model->rowCount() == 0);
        m_table->resizeColumnsToContents();
        emit loaded();
    });
    m_search->setObjectName(QStringLiteral("search")); // Ctrl+F
    // Saved views capture these (ViewState).
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_search->setClearButtonEnabled(true);
    m_note->setWordWrap(true);
    m_note->hide();
    m_gate->setEnabled(m_allocate, false);
    m_gate->setEnabled(m_reclaim, false);
    auto *bar = new FlowLayout; // wraps rather than widening the page
    bar->addWidget(m_search);
    bar->addWidget(m_below);
    bar->addWidget(m_reload);
    bar->addWidget(m_allocate);
    bar->addWidget(m_reclaim);
    bar->addWidget(m_export);
    // The table's context menu offers the page's actions on the selected rows.
    m_table->addRowAction(m_allocate);
    m_table->addRowAction(m_reclaim);
    m_table->addRowAction(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &RecordFilterProxy::setSearch);
    connect(m_below, &BalanceBelowFilter::changed, this, &ResellersPage::applyBalanceFilter);
    connect(m_reload, &QPushButton::clicked, this, &ResellersPage::reload);
    connect(m_allocate, &QPushButton::clicked, this, [this] { transfer(true); });
    connect(m_reclaim, &QPushButton::clicked, this, [this] { transfer(false); });
    connect(m_export, &QPushButton::clicked, this, &ResellersPage::exportTable);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const bool any = m_table->selectionModel()->hasSelection();
        m_gate->setEnabled(m_allocate, any);
        m_gate->setEnabled(m_reclaim, any);
    });
    retranslate();
}

void ResellersPage::showLowBalance(const Decimal &threshold)
{
    m_search->clear();
    m_below->showBelow(threshold);
}

void ResellersPage::applyBalanceFilter()
{
    m_proxy->setBelow(QStringLiteral("balance"), m_below->limit());
}

void ResellersPage::reload()
{
    m_model->setCurrency(m_session->currency());
    m_below->setCurrency(m_session->currency());
    // Balances and transfers are the China site's: on the International site, the list only.
    const bool transfers = m_session->client()->offers("UpdateIndirectPartnerAccount");
    m_allocate->setVisible(transfers);
    m_reclaim->setVisible(transfers);
    m_below->setVisible(transfers);
    m_loader->load(); // the directory, then each reseller's balance (where the site has them)
}

void ResellersPage::transfer(bool allocate)
{
    QList<BatchTransferDialog::Target> targets;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows()) {
        const int row = m_proxy->mapToSource(i).row();
        const QJsonObject rec = m_model->record(row);
        Customer c;
        c.customerId = rec.value(QLatin1String("indirect_partner_id")).toString();
        targets.append(
            {c, m_model->data(m_model->index(row, 1)).toString(), // the name as shown (masked)
             Decimal::fromJson(rec.value(QLatin1String("balance"))).value_or(Decimal::invalid())});
    }
    if (targets.isEmpty())
        return;
    auto *dialog = new BatchTransferDialog(
        m_session, targets, allocate ? FundsWrites::Kind::Allocate : FundsWrites::Kind::Reclaim,
        FundsWrites::Target::Reseller, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The balances reload by themselves after the writes (Workspace: WriteEffects::Balances).
    emit transferDialogOpened(dialog);
    dialog->open();
}

ExportDialog *ResellersPage::exportTable()
{
    return ExportDialog::openFor(m_session, m_table, tr("resellers"), this);
}

void ResellersPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search reseller name, account or ID"));
    m_reload->setText(tr("Refresh"));
    m_allocate->setText(tr("Allocate…"));
    m_reclaim->setText(tr("Reclaim…"));
    m_export->setText(tr("Export…"));
    m_note->setText(tr("This account has no resellers. Resellers belong to master "
                       "distributors."));
    m_model->setLocale(locale());
}

void ResellersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool ResellersPage::focus(const QString &what, const QVariant &value)
{
    const std::optional<Decimal> threshold = Decimal::parse(value.toString());
    if (what != u"lowBalance" || !threshold)
        return false;
    showLowBalance(*threshold);
    return true;
}
