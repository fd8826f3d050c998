#include "pages/customerdetailpane.h"

#include "bss/bssclient.h"
#include "bss/priceinquiry.h"
#include "bss/types.h"
#include "core/money.h"
#include "core/statuslabels.h"
#include "dialogs/orderdetailsdialog.h"
#include "models/customermodel.h"
#include "models/recordspecs.h"
#include "models/recordtablemodel.h"
#include "ops/customerdetail.h"
#include "ops/customerresources.h"
#include "ops/session.h"
#include "widgets/datatableview.h"
#include "widgets/icons.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

QTableWidget *makeTable(QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void fill(QTableWidget *t, const QStringList &header, const QList<QStringList> &rows,
          const QList<int> &rightAligned)
{
    t->clear();
    t->setColumnCount(int(header.size()));
    t->setHorizontalHeaderLabels(header);
    t->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c) {
            auto *item = new QTableWidgetItem(rows[r][c]);
            if (rightAligned.contains(c))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            t->setItem(r, c, item);
        }
    }
    t->resizeColumnsToContents();
}

} // namespace

CustomerDetailPane::CustomerDetailPane(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_detail(new CustomerDetail(session->client(), this))
    , m_title(new QLabel(this))
    , m_figures(new QLabel(this))
    , m_discount(new QPushButton(Icons::get(QStringLiteral("details")), QString(), this))
    , m_tabs(new QTabWidget(this))
    , m_chart(new QChartView(this))
    , m_coupons(makeTable(this))
    , m_orders(makeTable(this))
    , m_adjust(makeTable(this))
    , m_resourceModel(new RecordTableModel(RecordSpecs::periodResources(), this))
    , m_resources(new CustomerResources(session->client(), m_resourceModel, this))
    , m_resourceTab(new QWidget(this))
    , m_resourceNote(new QLabel(m_resourceTab))
    , m_resourceView(new DataTableView(m_resourceTab))
    , m_renew(new QPushButton(Icons::get(QStringLiteral("renew")), QString(), m_resourceTab))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long names and figures wrap instead of widening the page (English runs longer).
    m_title->setWordWrap(true);
    m_figures->setWordWrap(true);
    m_discount->setFlat(true);
    m_discount->setCursor(Qt::PointingHandCursor);
    m_discount->setEnabled(false);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(160);
    m_tabs->addTab(m_chart, QString());
    m_tabs->addTab(m_coupons, QString());
    m_tabs->addTab(m_orders, QString());
    m_tabs->addTab(m_resourceTab, QString());
    m_tabs->addTab(m_adjust, QString());
    m_resourceView->setSortableModel(m_resourceModel);
    m_resourceView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_resourceNote->setWordWrap(true);
    m_renew->setEnabled(false);
    auto *resourceBar = new QHBoxLayout;
    resourceBar->addWidget(m_resourceNote, 1);
    resourceBar->addWidget(m_renew);
    auto *resourceLayout = new QVBoxLayout(m_resourceTab);
    resourceLayout->setContentsMargins(0, 0, 0, 0);
    resourceLayout->addLayout(resourceBar);
    resourceLayout->addWidget(m_resourceView, 1);
    m_orders->setToolTip(QString());
    // The customer on its own line, the figures under it: both wrap rather than widen the page.
    auto *head = new QHBoxLayout;
    head->addWidget(m_figures, 1);
    head->addWidget(m_discount);
    // The table's context menu offers the page's actions on the selected rows.
    m_resourceView->addRowAction(m_renew);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(head);
    layout->addWidget(m_tabs, 1);
    connect(m_detail, &CustomerDetail::spendLoaded, this, [this] {
        m_spendLoaded = true;
        showSpend();
    });
    connect(m_detail, &CustomerDetail::couponsLoaded, this, &CustomerDetailPane::showCoupons);
    connect(m_detail, &CustomerDetail::ordersLoaded, this, &CustomerDetailPane::showOrders);
    connect(m_detail, &CustomerDetail::adjustRecordsLoaded, this,
            &CustomerDetailPane::showAdjustRecords);
    connect(m_discount, &QPushButton::clicked, this, &CustomerDetailPane::openDiscountDetails);
    connect(m_orders, &QTableWidget::cellActivated, this, [this](int row, int) { openOrder(row); });
    connect(m_resources, &CustomerResources::loaded, this, [this] {
        m_resourcesLoading = false;
        showResources();
    });
    connect(m_resources, &CustomerResources::failed, this, [this](const BssError &e) {
        m_resourcesLoading = false;
        m_resourceError = e;
        showResources();
    });
    connect(m_renew, &QPushButton::clicked, this, &CustomerDetailPane::requestRenewal);
    connect(m_resourceView, &QWidget::customContextMenuRequested, this,
            &CustomerDetailPane::resourceMenu);
    connect(m_resourceView, &QAbstractItemView::activated, this,
            &CustomerDetailPane::requestRenewal);
    retranslate();
    clear();
}

QString CustomerDetailPane::time(const QJsonValue &utc) const
{
    const QDateTime t = QDateTime::fromString(utc.toString(), Qt::ISODate);
    return t.isValid() ? locale().toString(t.toLocalTime(), QLocale::ShortFormat) : utc.toString();
}

QString CustomerDetailPane::money(const Decimal &amount) const
{
    return amount.isValid() ? Money(amount, m_session->currency()).format(locale())
                            : QStringLiteral("—");
}

void CustomerDetailPane::clear()
{
    m_shownId.clear();
    m_shownName.clear();
    m_spendLoaded = false;
    m_title->setText(tr("Select a customer to see its details."));
    m_figures->clear();
    m_discount->setText(QString());
    m_discount->setEnabled(false);
    replaceChart(new QChart);
    for (QTableWidget *t : {m_coupons, m_orders, m_adjust}) {
        t->clear();
        t->setRowCount(0);
    }
    m_resources->clear();
    m_resourceError.reset();
    m_resourcesLoading = false;
    m_hasCustomer = false;
    m_indirectPartnerId.clear();
    m_resourceNote->clear();
    m_renew->setEnabled(false);
}

void CustomerDetailPane::show(const Customer &c, const QString &shownName, const Decimal &balance,
                              const Decimal &debt)
{
    clear();
    m_associationType = c.associationType;
    m_balance = balance;
    m_debt = debt;
    m_shownName = shownName;
    m_shownId = c.customerId;
    showHeader();
    m_detail->load(c.customerId, c.indirectPartnerId);
    m_indirectPartnerId = c.indirectPartnerId;
    m_resourceModel->setCurrency(m_session->currency());
    m_resourceModel->setLocale(locale());
    m_hasCustomer = true;
    // Parts the site has no operation for are absent, not empty tabs (the spend chart needs the
    // China site's monthly bill sums, the coupons and adjust records are China operations).
    const BssClient *client = m_session->client();
    m_tabs->setTabVisible(0, client->offers("ListSubcustomerMonthlyBills"));
    m_tabs->setTabVisible(1, client->offers("ListIssuedPartnerCoupons"));
    m_tabs->setTabVisible(3, client->offers("ListPayPerUseCustomerResources"));
    m_tabs->setTabVisible(4, client->offers("ListPartnerAdjustRecords"));
    if (CustomerResources::visibleFor(c.indirectPartnerId) &&
        m_session->client()->offers("ListPayPerUseCustomerResources")) {
        m_resourcesLoading = true;
        m_resources->load(c.customerId);
    }
    showResources();
}

// The title and figures of the customer shown, in the UI's language (again after a switch).
void CustomerDetailPane::showHeader()
{
    if (m_shownId.isEmpty()) {
        m_title->setText(tr("Select a customer to see its details."));
        return;
    }
    m_title->setText(
        QStringLiteral("%1 · %2 · %3")
            .arg(m_shownName, m_shownId, CustomerModel::associationLabel(m_associationType)));
    m_figures->setText(tr("Balance %1 · Arrears %2").arg(money(m_balance), money(m_debt)));
}

QString CustomerDetailPane::figuresText() const
{
    return m_figures->text();
}

void CustomerDetailPane::refresh(const Customer &c, const QString &shownName,
                                 const Decimal &balance, const Decimal &debt)
{
    if (balance == m_balance && debt == m_debt)
        return;
    show(c, shownName, balance, debt);
}

// QChartView::setChart releases the chart it showed without deleting it: delete it here, or every
// customer selected would leave a whole chart (title, legend, axes, text documents) behind.
void CustomerDetailPane::replaceChart(QChart *chart)
{
    QChart *shown = m_chart->chart();
    m_chart->setChart(chart);
    delete shown;
}

void CustomerDetailPane::showSpend()
{
    const auto &months = m_detail->months();
    if (months.isEmpty())
        return;
    const auto &now = months.last();
    m_figures->setText(tr("Balance %1 · Arrears %2 · Spend this month %3")
                           .arg(money(m_balance), money(m_debt), money(now.spend)));
    m_discount->setText(tr("Discounts this month: %1").arg(money(now.discount)));
    m_discount->setEnabled(true);
    auto *set = new QBarSet(tr("Spend"));
    QStringList cycles;
    double top = 0;
    for (const auto &m : months) {
        const double v = m.spend.toString().toDouble(); // drawing only, never arithmetic
        *set << v;
        top = std::max(top, v);
        cycles << m.cycle;
    }
    auto *series = new QBarSeries;
    series->append(set);
    auto *chart = new QChart;
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(cycles);
    auto *y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.1 : 1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    chart->setTitle(tr("Monthly spend (%1)").arg(m_session->currency()));
    replaceChart(chart);
}

void CustomerDetailPane::showCoupons()
{
    QList<QStringList> rows;
    for (const QJsonValue &v : m_detail->coupons()) {
        rows.append({v[QLatin1String("coupon_id")].toString(),
                     StatusLabels::couponStatus(v[QLatin1String("status")].toInt()),
                     money(Decimal::fromJson(v[QLatin1String("face_value")]).value_or(Decimal())),
                     money(Decimal::fromJson(v[QLatin1String("balance")]).value_or(Decimal())),
                     time(v[QLatin1String("expire_time")])});
    }
    fill(m_coupons, {tr("Coupon ID"), tr("Status"), tr("Face value"), tr("Balance"), tr("Expires")},
         rows, {2, 3});
}

void CustomerDetailPane::showOrders()
{
    QList<QStringList> rows;
    for (const QJsonValue &v : m_detail->orders()) {
        rows.append(
            {v[QLatin1String("order_id")].toString(),
             StatusLabels::orderType(v[QLatin1String("order_type")].toInt()),
             StatusLabels::orderStatus(v[QLatin1String("status")].toInt()),
             money(
                 Decimal::fromJson(v[QLatin1String("amount_after_discount")]).value_or(Decimal())),
             time(v[QLatin1String("create_time")])});
    }
    fill(m_orders, {tr("Order ID"), tr("Type"), tr("Status"), tr("Amount"), tr("Created")}, rows,
         {3});
}

void CustomerDetailPane::showAdjustRecords()
{
    QList<QStringList> rows;
    for (const QJsonValue &v : m_detail->adjustRecords()) {
        rows.append({time(v[QLatin1String("operation_time")]),
                     StatusLabels::adjustType(v[QLatin1String("operation_type")].toString()),
                     money(Decimal::fromJson(v[QLatin1String("amount")]).value_or(Decimal())),
                     v[QLatin1String("trans_id")].toString()});
    }
    fill(m_adjust, {tr("Time"), tr("Type"), tr("Amount"), tr("Transaction ID")}, rows, {2});
}

void CustomerDetailPane::showResources()
{
    const int count = m_resourceModel->rowCount();
    const int soon = m_resources->expiringSoon();
    if (!m_hasCustomer)
        m_resourceNote->clear();
    else if (m_resourceError)
        m_resourceNote->setText(m_resourceError->userMessage());
    else if (!CustomerResources::visibleFor(m_indirectPartnerId))
        m_resourceNote->setText(tr("This customer belongs to a reseller: its yearly/monthly "
                                   "resources are the reseller's to see."));
    else if (m_resourcesLoading)
        m_resourceNote->setText(tr("Loading yearly/monthly resources…"));
    else if (count == 0)
        m_resourceNote->setText(tr("No yearly/monthly resources in use, frozen or expired."));
    else if (soon > 0)
        m_resourceNote->setText(
            tr("%n resource(s), expiring soonest first", nullptr, count) +
            tr("; %n expire(s) within %1 days", nullptr, soon).arg(CustomerResources::SoonDays));
    else
        m_resourceNote->setText(tr("%n resource(s), expiring soonest first", nullptr, count));
    m_renew->setEnabled(count > 0 && !m_resourceError);
    if (count > 0)
        m_resourceView->resizeColumnsToContents();
}

void CustomerDetailPane::requestRenewal()
{
    QStringList ids;
    const auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_resourceView->model());
    const QModelIndexList rows = m_resourceView->selectionModel()->selectedRows();
    if (rows.isEmpty()) { // the ones expiring soonest, as many as one inquiry takes
        for (int r = 0; r < m_resourceModel->rowCount() && ids.size() < PriceInquiry::MaxRenewalIds;
             ++r)
            ids << m_resourceModel->record(r).value(QLatin1String("resource_id")).toString();
    }
    for (const QModelIndex &i : rows) {
        const int r = proxy ? proxy->mapToSource(i).row() : i.row();
        ids << m_resourceModel->record(r).value(QLatin1String("resource_id")).toString();
    }
    ids.removeAll(QString());
    if (!ids.isEmpty())
        emit renewalRequested(ids);
}

void CustomerDetailPane::resourceMenu(const QPoint &pos)
{
    if (m_resourceModel->rowCount() == 0)
        return;
    QMenu menu(this);
    const bool some = m_resourceView->selectionModel()->hasSelection();
    menu.addAction(some ? tr("Renewal price of the selected resources")
                        : tr("Renewal price of the %n expiring soonest", nullptr,
                             std::min(m_resourceModel->rowCount(), PriceInquiry::MaxRenewalIds)),
                   this, &CustomerDetailPane::requestRenewal);
    menu.addAction(tr("Copy"), m_resourceView, &DataTableView::copySelection);
    menu.exec(m_resourceView->viewport()->mapToGlobal(pos));
}

void CustomerDetailPane::openOrder(int row)
{
    const QTableWidgetItem *item = m_orders->item(row, 0);
    if (!item || item->text().isEmpty())
        return;
    auto *dialog = new OrderDetailsDialog(m_session, item->text(), m_indirectPartnerId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    emit orderDialogOpened(dialog);
    dialog->open();
}

void CustomerDetailPane::openDiscountDetails()
{
    if (m_detail->months().isEmpty())
        return;
    const auto &now = m_detail->months().last();
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Discount details"));
    auto *byMethod = makeTable(dialog);
    QList<QStringList> rows;
    for (auto it = m_detail->paymentSplit().cbegin(); it != m_detail->paymentSplit().cend(); ++it)
        rows.append({StatusLabels::paymentMethod(it.key()), money(*it)});
    fill(byMethod, {tr("Payment method"), tr("Amount")}, rows, {1});
    auto *byType = makeTable(dialog);
    fill(byType, {tr("Association type"), tr("Spend"), tr("Discount")},
         {{CustomerModel::associationLabel(m_associationType), money(now.spend),
           money(now.discount)}},
         {1, 2});
    auto *tabs = new QTabWidget(dialog);
    tabs->addTab(byMethod, tr("By payment method"));
    tabs->addTab(byType, tr("By association type"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(
        tr("Discounts this month (%1): %2").arg(now.cycle, money(now.discount)), dialog));
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    emit discountDialogOpened(dialog);
    dialog->open();
}

void CustomerDetailPane::retranslate()
{
    m_discount->setAccessibleName(tr("Discount details"));
    m_tabs->setTabText(0, tr("Spend"));
    m_tabs->setTabText(1, tr("Coupons"));
    m_tabs->setTabText(2, tr("Orders"));
    m_tabs->setTabText(3, tr("Yearly/monthly resources"));
    m_tabs->setTabText(4, tr("Adjust records"));
    m_orders->setToolTip(tr("Double-click an order to see its details."));
    m_renew->setText(tr("Renewal price…"));
    m_renew->setToolTip(tr("Price the renewal of the selected resources on the Pricing page "
                           "(when none is selected, of the %n expiring soonest).",
                           nullptr, PriceInquiry::MaxRenewalIds));
    m_resourceView->setAccessibleName(tr("Yearly/monthly resources"));
    m_resourceModel->setLocale(locale());
    showResources();
    // What is shown of the customer, again in the new language (the records are kept).
    showHeader();
    if (!m_shownId.isEmpty()) {
        if (m_spendLoaded)
            showSpend();
        showCoupons();
        showOrders();
        showAdjustRecords();
    }
}

void CustomerDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
