#include "pages/billingpage.h"

#include "core/billperiod.h"
#include "core/money.h"
#include "core/statuslabels.h"
#include "dialogs/exportdialog.h"
#include "models/recordtablemodel.h"
#include "ops/billingloader.h"
#include "ops/session.h"
#include "ops/workspace.h"
#include "widgets/choicebox.h"
#include "widgets/datatableview.h"
#include "widgets/flowlayout.h"
#include "widgets/icons.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFont>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
const char *const kFigures[] = {"due", "consumption", "refunds", "adjustments", "tax"};
} // namespace

BillingPage::BillingPage(Workspace *workspace, QWidget *parent)
    : Page(parent)
    , m_session(workspace->session())
    , m_invoices(workspace->billing().invoices)
    , m_loader(workspace->billing().loader)
    , m_month(new ChoiceBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_reload(new QPushButton(Icons::get(QStringLiteral("refresh")), QString(), this))
    , m_export(new QPushButton(Icons::get(QStringLiteral("export")), QString(), this))
    , m_monthLabel(new QLabel(this))
    , m_rangeLabel(new QLabel(this))
    , m_invoiceTitle(new QLabel(this))
    , m_table(new DataTableView(this))
    , m_coupons(workspace->billing().coupons)
    , m_tabs(new QTabWidget(this))
    , m_couponStatus(new ChoiceBox(this))
    , m_couponStatusLabel(new QLabel(this))
    , m_couponTable(new DataTableView(this))
{
    m_month->setObjectName(QStringLiteral("filter.month")); // saved views capture these
    for (const QString &p : BillPeriod::recent(13))
        m_month->addItem(p, p);
    m_month->setCurrentIndex(1); // last month: this month's bill is still open
    const QDate today = BillPeriod::today();
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setMaximumDate(today);
    }
    m_from->setDate(today.addYears(-1));
    m_to->setDate(today);
    m_table->setSortableModel(m_invoices);
    auto *bar = new FlowLayout; // wraps rather than widening the page
    bar->addWidget(m_monthLabel);
    bar->addWidget(m_month);
    bar->addWidget(m_reload);
    bar->addWidget(m_export);
    auto *grid = new QGridLayout;
    int row = 0;
    for (const char *f : kFigures) {
        Q_UNUSED(f);
        auto *name = new QLabel(this);
        auto *value = new QLabel(this);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(name, row, 0);
        grid->addWidget(value, row, 1);
        m_figures.append(qMakePair(name, value));
        ++row;
    }
    grid->setColumnStretch(2, 1);
    QFont bold = m_invoiceTitle->font();
    bold.setBold(true);
    m_invoiceTitle->setFont(bold);
    auto *invoices = new QWidget(this);
    auto *range = new QHBoxLayout;
    range->addWidget(m_invoiceTitle);
    range->addStretch(1);
    range->addWidget(m_rangeLabel);
    range->addWidget(m_from);
    range->addWidget(m_to);
    auto *il = new QVBoxLayout(invoices);
    il->addLayout(range);
    il->addWidget(m_table, 1);
    m_couponStatus->setObjectName(QStringLiteral("filter.couponStatus"));
    for (int status = 0; status <= 5; ++status)
        m_couponStatus->addItem(QString(), status);
    m_couponStatus->setCurrentIndex(2); // usable
    m_couponTable->setSortableModel(m_coupons);
    auto *coupons = new QWidget(this);
    auto *couponBar = new QHBoxLayout;
    couponBar->addWidget(m_couponStatusLabel);
    couponBar->addWidget(m_couponStatus);
    couponBar->addStretch(1);
    auto *cl = new QVBoxLayout(coupons);
    cl->addLayout(couponBar);
    cl->addWidget(m_couponTable, 1);
    m_tabs->addTab(invoices, QString());
    m_tabs->addTab(coupons, QString());
    // The table's context menu offers the page's actions on the selected rows.
    m_table->addRowAction(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(grid);
    layout->addSpacing(8);
    layout->addWidget(m_tabs, 1);

    connect(m_loader, &BillingLoader::failed, this, &BillingPage::failed);
    connect(m_loader, &BillingLoader::billLoaded, this, [this](const PostpaidBillSum &bill) {
        m_bill = bill;
        showBill();
    });
    connect(m_loader, &BillingLoader::invoicesLoaded, this, [this] {
        m_table->resizeColumnsToContents();
        emit loaded();
    });
    connect(m_loader, &BillingLoader::couponsLoaded, this,
            [this] { m_couponTable->resizeColumnsToContents(); });
    connect(m_couponStatus, &QComboBox::currentIndexChanged, this,
            [this] { m_loader->loadCoupons(m_couponStatus->currentData().toInt()); });
    connect(m_month, &QComboBox::currentIndexChanged, this,
            [this] { m_loader->loadBill(m_month->currentData().toString()); });
    auto reloadInvoices = [this] { m_loader->loadInvoices(m_from->date(), m_to->date()); };
    connect(m_from, &QDateEdit::dateChanged, this, reloadInvoices);
    connect(m_to, &QDateEdit::dateChanged, this, reloadInvoices);
    connect(m_reload, &QPushButton::clicked, this, &BillingPage::reload);
    connect(m_export, &QPushButton::clicked, this, &BillingPage::exportCurrent);
    retranslate();
}

void BillingPage::reload()
{
    m_invoices->setCurrency(m_session->currency());
    m_loader->loadBill(m_month->currentData().toString());
    m_loader->loadInvoices(m_from->date(), m_to->date());
    m_coupons->setCurrency(m_session->currency());
    m_loader->loadCoupons(m_couponStatus->currentData().toInt());
}

void BillingPage::exportCurrent()
{
    if (m_tabs->currentIndex() == 1)
        ExportDialog::openFor(m_session, m_couponTable, tr("coupons"), this);
    else
        ExportDialog::openFor(m_session, m_table, tr("invoices"), this);
}

QString BillingPage::figure(const QString &name) const
{
    for (int i = 0; i < int(std::size(kFigures)); ++i) {
        if (name == QLatin1String(kFigures[i]))
            return m_figures.at(i).second->text();
    }
    return QString();
}

void BillingPage::showBill()
{
    auto money = [this](const Decimal &d) {
        return m_bill
                   ? Money(d, m_bill->currency.isEmpty() ? m_session->currency() : m_bill->currency)
                         .format(locale())
                   : QStringLiteral("…");
    };
    const Decimal values[] = {
        m_bill ? m_bill->amountDue : Decimal(), m_bill ? m_bill->consumption : Decimal(),
        m_bill ? m_bill->refunds : Decimal(), m_bill ? m_bill->adjustments : Decimal(),
        m_bill ? m_bill->tax : Decimal()};
    for (int i = 0; i < m_figures.size(); ++i)
        m_figures.at(i).second->setText(money(values[i]));
}

void BillingPage::retranslate()
{
    m_monthLabel->setText(tr("Bill month"));
    m_rangeLabel->setText(tr("Applied between"));
    m_invoiceTitle->setText(tr("Invoice requests"));
    m_reload->setText(tr("Refresh"));
    m_export->setText(tr("Export…"));
    const QString names[] = {tr("Amount due (tax excluded)"), tr("Consumption"), tr("Refunds"),
                             tr("Adjustments"), tr("Sales tax (billed on top)")};
    for (int i = 0; i < m_figures.size(); ++i)
        m_figures.at(i).first->setText(names[i]);
    m_from->setAccessibleName(tr("Applied from"));
    m_to->setAccessibleName(tr("Applied until"));
    m_table->setAccessibleName(tr("Invoice requests"));
    m_invoices->setLocale(locale());
    m_tabs->setTabText(0, tr("Invoice requests"));
    m_tabs->setTabText(1, tr("My coupons"));
    m_couponStatusLabel->setText(tr("Status"));
    m_couponStatus->setItemText(0, tr("All statuses"));
    for (int i = 1; i < m_couponStatus->count(); ++i)
        m_couponStatus->setItemText(i, StatusLabels::couponStatus(i));
    m_couponStatus->setAccessibleName(tr("Coupon status"));
    m_couponTable->setAccessibleName(tr("My coupons"));
    m_coupons->setLocale(locale());
    showBill();
}

void BillingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
