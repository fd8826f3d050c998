#include "pages/couponspage.h"

#include "core/statuslabels.h"
#include "dialogs/batchreclaimdialog.h"
#include "dialogs/exportdialog.h"
#include "models/batchrunner.h"
#include "models/couponfilterproxy.h"
#include "models/couponmodel.h"
#include "ops/couponsloader.h"
#include "ops/session.h"
#include "ops/workspace.h"
#include "widgets/choicebox.h"
#include "widgets/datatableview.h"
#include "widgets/flowlayout.h"
#include "widgets/icons.h"
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
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

CouponsPage::CouponsPage(Workspace *workspace, QWidget *parent)
    : Page(parent)
    , m_session(workspace->session())
    , m_model(workspace->coupons().model)
    , m_proxy(new CouponFilterProxy(this))
    , m_scope(new ResellerScopeBox(m_session, this))
    , m_status(new ChoiceBox(this))
    , m_customer(new QLineEdit(this))
    , m_expiring(new QCheckBox(this))
    , m_from(new QDateEdit(QDate::currentDate(), this))
    , m_to(new QDateEdit(QDate::currentDate().addMonths(3), this))
    , m_reload(new QPushButton(Icons::get(QStringLiteral("refresh")), QString(), this))
    , m_reclaim(new QPushButton(Icons::get(QStringLiteral("reclaim")), QString(), this))
    , m_export(new QPushButton(Icons::get(QStringLiteral("export")), QString(), this))
    , m_progress(new QProgressBar(this))
    , m_count(new QLabel(this))
    , m_table(new DataTableView(this))
{
    m_gate = new WriteGate(m_session->client(), this);
    m_loader = workspace->coupons().loader;
    connect(m_loader, &CouponsLoader::progress, this, [this](int loaded, int total) {
        m_progress->setMaximum(std::max(total, 1));
        m_progress->setValue(loaded);
        updateCount();
    });
    connect(m_loader, &CouponsLoader::loaded, this, [this] {
        m_progress->hide();
        updateCount();
        emit loaded();
    });
    connect(m_loader, &CouponsLoader::failed, this, [this](const BssError &error) {
        m_progress->hide();
        updateCount();
        emit failed(error);
    });
    m_customer->setObjectName(QStringLiteral("search")); // Ctrl+F
    // Saved views capture these (ViewState).
    m_status->setObjectName(QStringLiteral("filter.status"));
    m_expiring->setObjectName(QStringLiteral("filter.expiring"));
    m_from->setObjectName(QStringLiteral("filter.from"));
    m_to->setObjectName(QStringLiteral("filter.to"));
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    for (int s = 0; s <= 5; ++s)
        m_status->addItem(QString(), s);
    m_customer->setClearButtonEnabled(true);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setEnabled(false);
    }
    m_progress->hide();
    auto *bar = new FlowLayout; // wraps rather than widening the page
    bar->addWidget(m_scope);
    bar->addWidget(m_status);
    bar->addWidget(m_customer);
    bar->addWidget(m_expiring);
    bar->addWidget(m_from);
    bar->addWidget(m_to);
    bar->addWidget(m_reload);
    bar->addWidget(m_reclaim);
    bar->addWidget(m_export);
    bar->addWidget(m_progress);
    bar->addWidget(m_count);
    // The table's context menu offers the page's actions on the selected rows.
    m_table->addRowAction(m_reclaim);
    m_table->addRowAction(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatus(m_status->currentData().toInt());
        updateCount();
    });
    connect(m_customer, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setCustomer(t);
        updateCount();
    });
    connect(m_expiring, &QCheckBox::toggled, this, &CouponsPage::applyExpiry);
    connect(m_from, &QDateEdit::dateChanged, this, &CouponsPage::applyExpiry);
    connect(m_to, &QDateEdit::dateChanged, this, &CouponsPage::applyExpiry);
    connect(m_reload, &QPushButton::clicked, this, &CouponsPage::reload);
    connect(m_scope, &ResellerScopeBox::scopeChanged, this, &CouponsPage::reload);
    connect(m_reclaim, &QPushButton::clicked, this, &CouponsPage::reclaimSelected);
    connect(m_export, &QPushButton::clicked, this, &CouponsPage::exportTable);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_gate->setEnabled(m_reclaim, m_table->selectionModel()->hasSelection()); });
    m_gate->setEnabled(m_reclaim, false);
    retranslate();
}

QString CouponsPage::resellerScope() const
{
    return m_scope->indirectPartnerId();
}

void CouponsPage::setResellerScope(const QString &indirectPartnerId)
{
    if (indirectPartnerId != resellerScope() && m_scope->setIndirectPartnerId(indirectPartnerId))
        reload();
}

void CouponsPage::reload()
{
    m_model->setCurrency(m_session->currency());
    m_progress->setValue(0);
    m_progress->show();
    m_loader->load(m_scope->indirectPartnerId());
}

void CouponsPage::showExpiring(int days)
{
    m_status->setCurrentIndex(m_status->findData(2)); // usable: the ones that can still be used
    m_customer->clear();
    m_from->setDate(QDate::currentDate());
    m_to->setDate(QDate::currentDate().addDays(days));
    m_expiring->setChecked(true);
    applyExpiry();
}

void CouponsPage::applyExpiry()
{
    m_from->setEnabled(m_expiring->isChecked());
    m_to->setEnabled(m_expiring->isChecked());
    m_proxy->setExpiryWindow(m_expiring->isChecked() ? m_from->date().startOfDay() : QDateTime(),
                             m_expiring->isChecked() ? m_to->date().endOfDay() : QDateTime());
    updateCount();
}

void CouponsPage::reclaimSelected()
{
    QList<BatchReclaimDialog::Target> targets;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows()) {
        const int row = m_proxy->mapToSource(i).row();
        targets.append({m_model->coupon(row),
                        m_model->data(m_model->index(row, CouponModel::CustomerName)).toString(),
                        m_scope->indirectPartnerId()});
    }
    if (targets.isEmpty())
        return;
    auto *dialog = new BatchReclaimDialog(m_session, targets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    BatchRunner *runner = dialog->runner();
    connect(runner, &BatchRunner::itemFinished, this, [this, runner](int row) {
        if (runner->state(row) == BatchRunner::State::Done)
            m_model->markReclaimed(runner->item(row).id);
    });
    emit reclaimDialogOpened(dialog);
    dialog->open();
}

void CouponsPage::exportTable()
{
    ExportDialog::openFor(m_session, m_table, tr("coupons"), this);
}

void CouponsPage::updateCount()
{
    m_count->setText(
        m_proxy->rowCount() == m_model->rowCount()
            ? tr("%n coupon(s)", nullptr, m_model->rowCount())
            : tr("%1 of %n coupon(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

void CouponsPage::retranslate()
{
    m_from->setAccessibleName(tr("Expiring from"));
    m_to->setAccessibleName(tr("Expiring until"));
    m_table->setAccessibleName(tr("Issued coupons"));
    m_status->setItemText(0, tr("All statuses"));
    for (int s = 1; s <= 5; ++s)
        m_status->setItemText(s, StatusLabels::couponStatus(s));
    m_customer->setPlaceholderText(tr("Customer name or ID, or coupon ID"));
    m_expiring->setText(tr("Expiring between"));
    m_reload->setText(tr("Refresh"));
    m_reclaim->setText(tr("Reclaim selected…"));
    m_export->setText(tr("Export…"));
    m_model->setLocale(locale());
    updateCount();
}

void CouponsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool CouponsPage::focus(const QString &what, const QVariant &value)
{
    if (what != u"expiring")
        return false;
    setResellerScope(QString()); // the overview's alert is about our own customers' coupons
    showExpiring(value.toInt());
    return true;
}
