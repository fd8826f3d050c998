#include "pages/marketplacepage.h"

#include "core/billperiod.h"
#include "core/settlementflow.h"
#include "core/statuslabels.h"
#include "dialogs/exportdialog.h"
#include "dialogs/settlementdetailsdialog.h"
#include "models/recordfilterproxy.h"
#include "models/recordtablemodel.h"
#include "ops/consolelinks.h"
#include "ops/marketplaceloader.h"
#include "ops/overview.h"
#include "ops/session.h"
#include "ops/workspace.h"
#include "pages/perioddiffpanel.h"
#include "pages/statementpanel.h"
#include "widgets/choicebox.h"
#include "widgets/datatableview.h"
#include "widgets/flowlayout.h"
#include "widgets/icons.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

const QString kAction = QStringLiteral("action");
} // namespace

MarketplacePage::MarketplacePage(Workspace *workspace, QWidget *parent)
    : Page(parent)
    , m_session(workspace->session())
    , m_model(workspace->marketplace().bills)
    , m_proxy(new RecordFilterProxy(this))
    , m_tabs(new QTabWidget(this))
    , m_kinds(new QTabBar(this))
    , m_status(new ChoiceBox(this))
    , m_period(new ChoiceBox(this))
    , m_search(new QLineEdit(this))
    , m_reload(new QPushButton(Icons::get(QStringLiteral("refresh")), QString(), this))
    , m_details(new QPushButton(Icons::get(QStringLiteral("details")), QString(), this))
    , m_periodLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_note(new QLabel(this))
    , m_count(new QLabel(this))
    , m_table(new DataTableView(this))
    , m_diff(new PeriodDiffPanel(m_session, this))
    , m_statement(new StatementPanel(m_session, this))
{
    m_loader = workspace->marketplace().loader;
    connect(m_loader, &MarketplaceLoader::failed, this, &MarketplacePage::failed);
    connect(m_loader, &MarketplaceLoader::billsListed, m_table,
            &DataTableView::resizeColumnsToContents);
    connect(m_loader, &MarketplaceLoader::billsLoaded, this, [this] {
        m_proxy->invalidate();
        emit loaded();
    });
    m_search->setObjectName(QStringLiteral("search")); // Ctrl+F
    // Saved views capture these (ViewState).
    m_kinds->setObjectName(QStringLiteral("filter.kind"));
    m_status->setObjectName(QStringLiteral("filter.status"));
    m_period->setObjectName(QStringLiteral("filter.period"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSearchFields({QStringLiteral("customers")});
    m_table->setModel(m_proxy);
    m_kinds->addTab(QString());
    m_kinds->addTab(QString());
    m_kinds->setTabData(0, QStringLiteral("non_general"));
    m_kinds->setTabData(1, QStringLiteral("general"));
    m_status->addItem(QString(), QString());
    m_status->addItem(QString(), kAction);
    for (const QString &s : SettlementFlow::allStatuses())
        m_status->addItem(QString(), s);
    m_period->addItem(QString(), QString());
    for (const QString &p : BillPeriod::recent(13))
        m_period->addItem(p, p);
    m_search->setClearButtonEnabled(true);
    m_details->setEnabled(false);
    m_note->setWordWrap(true);
    m_note->setOpenExternalLinks(false);
    m_note->hide();

    auto *bar = new FlowLayout; // wraps rather than widening the page
    bar->addTogether({m_statusLabel, m_status});
    bar->addTogether({m_periodLabel, m_period});
    bar->addWidget(m_search);
    bar->addWidget(m_reload);
    bar->addWidget(m_details);
    auto *bills = new QWidget(this);
    auto *billsLayout = new QVBoxLayout(bills);
    billsLayout->addWidget(m_kinds);
    billsLayout->addLayout(bar);
    billsLayout->addWidget(m_note);
    billsLayout->addWidget(m_table, 1);
    billsLayout->addWidget(m_count);
    m_tabs->addTab(bills, QString());
    m_tabs->addTab(m_diff, QString());
    m_tabs->addTab(m_statement, QString());
    // The table's context menu offers the page's actions on the selected rows.
    m_table->addRowAction(m_details);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_kinds, &QTabBar::currentChanged, this, &MarketplacePage::reload);
    connect(m_status, &QComboBox::currentIndexChanged, this, &MarketplacePage::reload);
    connect(m_period, &QComboBox::currentIndexChanged, this, &MarketplacePage::reload);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &RecordFilterProxy::setSearch);
    connect(m_reload, &QPushButton::clicked, this, [this] {
        m_loader->forgetCustomers(); // Refresh reads every bill's items again
        reload();
    });
    connect(m_details, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_table->currentIndex();
        if (i.isValid())
            openDetails(m_proxy->mapToSource(i).row());
    });
    connect(m_table, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &i) { openDetails(m_proxy->mapToSource(i).row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &i) { m_details->setEnabled(i.isValid()); });
    connect(m_note, &QLabel::linkActivated, this, [this] {
        QDesktopServices::openUrl(ConsoleLinks::partnerCenter(m_session->international()));
    });
    connect(m_statement, &StatementPanel::imported, m_diff, &PeriodDiffPanel::setImported);
    connect(m_diff, &PeriodDiffPanel::failed, this, &MarketplacePage::failed);
    auto count = [this] { m_count->setText(tr("%n bill(s)", "", m_proxy->rowCount())); };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, count);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, count);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, count);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, count);
    retranslate();
}

void MarketplacePage::setKind(const QString &kind)
{
    m_kinds->setCurrentIndex(kind == u"general" ? 1 : 0);
}

void MarketplacePage::setStatusFilter(const QString &status)
{
    const int i = m_status->findData(status);
    m_status->setCurrentIndex(i < 0 ? 0 : i);
}

void MarketplacePage::setPeriodFilter(const QString &period)
{
    int i = m_period->findData(period);
    if (i < 0 && BillPeriod::isValid(period)) {
        m_period->addItem(period, period);
        i = m_period->count() - 1;
    }
    m_period->setCurrentIndex(i < 0 ? 0 : i);
}

void MarketplacePage::setSearch(const QString &text)
{
    m_search->setText(text);
}

void MarketplacePage::showAwaitingAction()
{
    m_tabs->setCurrentIndex(0);
    m_search->clear();
    m_period->setCurrentIndex(0);
    setStatusFilter(kAction);
}

void MarketplacePage::reload()
{
    m_model->setCurrency(m_session->currency());
    const bool sandbox = m_session->isSandbox();
    m_note->setVisible(!sandbox);
    m_table->setEnabled(sandbox);
    if (!sandbox) {
        m_model->setRecords({});
        emit loaded();
        return;
    }
    const QString kind = m_kinds->tabData(m_kinds->currentIndex()).toString();
    const QString status = m_status->currentData().toString();
    const QString period = m_period->currentData().toString();
    m_proxy->setFieldIn(QStringLiteral("status"),
                        status == kAction ? Overview::partnerActionStatuses() : QStringList());
    m_loader->loadBills(kind, status == kAction ? QString() : status, period);
}

SettlementDetailsDialog *MarketplacePage::openDetails(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_model->rowCount())
        return nullptr;
    const QString id = m_model->record(sourceRow).value(QLatin1String("settlement_id")).toString();
    auto *dialog = new SettlementDetailsDialog(m_session, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettlementDetailsDialog::failed, this, &MarketplacePage::failed);
    emit detailsOpened(dialog);
    dialog->open();
    return dialog;
}

void MarketplacePage::exportCurrent()
{
    switch (m_tabs->currentIndex()) {
    case 1:
        m_diff->exportDiff();
        break;
    case 2:
        m_statement->exportLines();
        break;
    default:
        ExportDialog::openFor(m_session, m_table, tr("settlement bills"), this);
        break;
    }
}

void MarketplacePage::retranslate()
{
    m_tabs->setTabText(0, tr("Settlement bills"));
    m_tabs->setTabText(1, tr("Period diff"));
    m_tabs->setTabText(2, tr("Imported statement"));
    m_kinds->setTabText(0, tr("Non-general products"));
    m_kinds->setTabText(1, tr("General products"));
    m_statusLabel->setText(tr("Status"));
    m_periodLabel->setText(tr("Bill period (UTC+8)"));
    m_status->setItemText(0, tr("All statuses"));
    m_status->setItemText(1, tr("Waiting for my action"));
    for (int i = 2; i < m_status->count(); ++i)
        m_status->setItemText(i, StatusLabels::settlementStatus(m_status->itemData(i).toString()));
    m_period->setItemText(0, tr("All periods"));
    m_search->setPlaceholderText(tr("Search product, bill, customer name or ID"));
    m_reload->setText(tr("Refresh"));
    m_details->setText(tr("Details…"));
    m_note->setText(
        tr("Settlement bills have no public API. In the Partner Center: Sales > Marketplace > "
           "Settlements (<a href=\"console\">open the console</a>). Export the statement there and "
           "import it on the Imported statement tab to reconcile and compare periods here."));
    m_count->setText(tr("%n bill(s)", "", m_proxy->rowCount()));
    m_model->setLocale(locale());
}

void MarketplacePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool MarketplacePage::focus(const QString &what, const QVariant &value)
{
    if (what == u"awaitingAction")
        showAwaitingAction();
    else if (what == u"search")
        setSearch(value.toString());
    else
        return false;
    return true;
}
