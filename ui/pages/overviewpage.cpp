#include "pages/overviewpage.h"

#include "bss/bssclient.h"
#include "core/money.h"
#include "core/statuslabels.h"
#include "ops/consolelinks.h"
#include "ops/session.h"
#include "ops/workspace.h"
#include "widgets/amountfield.h"
#include "widgets/contrastcolors.h"
#include "widgets/icons.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFont>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
// "consumption" and "consumed": the International site's consumption quota instead.
const char *const kFigures[] = {"cash",   "allocatable", "credit",  "due",
                                "quotas", "consumption", "consumed"};
const Overview::AlertKind kAlerts[] = {
    Overview::AlertKind::LowCustomers,      Overview::AlertKind::ExpiringCoupons,
    Overview::AlertKind::LowResellers,      Overview::AlertKind::OverBudget,
    Overview::AlertKind::NearBudget,        Overview::AlertKind::FrozenCustomers,
    Overview::AlertKind::WaitingSettlements};

QLabel *heading(QWidget *parent)
{
    auto *l = new QLabel(parent);
    QFont f = l->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    l->setFont(f);
    return l;
}
} // namespace

OverviewPage::OverviewPage(Workspace *workspace, QWidget *parent)
    : Page(parent)
    , m_session(workspace->session())
    , m_overview(workspace->overview())
    , m_title(heading(this))
    , m_synced(new QLabel(this))
    , m_refresh(new QPushButton(Icons::get(QStringLiteral("refresh")), QString(), this))
    , m_accountTitle(heading(this))
    , m_figures(new QGridLayout)
    , m_alertsTitle(heading(this))
    , m_settingsTitle(heading(this))
    , m_customerLabel(new QLabel(this))
    , m_customerThreshold(new AmountField(this))
    , m_resellerLabel(new QLabel(this))
    , m_resellerThreshold(new AmountField(this))
    , m_daysLabel(new QLabel(this))
    , m_days(new QSpinBox(this))
    , m_percentLabel(new QLabel(this))
    , m_percent(new QSpinBox(this))
{
    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_synced);
    top->addWidget(m_refresh);
    int row = 0;
    for (const char *f : kFigures) {
        const QString key = QLatin1String(f);
        m_names.insert(key, new QLabel(this));
        auto *value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_values.insert(key, value);
        auto *source = new QLabel(this);
        ContrastColors::paintAsSecondary(source); // where the figure comes from
        source->setWordWrap(true);                // a long source wraps, never widens the page
        m_sources.insert(key, source);
        m_figures->addWidget(m_names.value(key), row, 0);
        m_figures->addWidget(value, row, 1);
        m_figures->addWidget(source, row, 2);
        ++row;
    }
    m_figures->setColumnStretch(2, 1);
    auto *alerts = new QVBoxLayout;
    for (Overview::AlertKind k : kAlerts) {
        auto *l = new QLabel(this);
        l->setWordWrap(true);
        l->setTextFormat(Qt::RichText);
        l->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        connect(l, &QLabel::linkActivated, this, [this, k](const QString &link) {
            if (link == u"console")
                QDesktopServices::openUrl(ConsoleLinks::partnerCenter(m_session->international()));
            else if (const Target t = targetOf(k, m_overview->thresholds()); !t.page.isEmpty())
                emit openRequested(t.page, t.what, t.value);
        });
        m_alerts.insert(k, l);
        alerts->addWidget(l);
    }
    m_days->setRange(1, 366);
    auto *settings = new QGridLayout;
    settings->addWidget(m_customerLabel, 0, 0);
    settings->addWidget(m_customerThreshold, 0, 1);
    settings->addWidget(m_resellerLabel, 1, 0);
    settings->addWidget(m_resellerThreshold, 1, 1);
    settings->addWidget(m_daysLabel, 2, 0);
    settings->addWidget(m_days, 2, 1, Qt::AlignLeft);
    m_percent->setRange(1, 99);
    settings->addWidget(m_percentLabel, 3, 0);
    settings->addWidget(m_percent, 3, 1, Qt::AlignLeft);
    settings->setColumnStretch(2, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(m_accountTitle);
    layout->addLayout(m_figures);
    layout->addSpacing(12);
    layout->addWidget(m_alertsTitle);
    layout->addLayout(alerts);
    layout->addSpacing(12);
    layout->addWidget(m_settingsTitle);
    layout->addLayout(settings);
    layout->addStretch(1);

    const Overview::Thresholds t = m_overview->thresholds();
    m_customerThreshold->lineEdit()->setText(t.customerBalance.toString());
    m_resellerThreshold->lineEdit()->setText(t.resellerBalance.toString());
    m_days->setValue(t.couponDays);
    m_percent->setValue(t.budgetPercent);
    connect(m_customerThreshold, &AmountField::amountChanged, this, &OverviewPage::applyThresholds);
    connect(m_resellerThreshold, &AmountField::amountChanged, this, &OverviewPage::applyThresholds);
    connect(m_days, &QSpinBox::valueChanged, this, &OverviewPage::applyThresholds);
    connect(m_percent, &QSpinBox::valueChanged, this, &OverviewPage::applyThresholds);
    connect(m_refresh, &QPushButton::clicked, this, &Page::syncRequested);
    connect(m_overview, &Overview::changed, this, &OverviewPage::update);
    connect(m_overview, &Overview::synced, this, &Page::loaded);
    connect(m_session, &Session::ready, this, [this] {
        m_customerThreshold->setCurrency(m_session->currency());
        m_resellerThreshold->setCurrency(m_session->currency());
        update();
    });
    retranslate();
}

void OverviewPage::applyThresholds()
{
    const auto customers = m_customerThreshold->amount();
    const auto resellers = m_resellerThreshold->amount();
    if (!customers || !resellers)
        return; // the field shows what is wrong; the last good thresholds stay
    Overview::Thresholds t;
    t.customerBalance = *customers;
    t.resellerBalance = *resellers;
    t.couponDays = m_days->value();
    t.budgetPercent = m_percent->value();
    m_overview->setThresholds(t);
}

QString OverviewPage::money(const Decimal &amount) const
{
    return amount.isValid() ? Money(amount, m_session->currency()).format(locale())
                            : QStringLiteral("—");
}

QString OverviewPage::figureText(const QString &name) const
{
    const QLabel *l = m_values.value(name);
    return l ? l->text() : QString();
}

QString OverviewPage::alertText(const Overview::Alert &a) const
{
    const Overview::Thresholds t = m_overview->thresholds();
    const QString total = money(a.amount);
    auto link = [](const QString &text) {
        return QStringLiteral("<a href=\"open\">%1</a>").arg(text.toHtmlEscaped());
    };
    if (!a.available && a.kind != Overview::AlertKind::WaitingSettlements) {
        // Its list is still loading: no "0 customers … CNY 0.00" meanwhile.
        switch (a.kind) {
        case Overview::AlertKind::LowCustomers:
        case Overview::AlertKind::OverBudget:
        case Overview::AlertKind::NearBudget:
        case Overview::AlertKind::FrozenCustomers:
            return tr("Checking your customers…");
        case Overview::AlertKind::ExpiringCoupons:
            return tr("Checking the coupons…");
        case Overview::AlertKind::LowResellers:
            return tr("Checking the resellers…");
        case Overview::AlertKind::WaitingSettlements:
            break; // said below: not readable, or no public API
        }
    }
    if (a.available && a.count == 0) {
        switch (a.kind) {
        case Overview::AlertKind::LowCustomers:
            return tr("No customer has a balance below %1.").arg(money(t.customerBalance));
        case Overview::AlertKind::ExpiringCoupons:
            return tr("No usable coupon expires within %1 days.").arg(t.couponDays);
        case Overview::AlertKind::LowResellers:
            return tr("No reseller has a balance below %1.").arg(money(t.resellerBalance));
        case Overview::AlertKind::WaitingSettlements:
            return tr("No marketplace settlement waits for your action.");
        case Overview::AlertKind::OverBudget:
            return tr("No customer is over budget.");
        case Overview::AlertKind::NearBudget:
            return tr("No customer has used %1 % of its budget.").arg(t.budgetPercent);
        case Overview::AlertKind::FrozenCustomers:
            return tr("No customer account is frozen.");
        }
    }
    switch (a.kind) {
    case Overview::AlertKind::LowCustomers:
        return tr("%1 with a balance below %2 (together %3)")
            .arg(link(tr("%n customer(s)", nullptr, a.count)), money(t.customerBalance), total);
    case Overview::AlertKind::ExpiringCoupons:
        return tr("%1 expiring within %2 days (balance left %3)")
            .arg(link(tr("%n usable coupon(s)", nullptr, a.count)))
            .arg(t.couponDays)
            .arg(total);
    case Overview::AlertKind::LowResellers:
        return tr("%1 with a balance below %2 (together %3)")
            .arg(link(tr("%n reseller(s)", nullptr, a.count)), money(t.resellerBalance), total);
    case Overview::AlertKind::OverBudget:
        return tr("%1 over budget (together %2 over)")
            .arg(link(tr("%n customer(s)", nullptr, a.count)), total);
    case Overview::AlertKind::NearBudget:
        return tr("%1 with %2 % or more of the budget used (%3 left)")
            .arg(link(tr("%n customer(s)", nullptr, a.count)))
            .arg(t.budgetPercent)
            .arg(total);
    case Overview::AlertKind::FrozenCustomers:
        return tr("%1 frozen").arg(link(tr("%n customer account(s)", nullptr, a.count)));
    case Overview::AlertKind::WaitingSettlements:
        break;
    }
    if (!a.available)
        return m_session->isSandbox()
                   ? tr("Marketplace settlements could not be read.")
                   : tr("Marketplace settlements waiting for you: no public API. "
                        "<a href=\"console\">Open Partner Center</a> (Sales > Marketplace > "
                        "Product billing).");
    QString text =
        tr("%n marketplace settlement(s) waiting for your action (to settle %1)", nullptr, a.count)
            .arg(total);
    const QStringList statuses = Overview::partnerActionStatuses();
    for (const QString &s : statuses) {
        const int n =
            static_cast<int>(std::count_if(a.ids.cbegin(), a.ids.cend(), [&s](const QString &id) {
                return id.endsWith(u'/' + s);
            }));
        if (n > 0)
            text += QStringLiteral("<br>• ") +
                    tr("%1 × %2: %3", "a settlement status: what to do (zh: full-width colon)")
                        .arg(n)
                        .arg(StatusLabels::settlementStatus(s).toHtmlEscaped(),
                             StatusLabels::settlementAction(s).toHtmlEscaped());
    }
    return text;
}

void OverviewPage::update()
{
    const PartnerAccount a = m_overview->account();
    const bool known = m_overview->accountKnown();
    m_values.value(QStringLiteral("cash"))->setText(known ? money(a.cash) : QStringLiteral("…"));
    m_values.value(QStringLiteral("allocatable"))
        ->setText(known ? money(a.allocatable) : QStringLiteral("…"));
    m_values.value(QStringLiteral("credit"))
        ->setText(known ? money(a.creditLine) : QStringLiteral("…"));
    m_values.value(QStringLiteral("due"))
        ->setText(known ? money(a.amountDue) : QStringLiteral("…"));
    m_values.value(QStringLiteral("quotas"))->setText(money(m_overview->quotaRemaining()));
    const auto consumption = m_overview->consumptionQuota();
    m_values.value(QStringLiteral("consumption"))
        ->setText(consumption ? money(consumption->quota) : QStringLiteral("…"));
    m_values.value(QStringLiteral("consumed"))
        ->setText(consumption ? money(consumption->used) : QStringLiteral("…"));
    m_sources.value(QStringLiteral("consumed"))
        ->setText(consumption ? tr("Amount due %1 + not yet billed %2 − balance %3 − coupons %4")
                                    .arg(money(consumption->due), money(consumption->unbilled),
                                         money(consumption->balance), money(consumption->coupons))
                              : QString());
    m_sources.value(QStringLiteral("quotas"))
        ->setText(tr("%n coupon quota(s) in effect, from Coupon quotas — vouchers, not money",
                     nullptr, m_overview->quotaCount()));
    for (Overview::AlertKind k : kAlerts)
        m_alerts.value(k)->setText(alertText(m_overview->alert(k)));
    showOffered();
    const QDateTime synced = m_overview->syncedAt();
    m_synced->setText(synced.isValid()
                          ? tr("Synced %1").arg(locale().toString(synced, QLocale::ShortFormat))
                          : tr("Loading…"));
}

void OverviewPage::retranslate()
{
    m_title->setText(tr("Overview"));
    m_refresh->setText(tr("Refresh all"));
    m_accountTitle->setText(tr("Partner account"));
    m_names.value(QStringLiteral("cash"))->setText(tr("Cash balance"));
    m_sources.value(QStringLiteral("cash"))->setText(tr("Top-up account (account type 1)"));
    m_names.value(QStringLiteral("allocatable"))->setText(tr("Allocatable"));
    m_sources.value(QStringLiteral("allocatable"))
        ->setText(tr("Cash less the earmarked amount: what you can allocate to customers"));
    m_names.value(QStringLiteral("credit"))->setText(tr("Credit line"));
    m_sources.value(QStringLiteral("credit"))->setText(tr("Credit account (account type 2)"));
    m_names.value(QStringLiteral("due"))->setText(tr("Amount due"));
    m_sources.value(QStringLiteral("due"))
        ->setText(tr("Credit used: the credit line less the credit left"));
    m_names.value(QStringLiteral("quotas"))->setText(tr("Coupon quotas left"));
    m_names.value(QStringLiteral("consumption"))->setText(tr("Consumption quota"));
    m_sources.value(QStringLiteral("consumption"))
        ->setText(tr("What your customers may consume on your credit"));
    m_names.value(QStringLiteral("consumed"))->setText(tr("Quota used"));
    m_alertsTitle->setText(tr("Alerts"));
    m_settingsTitle->setText(tr("Alert thresholds"));
    m_customerLabel->setText(tr("Customers with a balance below"));
    m_resellerLabel->setText(tr("Resellers with a balance below"));
    m_daysLabel->setText(tr("Coupons expiring within"));
    m_days->setSuffix(tr(" days"));
    m_percentLabel->setText(tr("Budgets used to at least"));
    m_percent->setSuffix(tr(" %", "percent suffix"));
    update();
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange) {
        for (QLabel *source : std::as_const(m_sources))
            ContrastColors::paintAsSecondary(source);
    }
    QWidget::changeEvent(event);
}

OverviewPage::Target OverviewPage::targetOf(Overview::AlertKind kind, const Overview::Thresholds &t)
{
    switch (kind) {
    case Overview::AlertKind::LowCustomers:
        return {QStringLiteral("customers"), QStringLiteral("lowBalance"),
                t.customerBalance.toString()};
    case Overview::AlertKind::ExpiringCoupons:
        return {QStringLiteral("coupons"), QStringLiteral("expiring"), t.couponDays};
    case Overview::AlertKind::LowResellers:
        return {QStringLiteral("resellers"), QStringLiteral("lowBalance"),
                t.resellerBalance.toString()};
    case Overview::AlertKind::WaitingSettlements:
        return {QStringLiteral("marketplace"), QStringLiteral("awaitingAction"), {}};
    case Overview::AlertKind::OverBudget:
        return {QStringLiteral("budgets"), QStringLiteral("budgetState"), QStringLiteral("over")};
    case Overview::AlertKind::NearBudget:
        return {QStringLiteral("budgets"), QStringLiteral("budgetState"), QStringLiteral("near")};
    case Overview::AlertKind::FrozenCustomers:
        return {QStringLiteral("budgets"), QStringLiteral("budgetState"), QStringLiteral("frozen")};
    }
    return {};
}

void OverviewPage::showOffered()
{
    using S = Overview::Source;
    const bool account = m_overview->offers(S::Account);
    const bool quotas = m_overview->offers(S::Quotas);
    for (const QString &key : m_names.keys()) {
        const bool consumption = key == u"consumption" || key == u"consumed";
        const bool shown = consumption ? m_session->client()->offers("ShowPartnerConsumptionQuota")
                           : key == u"quotas" ? quotas
                                              : account;
        for (QLabel *l : {m_names.value(key), m_values.value(key), m_sources.value(key)})
            l->setVisible(shown);
    }
    m_accountTitle->setVisible(account || quotas ||
                               m_session->client()->offers("ShowPartnerConsumptionQuota"));
    const QList<std::pair<Overview::AlertKind, S>> alerts = {
        {Overview::AlertKind::LowCustomers, S::Customers},
        {Overview::AlertKind::ExpiringCoupons, S::Coupons},
        {Overview::AlertKind::LowResellers, S::Resellers},
        {Overview::AlertKind::OverBudget, S::Budgets},
        {Overview::AlertKind::NearBudget, S::Budgets},
        {Overview::AlertKind::FrozenCustomers, S::Budgets}};
    for (const auto &[kind, source] : alerts)
        m_alerts.value(kind)->setVisible(m_overview->offers(source));
    // Only the thresholds of alerts the site has.
    const QList<std::pair<QList<QWidget *>, S>> thresholds = {
        {{m_customerLabel, m_customerThreshold}, S::Customers},
        {{m_resellerLabel, m_resellerThreshold}, S::Resellers},
        {{m_daysLabel, m_days}, S::Coupons},
        {{m_percentLabel, m_percent}, S::Budgets}};
    for (const auto &[widgets, source] : thresholds) {
        for (QWidget *w : widgets)
            w->setVisible(m_overview->offers(source));
    }
}
