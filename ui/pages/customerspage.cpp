#include "pages/customerspage.h"

#include "bss/operations.h"
#include "bss/responsecache.h"
#include "core/masking.h"
#include "dialogs/batchtransferdialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/transferdialog.h"
#include "dialogs/unbinddialog.h"
#include "dialogs/unbindrequestsdialog.h"
#include "models/batchrunner.h"
#include "models/customerfilterproxy.h"
#include "models/customermodel.h"
#include "ops/customerdetail.h"
#include "ops/customerloader.h"
#include "ops/customersnapshot.h"
#include "ops/session.h"
#include "ops/workspace.h"
#include "ops/writeeffects.h"
#include "ops/writerefresh.h"
#include "pages/customerdetailpane.h"
#include "widgets/amountfield.h"
#include "widgets/balancebelowfilter.h"
#include "widgets/choicebox.h"
#include "widgets/datatableview.h"
#include "widgets/flowlayout.h"
#include "widgets/icons.h"
#include "widgets/maskedheaderview.h"
#include "widgets/resellerscopebox.h"
#include "widgets/writegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

CustomersPage::CustomersPage(Workspace *workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_session(workspace->session())
    , m_model(workspace->customers().model)
    , m_proxy(new CustomerFilterProxy(this))
    , m_loader(workspace->customers().loader)
    , m_snapshot(new CustomerSnapshot(m_model, this))
    , m_search(new QLineEdit(this))
    , m_type(new ChoiceBox(this))
    , m_label(new QLineEdit(this))
    , m_manager(new QLineEdit(this))
    , m_dated(new QCheckBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_reseller(new ResellerScopeBox(m_session, this))
    , m_below(new BalanceBelowFilter(this))
    , m_reload(new QPushButton(Icons::get(QStringLiteral("refresh")), QString(), this))
    , m_allocate(new QPushButton(Icons::get(QStringLiteral("allocate")), QString(), this))
    , m_reclaim(new QPushButton(Icons::get(QStringLiteral("reclaim")), QString(), this))
    , m_more(new QPushButton(Icons::get(QStringLiteral("more")), QString(), this))
    , m_export(new QPushButton(Icons::get(QStringLiteral("export")), QString(), this))
    , m_unbind(new QAction(this))
    , m_cancel(new QPushButton(Icons::get(QStringLiteral("cancel")), QString(), this))
    , m_progress(new QProgressBar(this))
    , m_count(new QLabel(this))
    , m_table(new DataTableView(this))
    , m_detail(new CustomerDetailPane(m_session, this))
{
    m_gate = new WriteGate(m_session->client(), this);
    m_search->setObjectName(QStringLiteral("search")); // Ctrl+F
    // Saved views capture these (ViewState).
    m_type->setObjectName(QStringLiteral("filter.type"));
    m_label->setObjectName(QStringLiteral("filter.label"));
    m_manager->setObjectName(QStringLiteral("filter.manager"));
    m_dated->setObjectName(QStringLiteral("filter.dated"));
    m_from->setObjectName(QStringLiteral("filter.from"));
    m_to->setObjectName(QStringLiteral("filter.to"));
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    // What a partner reads first next to the name: the money columns, then the association;
    // the 32-character customer ID last (it takes the rest of the width). The model's order is
    // unchanged; a saved header (restoreViewState) has the user's own order.
    QHeaderView *header = m_table->horizontalHeader();
    int at = CustomerModel::Account + 1;
    for (int c : {int(CustomerModel::Balance), int(CustomerModel::CouponBalance),
                  int(CustomerModel::Debt), int(CustomerModel::MonthSpend)})
        header->moveSection(header->visualIndex(c), at++);
    header->moveSection(header->visualIndex(CustomerModel::CustomerId), header->count() - 1);
    m_search->setClearButtonEnabled(true);
    m_type->addItem(QString(), QString());
    m_type->addItem(QString(), QStringLiteral("2"));
    m_type->addItem(QString(), QStringLiteral("1"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->hide();

    auto *bar = new FlowLayout; // wraps rather than widening the page
    bar->addWidget(m_search);
    bar->addWidget(m_type);
    bar->addWidget(m_reload);
    bar->addWidget(m_allocate);
    bar->addWidget(m_reclaim);
    bar->addWidget(m_more);
    bar->addWidget(m_export);
    auto *more = new QMenu(m_more);
    more->addAction(m_unbind);
    m_unbindRequests = more->addAction(Icons::get(QStringLiteral("history")), QString());
    connect(m_unbindRequests, &QAction::triggered, this, [this] {
        auto *dialog = new UnbindRequestsDialog(m_workspace, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show(); // not exec(): the page stays usable
    });
    m_more->setMenu(more);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    m_count->setObjectName(QStringLiteral("customerCount"));
    bar->addWidget(m_count);
    m_label->setClearButtonEnabled(true);
    m_manager->setClearButtonEnabled(true);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setEnabled(false);
    }
    m_from->setDate(QDate::currentDate().addYears(-1));
    m_to->setDate(QDate::currentDate());
    auto *filters = new FlowLayout; // wraps rather than widening the page
    filters->addWidget(m_reseller);
    filters->addWidget(m_label);
    filters->addWidget(m_manager);
    filters->addWidget(m_dated);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(m_below);
    // Tab runs along the filter bar left to right (the scope box is created after the others).
    QWidget *previous = m_export;
    for (QWidget *next : std::initializer_list<QWidget *>{m_reseller, m_label, m_manager, m_dated,
                                                          m_from, m_to, m_below}) {
        setTabOrder(previous, next);
        previous = next;
    }
    // The table's context menu offers the page's actions on the selected rows.
    m_table->addRowAction(m_allocate);
    m_table->addRowAction(m_reclaim);
    m_table->addRowAction(m_unbind);
    m_table->addRowAction(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(filters);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setSearch(t);
        updateCount();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setAssociationType(m_type->currentData().toString());
        updateCount();
    });
    connect(m_label, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setLabel(t);
        updateCount();
    });
    connect(m_manager, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setAccountManager(t);
        updateCount();
    });
    connect(m_dated, &QCheckBox::toggled, this, &CustomersPage::applyDateFilter);
    connect(m_below, &BalanceBelowFilter::changed, this, &CustomersPage::applyBalanceFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &CustomersPage::applyDateFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &CustomersPage::applyDateFilter);
    connect(m_reseller, &ResellerScopeBox::scopeChanged, this, &CustomersPage::reload);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this,
            &CustomersPage::saveViewState);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionMoved, this,
            &CustomersPage::saveViewState);
    connect(m_session, &Session::ready, this, &CustomersPage::restoreViewState);
    connect(m_reload, &QPushButton::clicked, this, &CustomersPage::reload);
    connect(m_allocate, &QPushButton::clicked, this, &CustomersPage::allocate);
    connect(m_reclaim, &QPushButton::clicked, this, &CustomersPage::reclaim);
    connect(m_unbind, &QAction::triggered, this, &CustomersPage::unbind);
    connect(m_export, &QPushButton::clicked, this, &CustomersPage::exportTable);
    // Revealing is audited by the header itself (MaskedHeaderView's auditor); the view state
    // remembers which columns are shown.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        m_workspace->setSelectedCustomers(selectedCustomerIds());
    });
    connect(m_table, &QAbstractItemView::doubleClicked, this, &CustomersPage::allocate);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const int row = shownRow();
        if (row < 0) {
            m_detail->clear();
            return;
        }
        m_detail->show(m_model->customer(row),
                       m_model->data(m_model->index(row, CustomerModel::Name)).toString(),
                       m_model->balance(row), m_model->debt(row));
    });
    // New balances of the customer shown (after a write): the pane follows, with no F5.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                const int row = shownRow();
                if (row < 0 || row < from.row() || row > to.row())
                    return;
                m_detail->refresh(
                    m_model->customer(row),
                    m_model->data(m_model->index(row, CustomerModel::Name)).toString(),
                    m_model->balance(row), m_model->debt(row));
            });
    // Any write of the session that moved a customer's money: its balance is read again, in
    // one request per burst of writes (a batch of thousands included).
    auto *refresh = new WriteRefresh(m_session, WriteEffects::Balances, this);
    connect(refresh, &WriteRefresh::due, this, [this](const QStringList &targets) {
        QStringList ids; // the customers among them (a reseller's balance is not ours to read)
        for (const QString &id : targets) {
            if (m_model->rowOf(id) >= 0)
                ids.append(id);
        }
        if (!ids.isEmpty())
            m_loader->refreshBalances(ids);
    });
    connect(m_cancel, &QPushButton::clicked, m_loader, &CustomerLoader::cancel);
    // Esc stops a running load, like the Cancel button next to the progress bar.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr,
                                 Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_cancel->isVisible())
            m_cancel->click();
    });
    connect(m_loader, &CustomerLoader::progress, this, [this](int loaded, int total) {
        m_progress->setMaximum(std::max(total, 1));
        m_progress->setValue(loaded);
        updateCount();
    });
    connect(m_loader, &CustomerLoader::customersLoaded, this, [this] {
        if (m_reseller->indirectPartnerId().isEmpty())
            m_snapshot->save(); // the whole list, for the next start and for offline use
        updateCount();
    });
    connect(m_snapshot, &CustomerSnapshot::restored, this, &CustomersPage::updateCount);
    connect(m_loader, &CustomerLoader::cancelled, this, [this] {
        m_progress->hide();
        m_cancel->hide();
        updateCount();
    });
    // A part of the detail pane that could not be read is said in the errors panel (the pane
    // shows what did arrive).
    connect(m_detail->detail(), &CustomerDetail::failed, this, &CustomersPage::failed);
    connect(m_detail, &CustomerDetailPane::renewalRequested, this, [this](const QStringList &ids) {
        emit openRequested(QStringLiteral("pricing"), QStringLiteral("renewal"), ids);
    });
    connect(m_loader, &CustomerLoader::finished, this, [this](const BssError &error) {
        m_progress->hide();
        m_cancel->hide();
        updateCount();
        if (error.isError()) {
            emit failed(error);
            return;
        }
        emit synced();
        emit loaded();
    });
    m_model->setCurrency(m_session->currency());
    retranslate();
    updateActions();
}

bool CustomersPage::isLoading() const
{
    return m_loader->isRunning() || m_snapshot->isRestoring();
}

QString CustomersPage::stateKey(const QString &what) const
{
    // Per profile: each account keeps its own column layout.
    QString profile = m_session->settingsKey();
    profile.replace(u'/', u'_');
    return QStringLiteral("view/%1/customers/%2").arg(profile, what);
}

void CustomersPage::restoreViewState()
{
    m_restoring = true;
    QSettings settings;
    const QByteArray header = settings.value(stateKey(QStringLiteral("header"))).toByteArray();
    if (!header.isEmpty() && m_table->horizontalHeader()->restoreState(header))
        m_table->keepColumnWidths(); // the user's widths; fitting only widens them
    // Reveals are never kept (older versions kept them: that key goes).
    settings.remove(stateKey(QStringLiteral("revealed")));
    for (int c = 0; c < CustomerModel::ColumnCount; ++c)
        m_model->setRevealed(c, false);
    m_restoring = false;
}

void CustomersPage::saveViewState()
{
    if (m_restoring || !m_session->isReady())
        return;
    QSettings settings;
    settings.setValue(stateKey(QStringLiteral("header")), m_table->horizontalHeader()->saveState());
}

void CustomersPage::applyDateFilter()
{
    m_from->setEnabled(m_dated->isChecked());
    m_to->setEnabled(m_dated->isChecked());
    if (!m_dated->isChecked()) {
        m_proxy->setAssociatedRange(QDateTime(), QDateTime());
    } else {
        m_proxy->setAssociatedRange(m_from->date().startOfDay(), m_to->date().endOfDay());
    }
    updateCount();
}

void CustomersPage::setSearch(const QString &text)
{
    m_search->setText(text);
}

void CustomersPage::showLowBalance(const Decimal &threshold)
{
    m_below->showBelow(threshold);
}

void CustomersPage::applyBalanceFilter()
{
    m_proxy->setBalanceBelow(m_below->limit());
    updateCount();
}

QString CustomersPage::resellerScope() const
{
    return m_reseller->indirectPartnerId();
}

void CustomersPage::setResellerScope(const QString &indirectPartnerId)
{
    if (indirectPartnerId != resellerScope() && m_reseller->setIndirectPartnerId(indirectPartnerId))
        reload();
}

void CustomersPage::reload()
{
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_model->setCurrency(m_session->currency());
    m_below->setCurrency(m_session->currency());
    // Transfers are the China site's; the International site's partners have none to offer.
    const bool transfers = m_session->client()->offers("UpdateCustomerAccountAmount");
    m_allocate->setVisible(transfers);
    m_reclaim->setVisible(transfers);
    m_below->setVisible(m_session->client()->offers("ListCustomersBalancesDetail"));
    // Resale is 代售 ("2") on the China site, 转售 ("3") on the International site.
    const QString resale = m_session->international() ? QStringLiteral("3") : QStringLiteral("2");
    m_type->setItemData(1, resale);
    m_type->setItemText(1, CustomerModel::associationLabel(resale));
    Operations::CustomerFilter filter;
    filter.indirectPartnerId = m_reseller->indirectPartnerId();
    // The whole list is kept in the local cache: a start with a saved list shows it at once
    // and refreshes it in place.
    const ResponseCache *cache = m_session->cache();
    m_snapshot->setTarget(filter.indirectPartnerId.isEmpty() && cache ? cache->file() : QString(),
                          m_session->client()->domainId());
    if (m_model->rowCount() == 0 && m_snapshot->canRestore())
        m_snapshot->restore([this, filter] { m_loader->start(filter); });
    else
        m_loader->start(filter);
}

int CustomersPage::selectedSourceRow() const
{
    const QList<int> rows = selectedAgencyRows();
    return rows.size() == 1 && m_table->selectionModel()->selectedRows().size() == 1 ? rows.first()
                                                                                     : -1;
}

QList<int> CustomersPage::selectedAgencyRows() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows()) {
        const int row = m_proxy->mapToSource(i).row();
        // Funds move only for 代售 (agency-sale) customers.
        if (m_model->customer(row).associationType == u"2")
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

int CustomersPage::shownRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.size() == 1 ? m_proxy->mapToSource(rows.first()).row() : -1;
}

void CustomersPage::updateActions()
{
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    const int agency = int(selectedAgencyRows().size());
    m_allocate->setText(agency > 1 ? tr("Allocate to %n customer(s)…", nullptr, agency)
                                   : tr("Allocate…"));
    m_reclaim->setText(agency > 1 ? tr("Reclaim from %n customer(s)…", nullptr, agency)
                                  : tr("Reclaim…"));
    const QString why = selected > agency ? tr("Funds can be allocated to and reclaimed from "
                                               "agency-sale customers only.")
                                          : QString();
    m_allocate->setToolTip(why);
    m_reclaim->setToolTip(why);
    m_gate->setEnabled(m_allocate, agency >= 1);
    m_gate->setEnabled(m_reclaim, agency >= 1);
    m_gate->setEnabled(m_unbind, selected == 1);
}

void CustomersPage::allocate()
{
    openBatchTransfer(true);
}

void CustomersPage::openBatchTransfer(bool allocate)
{
    const QList<int> rows = selectedAgencyRows();
    if (rows.size() <= 1) {
        openTransfer(allocate);
        return;
    }
    QList<BatchTransferDialog::Target> targets;
    QStringList ids;
    for (int row : rows) {
        const Customer &c = m_model->customer(row);
        targets.append({c, m_model->data(m_model->index(row, CustomerModel::Name)).toString(),
                        m_model->balance(row)});
        ids.append(c.customerId);
    }
    auto *dialog = new BatchTransferDialog(
        m_session, targets, allocate ? FundsWrites::Kind::Allocate : FundsWrites::Kind::Reclaim,
        FundsWrites::Target::Customer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    emit batchDialogOpened(dialog);
    dialog->open();
}

void CustomersPage::reclaim()
{
    openBatchTransfer(false);
}

QStringList CustomersPage::selectedCustomerIds() const
{
    QStringList ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids.append(m_model->customer(m_proxy->mapToSource(i).row()).customerId);
    return ids;
}

void CustomersPage::exportTable()
{
    if (ExportDialog *dialog = ExportDialog::openFor(m_session, m_table, tr("customers"), this))
        emit exportDialogOpened(dialog);
}

void CustomersPage::unbind()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const int row = m_proxy->mapToSource(rows.first()).row();
    auto *dialog =
        new UnbindDialog(m_session, m_model->customer(row),
                         m_model->data(m_model->index(row, CustomerModel::Name)).toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    emit unbindDialogOpened(dialog);
    dialog->open();
}

void CustomersPage::openTransfer(bool allocate)
{
    const int row = selectedSourceRow();
    if (row < 0 || m_model->customer(row).associationType != u"2")
        return;
    const Customer customer = m_model->customer(row);
    // The name as the table shows it: masked unless the user revealed the column.
    const QString shown = m_model->data(m_model->index(row, CustomerModel::Name)).toString();
    auto *dialog = new TransferDialog(
        m_session, allocate ? FundsWrites::Kind::Allocate : FundsWrites::Kind::Reclaim, customer,
        shown, m_model->balance(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    emit transferDialogOpened(dialog);
    dialog->open();
}

void CustomersPage::updateCount()
{
    QString text =
        m_proxy->rowCount() == m_model->rowCount()
            ? tr("%n customer(s)", nullptr, m_model->rowCount())
            : tr("%1 of %n customer(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount());
    const QDateTime saved = m_snapshot->restoredFrom();
    if (saved.isValid())
        text += QStringLiteral(" · ") +
                tr("saved list of %1, names masked until refreshed")
                    .arg(locale().toString(saved.toLocalTime(), QLocale::ShortFormat));
    m_count->setText(text);
}

void CustomersPage::retranslate()
{
    m_from->setAccessibleName(tr("Associated from"));
    m_to->setAccessibleName(tr("Associated until"));
    m_table->setAccessibleName(tr("Customers"));
    m_search->setPlaceholderText(tr("Search name, account, customer ID, tag or manager"));
    m_label->setPlaceholderText(tr("Tag"));
    m_manager->setPlaceholderText(tr("Account manager"));
    m_dated->setText(tr("Associated between"));
    m_type->setItemText(0, tr("All association types"));
    m_type->setItemText(1, CustomerModel::associationLabel(m_type->itemData(1).toString()));
    m_type->setItemText(2, CustomerModel::associationLabel(QStringLiteral("1")));
    m_reload->setText(tr("Refresh"));
    m_more->setText(tr("More"));
    m_unbind->setText(tr("Unbind…"));
    m_unbindRequests->setText(tr("Unbind requests…"));
    m_export->setText(tr("Export…"));
    m_cancel->setText(tr("Cancel"));
    m_progress->setFormat(tr("Loading customers: %v of %m"));
    m_model->setLocale(locale());
    updateCount();
    updateActions();
}

void CustomersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool CustomersPage::focus(const QString &what, const QVariant &value)
{
    if (what == u"search") {
        setSearch(value.toString());
        // Opening one customer (the palette, an alert) selects it, so its detail shows.
        if (m_proxy->rowCount() == 1)
            m_table->selectRow(0);
        return true;
    }
    if (what == u"lowBalance") { // the overview's alert is about our own customers
        const std::optional<Decimal> threshold = Decimal::parse(value.toString());
        if (!threshold)
            return false;
        setResellerScope(QString());
        showLowBalance(*threshold);
        return true;
    }
    return false;
}
