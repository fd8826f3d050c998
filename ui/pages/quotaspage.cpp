#include "pages/quotaspage.h"

#include "core/billperiod.h"
#include "dialogs/exportdialog.h"
#include "dialogs/issuecouponsdialog.h"
#include "dialogs/resellerquotadialog.h"
#include "models/couponrecordmodel.h"
#include "models/customermodel.h"
#include "models/quotamodel.h"
#include "ops/quotasloader.h"
#include "ops/resellerdirectory.h"
#include "ops/session.h"
#include "ops/workspace.h"
#include "widgets/datatableview.h"
#include "widgets/icons.h"
#include "widgets/writegate.h"

#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

QuotasPage::QuotasPage(Workspace *workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_session(workspace->session())
    , m_model(workspace->quotas().quotas)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_records(workspace->quotas().records)
    , m_table(new DataTableView(this))
    , m_recordTable(new DataTableView(this))
    , m_reload(new QPushButton(Icons::get(QStringLiteral("refresh")), QString(), this))
    , m_issue(new QPushButton(Icons::get(QStringLiteral("coupon-add")), QString(), this))
    , m_toResellers(new QPushButton(Icons::get(QStringLiteral("allocate")), QString(), this))
    , m_reclaimQuotas(new QPushButton(Icons::get(QStringLiteral("reclaim")), QString(), this))
    , m_resellerModel(workspace->quotas().resellerQuotas)
    , m_resellerTable(new DataTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_customer(new QLineEdit(this))
    // The BSS's dates are Beijing dates (UTC+8): "today" is its today, whatever the local zone,
    // or the newest records vanish in the hours when the two days differ.
    , m_from(new QDateEdit(BillPeriod::today().addMonths(-3), this))
    , m_to(new QDateEdit(BillPeriod::today(), this))
{
    m_gate = new WriteGate(m_session->client(), this);
    m_loader = workspace->quotas().loader;
    connect(m_loader, &QuotasLoader::failed, this, &QuotasPage::failed);
    connect(m_loader, &QuotasLoader::quotasLoaded, this, [this] {
        m_table->resizeColumnsToContents();
        loadRecords();
        loadResellerQuotas();
        emit loaded();
    });
    connect(m_loader, &QuotasLoader::recordsLoaded, this, &QuotasPage::recordsLoaded);
    connect(m_loader, &QuotasLoader::resellerQuotasLoaded, this, [this](bool distributor) {
        // Only a distributor has issued quotas to resellers (or can): show the tab then.
        m_tabs->setTabVisible(1, distributor);
        m_toResellers->setVisible(distributor);
        emit resellerQuotasLoaded();
    });
    m_customer->setObjectName(QStringLiteral("search")); // Ctrl+F
    // Saved views capture these (ViewState).
    m_from->setObjectName(QStringLiteral("filter.from"));
    m_to->setObjectName(QStringLiteral("filter.to"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MaskedTableModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setColumnHidden(QuotaModel::Reseller, true); // own quotas
    m_recordTable->setSortableModel(m_records);
    m_customer->setClearButtonEnabled(true);
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_gate->setEnabled(m_issue, false);
    m_gate->setEnabled(m_toResellers, false);
    m_gate->add(m_reclaimQuotas);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_reload);
    bar->addWidget(m_issue);
    bar->addWidget(m_toResellers);
    bar->addStretch(1);
    auto *recordBar = new QHBoxLayout;
    recordBar->addWidget(m_customer, 1);
    recordBar->addWidget(m_from);
    recordBar->addWidget(m_to);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(bar);
    topLayout->addWidget(m_table);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(recordBar);
    bottomLayout->addWidget(m_recordTable);
    auto *resellers = new QWidget(this);
    auto *resellerLayout = new QVBoxLayout(resellers);
    resellerLayout->setContentsMargins(0, 0, 0, 0);
    resellerLayout->addWidget(m_reclaimQuotas, 0, Qt::AlignLeft);
    resellerLayout->addWidget(m_resellerTable);
    m_resellerTable->setModel(m_resellerModel);
    m_tabs->addTab(bottom, QString());
    m_tabs->addTab(resellers, QString());
    m_tabs->setTabVisible(1, false); // distributors only
    m_toResellers->hide();
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_tabs);
    // The table's context menu offers the page's actions on the selected rows.
    m_table->addRowAction(m_issue);
    m_resellerTable->addRowAction(m_toResellers);
    m_resellerTable->addRowAction(m_reclaimQuotas);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_reload, &QPushButton::clicked, this, &QuotasPage::reload);
    connect(m_issue, &QPushButton::clicked, this, &QuotasPage::issueFromSelected);
    connect(m_toResellers, &QPushButton::clicked, this, &QuotasPage::issueToResellers);
    connect(m_reclaimQuotas, &QPushButton::clicked, this, &QuotasPage::reclaimResellerQuotas);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        const bool usable = rows.size() == 1 &&
                            m_model->quota(m_proxy->mapToSource(rows.first()).row()).status == 0;
        m_gate->setEnabled(m_issue, usable);
        m_gate->setEnabled(m_toResellers, usable);
        loadRecords();
    });
    connect(m_customer, &QLineEdit::editingFinished, this, &QuotasPage::loadRecords);
    connect(m_from, &QDateEdit::dateChanged, this, &QuotasPage::loadRecords);
    connect(m_to, &QDateEdit::dateChanged, this, &QuotasPage::loadRecords);
    retranslate();
}

QString QuotasPage::selectedQuotaId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.size() == 1 ? m_model->quota(m_proxy->mapToSource(rows.first()).row()).quotaId
                            : QString();
}

void QuotasPage::reload()
{
    m_model->setCurrency(m_session->currency());
    m_records->setCurrency(m_session->currency());
    m_loader->loadQuotas();
}

void QuotasPage::loadRecords()
{
    QuotasLoader::RecordFilter f;
    f.quotaId = selectedQuotaId();
    f.customerId = m_customer->text().trimmed();
    f.from = m_from->date();
    f.to = m_to->date();
    m_loader->loadRecords(f);
}

void QuotasPage::issueFromSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const QuotaModel::Quota quota = m_model->quota(m_proxy->mapToSource(rows.first()).row());
    auto *dialog = new IssueCouponsDialog(
        m_session, quota, [w = m_workspace] { return w->selectedCustomers(); },
        [w = m_workspace](const QString &id) { return w->customerName(id); },
        m_workspace->customers().model->rowCount() > 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &IssueCouponsDialog::batchFinished, this, &QuotasPage::reload);
    emit issueDialogOpened(dialog);
    dialog->open();
}

void QuotasPage::loadResellerQuotas()
{
    m_resellerModel->setCurrency(m_session->currency());
    m_loader->loadResellerQuotas();
}

void QuotasPage::issueToResellers()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const QuotaModel::Quota quota = m_model->quota(m_proxy->mapToSource(rows.first()).row());
    ResellerDirectory *directory = m_session->resellers();
    auto open = [this, directory, quota] {
        QList<ResellerQuotaDialog::Reseller> resellers;
        for (const QJsonValue &v : directory->resellers())
            resellers.append({v[QLatin1String("indirect_partner_id")].toString(),
                              ResellerDirectory::label(v.toObject())});
        auto *dialog = new ResellerQuotaDialog(m_session, quota, resellers, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ResellerQuotaDialog::batchFinished, this, &QuotasPage::reload);
        emit resellerDialogOpened(dialog);
        dialog->open();
    };
    if (directory->isLoaded()) {
        open();
        return;
    }
    // Not read yet (the sync is still running): open once the list is in.
    auto *once = new QObject(this);
    connect(directory, &ResellerDirectory::changed, once, [once, open] {
        once->deleteLater();
        open();
    });
    connect(directory, &ResellerDirectory::failed, once, [this, once](const BssError &e) {
        once->deleteLater();
        emit failed(e);
    });
    directory->reload();
}

void QuotasPage::reclaimResellerQuotas()
{
    QList<QuotaModel::Quota> quotas;
    for (const QModelIndex &i : m_resellerTable->selectionModel()->selectedRows())
        quotas.append(m_resellerModel->quota(i.row()));
    if (quotas.isEmpty())
        return;
    auto *dialog = new ResellerQuotaDialog(m_session, quotas, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResellerQuotaDialog::batchFinished, this, &QuotasPage::reload);
    emit resellerDialogOpened(dialog);
    dialog->open();
}

void QuotasPage::retranslate()
{
    m_from->setAccessibleName(tr("Records from"));
    m_to->setAccessibleName(tr("Records until"));
    m_table->setAccessibleName(tr("Coupon quotas"));
    m_recordTable->setAccessibleName(tr("Quota records"));
    m_resellerTable->setAccessibleName(tr("Reseller quotas"));
    m_toResellers->setText(tr("Issue to resellers…"));
    m_reclaimQuotas->setText(tr("Reclaim the selected reseller quotas…"));
    m_tabs->setTabText(0, tr("Operation records"));
    m_tabs->setTabText(1, tr("Reseller quotas"));
    m_resellerModel->setLocale(locale());
    m_reload->setText(tr("Refresh"));
    m_issue->setText(tr("Issue coupons…"));
    m_customer->setPlaceholderText(tr("Records of one customer (customer ID)"));
    m_model->setLocale(locale());
    m_records->setLocale(locale());
}

void QuotasPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QuotasPage::exportCurrent()
{
    DataTableView *table = m_table;
    QString what = tr("coupon quotas");
    if (m_recordTable->hasFocus()) {
        table = m_recordTable;
        what = m_tabs->tabText(0);
    } else if (m_resellerTable->hasFocus()) {
        table = m_resellerTable;
        what = m_tabs->tabText(1);
    }
    ExportDialog::openFor(m_session, table, what, this);
}
