#include "pages/incentivespage.h"

#include "core/billperiod.h"
#include "core/money.h"
#include "core/statuslabels.h"
#include "dialogs/mdfclaimdialog.h"
#include "models/customermodel.h"
#include "models/recordfilterproxy.h"
#include "models/recordtablemodel.h"
#include "ops/incentivesloader.h"
#include "ops/session.h"
#include "ops/workspace.h"
#include "widgets/choicebox.h"
#include "widgets/datatableview.h"
#include "widgets/icons.h"
#include "widgets/writegate.h"

#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

const char *const kStatuses[] = {"NOT_REQUESTED",  "PROCESSING", "AWAITING_INVOICE",
                                 "INVOICE_REVIEW", "COMPLETED",  "FAILED"};

} // namespace

IncentivesPage::IncentivesPage(Workspace *workspace, QWidget *parent)
    : Page(parent)
    , m_session(workspace->session())
    , m_payouts(workspace->incentives().payouts)
    , m_claims(workspace->incentives().claims)
    , m_policies(workspace->incentives().policies)
    , m_payoutProxy(new RecordFilterProxy(this))
    , m_policyProxy(new RecordFilterProxy(this))
    , m_policyTab(new QWidget(this))
    , m_policyMonth(new ChoiceBox(m_policyTab))
    , m_policyMonthLabel(new QLabel(m_policyTab))
    , m_policySearch(new QLineEdit(m_policyTab))
    , m_policyNote(new QLabel(m_policyTab))
    , m_policyTable(new DataTableView(m_policyTab))
    , m_tabs(new QTabWidget(this))
    , m_status(new ChoiceBox(this))
    , m_period(new ChoiceBox(this))
    , m_statusLabel(new QLabel(this))
    , m_periodLabel(new QLabel(this))
    , m_note(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_claimNote(new QLabel(this))
    , m_reload(new QPushButton(Icons::get(QStringLiteral("refresh")), QString(), this))
    , m_link(new QPushButton(this))
    , m_claim(new QPushButton(Icons::get(QStringLiteral("add")), QString(), this))
    , m_payoutTable(new DataTableView(this))
    , m_claimTable(new DataTableView(this))
{
    m_gate = new WriteGate(m_session->client(), this);
    m_loader = workspace->incentives().loader;
    connect(m_loader, &IncentivesLoader::failed, this, &IncentivesPage::failed);
    connect(m_loader, &IncentivesLoader::payoutsLoaded, this, [this] {
        m_payoutTable->resizeColumnsToContents();
        showDetail();
        emit loaded();
    });
    connect(m_loader, &IncentivesLoader::claimsLoaded, this, [this] {
        m_claimTable->resizeColumnsToContents();
        emit claimsLoaded();
    });
    connect(m_loader, &IncentivesLoader::policiesLoaded, this, [this] {
        m_policyTable->resizeColumnsToContents();
        emit policiesLoaded();
    });
    // Saved views capture these (ViewState).
    m_status->setObjectName(QStringLiteral("filter.status"));
    m_period->setObjectName(QStringLiteral("filter.period"));
    m_payoutProxy->setSourceModel(m_payouts);
    m_payoutTable->setModel(m_payoutProxy);
    QSortFilterProxyModel *claimProxy = m_claimTable->setSortableModel(m_claims);
    m_status->addItem(QString(), QString());
    for (const char *s : kStatuses)
        m_status->addItem(QString(), QString::fromLatin1(s));
    m_period->addItem(QString(), QString());
    for (const QString &p : BillPeriod::recent(13))
        m_period->addItem(p, p);
    for (QLabel *l : {m_note, m_detail, m_claimNote})
        l->setWordWrap(true);
    m_note->hide();
    m_link->hide();
    m_gate->setEnabled(m_claim, false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_statusLabel);
    bar->addWidget(m_status);
    bar->addWidget(m_periodLabel);
    bar->addWidget(m_period);
    bar->addStretch(1);
    bar->addWidget(m_reload);
    auto *detailBar = new QHBoxLayout;
    detailBar->addWidget(m_detail, 1);
    detailBar->addWidget(m_link);
    auto *payouts = new QWidget(this);
    auto *pl = new QVBoxLayout(payouts);
    pl->addLayout(bar);
    pl->addWidget(m_payoutTable, 1);
    pl->addLayout(detailBar);
    auto *claimBar = new QHBoxLayout;
    claimBar->addWidget(m_claimNote, 1);
    claimBar->addWidget(m_claim);
    auto *claims = new QWidget(this);
    auto *cl = new QVBoxLayout(claims);
    cl->addLayout(claimBar);
    cl->addWidget(m_claimTable, 1);
    m_tabs->addTab(payouts, QString());
    m_tabs->addTab(claims, QString());
    m_policyMonth->setObjectName(QStringLiteral("filter.policyMonth"));
    for (const QString &p : BillPeriod::recent(13))
        m_policyMonth->addItem(p, p);
    m_policySearch->setClearButtonEnabled(true);
    m_policyNote->setWordWrap(true);
    m_policyProxy->setSourceModel(m_policies);
    m_policyTable->setModel(m_policyProxy);
    auto *policyBar = new QHBoxLayout;
    policyBar->addWidget(m_policyMonthLabel);
    policyBar->addWidget(m_policyMonth);
    policyBar->addWidget(m_policySearch, 1);
    auto *pol = new QVBoxLayout(m_policyTab);
    pol->addLayout(policyBar);
    pol->addWidget(m_policyNote);
    pol->addWidget(m_policyTable, 1);
    m_policyTab->hide(); // a tab only where the site has the operation (reload)
    connect(m_policyMonth, &QComboBox::currentIndexChanged, this, &IncentivesPage::loadPolicies);
    connect(m_policySearch, &QLineEdit::textChanged, m_policyProxy, &RecordFilterProxy::setSearch);
    // The table's context menu offers the page's actions on the selected rows.
    m_claimTable->addRowAction(m_claim);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_tabs, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, &IncentivesPage::loadPayouts);
    connect(m_period, &QComboBox::currentIndexChanged, this, &IncentivesPage::loadPayouts);
    connect(m_reload, &QPushButton::clicked, this, &IncentivesPage::reload);
    connect(m_payoutTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IncentivesPage::showDetail);
    connect(m_link, &QPushButton::clicked, this, [this] {
        const int row = currentPayoutRow();
        if (row < 0)
            return;
        const QString method =
            m_payouts->record(row).value(QLatin1String("payout_method")).toString();
        if (method == u"ACCOUNT_TOPUP")
            emit openRequested(QStringLiteral("funds"), QStringLiteral("tradeType"),
                               QStringLiteral("RECHARGE"));
        else if (method == u"COUPON_QUOTA")
            emit openRequested(QStringLiteral("quotas"));
    });
    connect(m_claimTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, claimProxy](const QModelIndex &i) {
                const QString s = i.isValid() ? m_claims->record(claimProxy->mapToSource(i).row())
                                                    .value(QLatin1String("status"))
                                                    .toString()
                                              : QString();
                m_gate->setEnabled(m_claim, s == u"CLAIM_PENDING" || s == u"CLAIM_REJECTED");
            });
    connect(m_claim, &QPushButton::clicked, this, [this, claimProxy] {
        const QModelIndex i = m_claimTable->currentIndex();
        if (i.isValid())
            claim(claimProxy->mapToSource(i).row());
    });
    retranslate();
}

void IncentivesPage::setStatusFilter(const QString &status)
{
    m_status->setCurrentIndex(qMax(0, m_status->findData(status)));
}

void IncentivesPage::setPeriodFilter(const QString &period)
{
    m_period->setCurrentIndex(qMax(0, m_period->findData(period)));
}

void IncentivesPage::reload()
{
    const bool sandbox = m_session->isSandbox();
    const bool policies = m_session->client()->offers("ListIncentiveDiscountPolicies");
    const int at = m_tabs->indexOf(m_policyTab);
    if (policies && at < 0)
        m_tabs->addTab(m_policyTab, tr("Product incentive policies"));
    else if (!policies && at >= 0)
        m_tabs->removeTab(at);
    m_note->setVisible(!sandbox);
    m_tabs->setTabEnabled(0, sandbox);
    m_tabs->setTabEnabled(1, sandbox);
    if (!sandbox && policies)
        m_tabs->setCurrentWidget(m_policyTab); // the one tab with data on a real site
    loadPayouts();
    loadClaims();
    if (policies)
        loadPolicies();
}

void IncentivesPage::loadPolicies()
{
    if (!m_session->client()->offers("ListIncentiveDiscountPolicies"))
        return;
    m_loader->loadPolicies(m_policyMonth->currentData().toString());
}

void IncentivesPage::loadPayouts()
{
    m_payouts->setCurrency(m_session->currency());
    if (!m_session->isSandbox()) {
        m_payouts->setRecords({});
        emit loaded();
        return;
    }
    m_loader->loadPayouts(m_status->currentData().toString(), m_period->currentData().toString());
}

void IncentivesPage::loadClaims()
{
    m_claims->setCurrency(m_session->currency());
    if (!m_session->isSandbox()) {
        m_claims->setRecords({});
        emit claimsLoaded();
        return;
    }
    m_loader->loadClaims();
}

MdfClaimDialog *IncentivesPage::claim(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_claims->rowCount())
        return nullptr;
    auto *dialog = new MdfClaimDialog(m_session, m_claims->record(sourceRow), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A submitted claim reloads the list by itself (Workspace: WriteEffects::Claims).
    emit claimDialogOpened(dialog);
    dialog->open();
    return dialog;
}

int IncentivesPage::currentPayoutRow() const
{
    const QModelIndex i = m_payoutTable->currentIndex();
    return i.isValid() ? m_payoutProxy->mapToSource(i).row() : -1;
}

QString IncentivesPage::detailText() const
{
    return m_detail->text();
}

void IncentivesPage::showDetail()
{
    const int row = currentPayoutRow();
    if (row < 0) {
        m_detail->setText(tr("Select a payout to see what its status means."));
        m_link->hide();
        return;
    }
    const QJsonObject p = m_payouts->record(row);
    const QString status = p.value(QLatin1String("status")).toString();
    const QString method = p.value(QLatin1String("payout_method")).toString();
    QString text = tr("%1 (%2): %3")
                       .arg(p.value(QLatin1String("incentive_name")).toString(),
                            p.value(QLatin1String("period")).toString(),
                            StatusLabels::incentiveStatus(status));
    const auto amount = Decimal::fromJson(p.value(QLatin1String("amount")));
    if (amount)
        text += QStringLiteral(" · ") +
                Money(*amount, p.value(QLatin1String("currency")).toString(m_session->currency()))
                    .format(locale());
    if (!method.isEmpty())
        text += QStringLiteral(" · ") + StatusLabels::payoutMethod(method);
    const QString requestNo = p.value(QLatin1String("request_no")).toString();
    if (!requestNo.isEmpty())
        text += QStringLiteral(" · ") + tr("request %1").arg(requestNo);
    const QString hint = StatusLabels::incentiveHint(status, method);
    if (!hint.isEmpty())
        text += QStringLiteral(" — ") + hint;
    if (p.value(QLatin1String("frozen")).toBool())
        text += u' ' + tr("Frozen: the period's spend is not paid yet, so no payout can be "
                          "requested.");
    m_detail->setText(text);
    const bool linkable =
        status == u"COMPLETED" && (method == u"ACCOUNT_TOPUP" || method == u"COUPON_QUOTA");
    m_link->setVisible(linkable);
    m_link->setText(method == u"COUPON_QUOTA" ? tr("Open coupon quotas")
                                              : tr("Open account changes"));
}

void IncentivesPage::retranslate()
{
    m_tabs->setTabText(0, tr("Incentive payouts"));
    m_tabs->setTabText(1, tr("Market development fund (MDF)"));
    if (m_tabs->indexOf(m_policyTab) >= 0)
        m_tabs->setTabText(m_tabs->indexOf(m_policyTab), tr("Product incentive policies"));
    m_policyMonthLabel->setText(tr("Month"));
    m_policySearch->setPlaceholderText(tr("Search services"));
    m_policySearch->setAccessibleName(tr("Search services"));
    m_policyTable->setAccessibleName(tr("Product incentive policies"));
    m_policyNote->setText(tr("Each cloud service's incentive policy and whether partner "
                             "discounts apply, as in force at the end of the month (UTC+8)."));
    m_policies->setLocale(locale());
    m_statusLabel->setText(tr("Status"));
    m_periodLabel->setText(tr("Period"));
    m_status->setItemText(0, tr("All statuses"));
    for (int i = 1; i < m_status->count(); ++i)
        m_status->setItemText(i, StatusLabels::incentiveStatus(m_status->itemData(i).toString()));
    m_period->setItemText(0, tr("All periods"));
    m_reload->setText(tr("Refresh"));
    m_claim->setText(tr("Claim…"));
    m_claimNote->setText(tr("Claim an approved activity's expenses before its deadline. Lines in "
                            "categories MDF does not cover are flagged before anything is sent."));
    m_note->setText(tr("Incentive payouts and MDF have no public API. In the Partner Center: "
                       "Sales > Incentives > Incentive management, and Benefits > Market "
                       "development fund (MDF)."));
    m_payouts->setLocale(locale());
    m_claims->setLocale(locale());
    showDetail();
}

void IncentivesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
