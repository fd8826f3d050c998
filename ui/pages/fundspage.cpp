#include "pages/fundspage.h"

#include "core/billperiod.h"
#include "core/money.h"
#include "core/statuslabels.h"
#include "dialogs/exportdialog.h"
#include "models/partneraccount.h"
#include "models/recordtablemodel.h"
#include "ops/consolelinks.h"
#include "ops/consolewrites.h"
#include "ops/fundsloader.h"
#include "ops/session.h"
#include "ops/verifiedwrite.h"
#include "ops/workspace.h"
#include "ops/writeeffects.h"
#include "ops/writeoutcometext.h"
#include "ops/writerefresh.h"
#include "widgets/choicebox.h"
#include "widgets/datatableview.h"
#include "widgets/icons.h"
#include "widgets/resellerscopebox.h"
#include "widgets/writegate.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

QWidget *tab(QLayout *filters, DataTableView *table, QWidget *parent)
{
    auto *w = new QWidget(parent);
    auto *l = new QVBoxLayout(w);
    l->addLayout(filters);
    l->addWidget(table, 1);
    return w;
}

} // namespace

FundsPage::FundsPage(Workspace *workspace, QWidget *parent)
    : Page(parent)
    , m_session(workspace->session())
    , m_changes(workspace->funds().changes)
    , m_adjust(workspace->funds().adjust)
    , m_agreements(workspace->funds().agreements)
    , m_scope(new ResellerScopeBox(m_session, this, ResellerScopeBox::Purpose::Account))
    , m_overview(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    // The BSS's dates are Beijing dates (UTC+8): "today" is its today, whatever the local zone,
    // or the newest records vanish in the hours when the two days differ.
    , m_from(new QDateEdit(BillPeriod::today().addMonths(-3), this))
    , m_to(new QDateEdit(BillPeriod::today(), this))
    , m_tradeType(new ChoiceBox(this))
    , m_adjustType(new ChoiceBox(this))
    , m_target(new QLineEdit(this))
    , m_remitter(new QLineEdit(this))
    , m_remitterType(new ChoiceBox(this))
    , m_add(new QPushButton(Icons::get(QStringLiteral("add")), QString(), this))
    , m_void(new QPushButton(Icons::get(QStringLiteral("void")), QString(), this))
    , m_agencyNote(new QLabel(this))
    , m_changeTable(new DataTableView(this))
    , m_adjustTable(new DataTableView(this))
    , m_agreementTable(new DataTableView(this))
{
    m_gate = new WriteGate(m_session->client(), this);
    m_loader = workspace->funds().loader;
    connect(m_loader, &FundsLoader::failed, this, &FundsPage::failed);
    // A write anywhere in the app (a page, a batch, the detail pane) that moved money or coupon
    // quotas: the figures and records reload by themselves, once per burst of writes.
    auto *refresh = new WriteRefresh(
        m_session, WriteEffects::Balances | WriteEffects::Ledger | WriteEffects::Quotas, this);
    connect(refresh, &WriteRefresh::due, this, [this] {
        loadOverview();
        loadChanges();
        loadAdjustRecords();
    });
    connect(m_loader, &FundsLoader::accountLoaded, this, [this](const PartnerAccount &a) {
        const QString cur = m_session->currency();
        auto fmt = [this, &cur](const Decimal &d) {
            return d.isValid() ? Money(d, cur).format(locale()) : QStringLiteral("—");
        };
        m_cash = fmt(a.cash);
        m_allocatable = fmt(a.allocatable);
        m_credit = fmt(a.creditLine);
        m_due = fmt(a.amountDue);
        showOverview();
        emit loaded();
    });
    connect(m_loader, &FundsLoader::quotasLeft, this, [this](const Decimal &total) {
        m_quota = Money(total, m_session->currency()).format(locale());
        showOverview();
    });
    connect(m_loader, &FundsLoader::changesLoaded, this, [this] {
        m_changeTable->resizeColumnsToContents();
        emit changesLoaded();
    });
    connect(m_loader, &FundsLoader::adjustRecordsLoaded, this, [this] {
        m_adjustTable->resizeColumnsToContents();
        emit adjustRecordsLoaded();
    });
    m_target->setObjectName(QStringLiteral("search")); // Ctrl+F
    // Saved views capture these (ViewState).
    m_from->setObjectName(QStringLiteral("filter.from"));
    m_to->setObjectName(QStringLiteral("filter.to"));
    m_tradeType->setObjectName(QStringLiteral("filter.tradeType"));
    m_adjustType->setObjectName(QStringLiteral("filter.adjustType"));
    m_changeTable->setSortableModel(m_changes);
    m_adjustTable->setSortableModel(m_adjust);
    m_agreementTable->setSortableModel(m_agreements);
    m_overview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_overview->setWordWrap(true); // never widens the window
    m_overview->setStyleSheet(QStringLiteral("QLabel { padding: 8px; border: 1px solid #ccc; }"));
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    for (const char *t : {"", "RECHARGE", "DEDEUCT", "BEADJUST", "BERETRIEVE", "BEUNBIND"})
        m_tradeType->addItem(QString(), QLatin1String(t));
    for (const char *t : {"", "SOURCE_OPERATION_BEADJUST", "SOURCE_OPERATION_BERETRIEVE",
                          "SOURCE_OPERATION_BEUNBIND"})
        m_adjustType->addItem(QString(), QLatin1String(t));
    m_target->setClearButtonEnabled(true);
    m_remitterType->addItem(QString(), QStringLiteral("ENTERPRISE"));
    m_remitterType->addItem(QString(), QStringLiteral("INDIVIDUAL"));
    m_agencyNote->setWordWrap(true);

    auto *changeBar = new QHBoxLayout;
    changeBar->addWidget(m_from);
    changeBar->addWidget(m_to);
    changeBar->addWidget(m_tradeType);
    changeBar->addStretch(1);
    auto *adjustBar = new QHBoxLayout;
    adjustBar->addWidget(m_adjustType);
    adjustBar->addWidget(m_target, 1);
    auto *agencyBar = new QHBoxLayout;
    agencyBar->addWidget(m_remitter, 1);
    agencyBar->addWidget(m_remitterType);
    agencyBar->addWidget(m_add);
    agencyBar->addWidget(m_void);
    auto *agency = tab(agencyBar, m_agreementTable, this);
    agency->layout()->addWidget(m_agencyNote);
    m_tabs->addTab(tab(changeBar, m_changeTable, this), QString());
    m_tabs->addTab(tab(adjustBar, m_adjustTable, this), QString());
    m_tabs->addTab(agency, QString());
    m_export = new QPushButton(Icons::get(QStringLiteral("export")), QString(), this);
    m_export->setObjectName(QStringLiteral("export"));
    QPushButton *exportButton = m_export;
    // The table's context menu offers the page's actions on the selected rows.
    m_agreementTable->addRowAction(m_void);
    m_changeTable->addRowAction(m_export);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_scope, 0, Qt::AlignTop);
    top->addWidget(m_overview, 1);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(exportButton, 0, Qt::AlignRight);

    connect(m_scope, &ResellerScopeBox::scopeChanged, this, &FundsPage::reloadScoped);
    connect(m_from, &QDateEdit::dateChanged, this, &FundsPage::loadChanges);
    connect(m_to, &QDateEdit::dateChanged, this, &FundsPage::loadChanges);
    connect(m_tradeType, &QComboBox::activated, this, &FundsPage::loadChanges);
    connect(m_adjustType, &QComboBox::activated, this, &FundsPage::loadAdjustRecords);
    connect(m_target, &QLineEdit::editingFinished, this, &FundsPage::loadAdjustRecords);
    connect(exportButton, &QPushButton::clicked, this, &FundsPage::exportCurrent);
    connect(m_add, &QPushButton::clicked, this,
            [this] { addAgreement(m_remitter->text(), m_remitterType->currentData().toString()); });
    connect(m_void, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_agreementTable->selectionModel()->selectedRows();
        if (rows.size() != 1)
            return;
        auto *proxy = static_cast<QSortFilterProxyModel *>(m_agreementTable->model());
        const QString id = m_agreements->record(proxy->mapToSource(rows.first()).row())
                               .value(QLatin1String("agreement_id"))
                               .toString();
        auto *ask = new QMessageBox(QMessageBox::Question, tr("Void the agreement"),
                                    tr("Void payment agreement %1? Remittances in that name "
                                       "will no longer be accepted for your account.")
                                        .arg(id),
                                    QMessageBox::NoButton, this);
        // The buttons say what they do (作废 / 保留), not yes or no.
        QPushButton *confirm = ask->addButton(tr("Void"), QMessageBox::AcceptRole);
        ask->addButton(tr("Keep it"), QMessageBox::RejectRole);
        ask->setAttribute(Qt::WA_DeleteOnClose);
        connect(confirm, &QPushButton::clicked, this, [this, id] { voidAgreement(id); });
        ask->open(); // not exec(): no nested event loop
    });
    // Only an agreement in effect can be voided.
    auto updateVoid = [this] {
        const QModelIndexList rows = m_agreementTable->selectionModel()->selectedRows();
        auto *proxy = static_cast<QSortFilterProxyModel *>(m_agreementTable->model());
        const bool effective =
            rows.size() == 1 && m_agreements->record(proxy->mapToSource(rows.first()).row())
                                        .value(QLatin1String("status"))
                                        .toString() == u"EFFECTIVE";
        m_gate->setEnabled(m_void, m_session->isSandbox() && effective);
    };
    connect(m_agreementTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            updateVoid);
    connect(m_agreements, &QAbstractItemModel::modelReset, this, updateVoid);
    retranslate();
}

QString FundsPage::overviewText() const
{
    return m_overview->text();
}

void FundsPage::setResellerScope(const QString &indirectPartnerId)
{
    if (indirectPartnerId != m_scope->indirectPartnerId() &&
        m_scope->setIndirectPartnerId(indirectPartnerId))
        reloadScoped();
}

void FundsPage::reloadScoped()
{
    loadOverview();
    loadChanges();
    loadAdjustRecords();
}

void FundsPage::reload()
{
    m_changes->setCurrency(m_session->currency());
    m_adjust->setCurrency(m_session->currency());
    loadOverview();
    loadChanges();
    loadAdjustRecords();
    loadAgreements();
}

void FundsPage::loadOverview()
{
    m_cash.clear();
    m_allocatable.clear();
    m_credit.clear();
    m_due.clear();
    m_quota.clear();
    showOverview();
    m_loader->loadAccount(m_scope->indirectPartnerId()); // a reseller's account, or ours
}

void FundsPage::showOverview()
{
    auto v = [](const QString &s) { return s.isEmpty() ? QStringLiteral("…") : s; };
    m_overview->setText(
        tr("Cash balance %1 (top-up account) · Allocatable %2 (cash less earmarked) · Credit line "
           "%3 (credit account), amount due %4 · Coupon quotas left %5 (vouchers, not money)")
            .arg(v(m_cash), v(m_allocatable), v(m_credit), v(m_due), v(m_quota)));
}

void FundsPage::loadChanges()
{
    FundsLoader::ChangeFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.tradeType = m_tradeType->currentData().toString();
    f.scope = m_scope->indirectPartnerId();
    const QString problem = FundsLoader::checkChanges(f);
    m_from->setToolTip(problem.isEmpty() ? tr("At most one year at a time") : problem);
    m_loader->loadChanges(f); // bad dates: nothing is sent; the date field says why
}

void FundsPage::showTradeType(const QString &type)
{
    m_tabs->setCurrentIndex(0);
    m_tradeType->setCurrentIndex(qMax(0, m_tradeType->findData(type)));
    loadChanges();
}

QString FundsPage::tradeType() const
{
    return m_tradeType->currentData().toString();
}

void FundsPage::loadAdjustRecords()
{
    FundsLoader::AdjustFilter f;
    f.operationType = m_adjustType->currentData().toString();
    f.customerId = m_target->text().trimmed();
    f.scope = m_scope->indirectPartnerId();
    const QString problem = FundsLoader::checkAdjust(f);
    m_target->setToolTip(problem);
    if (problem.isEmpty())
        m_loader->loadAdjustRecords(f); // nothing is sent on bad input
}

void FundsPage::loadAgreements()
{
    const bool sandbox = m_session->isSandbox();
    m_gate->setEnabled(m_add, sandbox);
    m_gate->setEnabled(m_void, false); // until an agreement in effect is selected
    m_remitter->setEnabled(sandbox);
    showAgencyNote(m_agencyText); // the no-API note off the sandbox
    if (!sandbox) {
        m_agreements->setRecords({});
        return; // no public API: the note says where to go
    }
    m_loader->loadAgreements();
}

void FundsPage::addAgreement(const QString &name, const QString &type)
{
    runAgreementWrite(ConsoleWrites::addAgreement(name, type));
}

void FundsPage::voidAgreement(const QString &id)
{
    runAgreementWrite(ConsoleWrites::voidAgreement(id));
}

// The payment agreements' note: the last write's outcome (rendered again after a language
// switch) on the sandbox; elsewhere where the console has them, as they have no public API.
void FundsPage::showAgencyNote(const std::function<QString()> &text)
{
    m_agencyText = text;
    if (!m_session->isSandbox())
        m_agencyNote->setText(tr("Payment agreements have no public API. In the Partner Center: "
                                 "Funds > Recharge > Bank transfer > Add another remitter name; "
                                 "they are listed under Payment agreements."));
    else
        m_agencyNote->setText(m_agencyText ? m_agencyText() : QString());
}

void FundsPage::runAgreementWrite(const WriteSpec &spec)
{
    auto *write = new VerifiedWrite(m_session->writer(), spec, this);
    const bool add = spec.operation == u"SandboxCreatePaymentAgreement";
    connect(write, &VerifiedWrite::checking, this, [this](const WriteOutcome &o) {
        showAgencyNote([o] { return WriteOutcomeText::checking(o); });
    });
    connect(write, &VerifiedWrite::finished, this, [this, write, add](const WriteOutcome &o) {
        write->deleteLater();
        if (o.kind == WriteOutcome::Kind::Done) {
            if (add)
                m_remitter->clear();
            showAgencyNote([o, add] {
                return add ? tr("Agreement %1 is in effect.").arg(o.reference)
                           : tr("Agreement %1 was voided.").arg(o.reference);
            });
        } else {
            showAgencyNote([o] { return WriteOutcomeText::describe(o); });
        }
        if (!o.sent && o.kind != WriteOutcome::Kind::Skipped)
            return;               // bad input or no audit log: nothing changed
        emit agreementsChanged(); // the list reloads by itself (Workspace: WriteEffects)
    });
    write->start();
}

void FundsPage::exportCurrent()
{
    DataTableView *table = m_tabs->currentIndex() == 0   ? m_changeTable
                           : m_tabs->currentIndex() == 1 ? m_adjustTable
                                                         : m_agreementTable;
    ExportDialog::openFor(m_session, table, m_tabs->tabText(m_tabs->currentIndex()), this);
}

void FundsPage::retranslate()
{
    m_export->setText(tr("Export…"));
    m_from->setAccessibleName(tr("Records from"));
    m_to->setAccessibleName(tr("Records until"));
    m_tabs->setTabText(0, tr("Account records"));
    m_tabs->setTabText(1, tr("Adjust records"));
    m_tabs->setTabText(2, tr("Payment agreements"));
    m_tradeType->setItemText(0, tr("All types"));
    m_tradeType->setItemText(
        1, StatusLabels::tradeDetail(QStringLiteral("SOURCE_OPERAIION_RECHARGE")));
    m_tradeType->setItemText(2,
                             StatusLabels::tradeDetail(QStringLiteral("SOURCE_OPERAIION_DEDEUCT")));
    m_tradeType->setItemText(3,
                             StatusLabels::adjustType(QStringLiteral("SOURCE_OPERATION_BEADJUST")));
    m_tradeType->setItemText(
        4, StatusLabels::adjustType(QStringLiteral("SOURCE_OPERATION_BERETRIEVE")));
    m_tradeType->setItemText(5,
                             StatusLabels::adjustType(QStringLiteral("SOURCE_OPERATION_BEUNBIND")));
    m_adjustType->setItemText(0, tr("All types"));
    for (int i = 1; i < m_adjustType->count(); ++i)
        m_adjustType->setItemText(i,
                                  StatusLabels::adjustType(m_adjustType->itemData(i).toString()));
    m_from->setToolTip(tr("At most one year at a time"));
    m_target->setPlaceholderText(tr("Customer or reseller ID"));
    m_remitter->setPlaceholderText(tr("Other remitter's account name"));
    m_remitterType->setItemText(0, tr("Enterprise"));
    m_remitterType->setItemText(1, tr("Individual"));
    m_add->setText(tr("Add remitter"));
    m_void->setText(tr("Void…"));
    showAgencyNote(m_agencyText);
    m_changes->setLocale(locale());
    m_adjust->setLocale(locale());
    m_agreements->setLocale(locale());
    showOverview();
}

void FundsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool FundsPage::focus(const QString &what, const QVariant &value)
{
    if (what != u"tradeType")
        return false;
    showTradeType(value.toString());
    return true;
}
