#include "ops/overview.h"

#include "bss/bssjob.h"
#include "bss/budgetoperations.h"
#include "bss/budgetresponses.h"
#include "bss/operations.h"
#include "bss/pager.h"
#include "bss/responses.h"
#include "core/settingskeys.h"
#include "models/couponmodel.h"
#include "models/customermodel.h"
#include "models/quotamodel.h"
#include "models/recordtablemodel.h"
#include "ops/budgetsloader.h"
#include "ops/session.h"

#include <QJsonArray>
#include <QSettings>

Overview::Thresholds Overview::Thresholds::load()
{
    QSettings s;
    Thresholds t;
    auto read = [&s](const QString &key, const Decimal &fallback) {
        const auto d = Decimal::parse(s.value(key).toString());
        return d && d->isValid() && d->signum() > 0 ? *d : fallback;
    };
    t.customerBalance = read(SettingsKeys::customerBalanceBelow(), t.customerBalance);
    t.resellerBalance = read(SettingsKeys::resellerBalanceBelow(), t.resellerBalance);
    const int days = s.value(SettingsKeys::couponDays(), t.couponDays).toInt();
    t.couponDays = days >= 1 && days <= 366 ? days : t.couponDays;
    const int percent = s.value(SettingsKeys::budgetPercent(), t.budgetPercent).toInt();
    t.budgetPercent = percent >= 1 && percent <= 99 ? percent : t.budgetPercent;
    return t;
}

void Overview::Thresholds::save() const
{
    QSettings s;
    s.setValue(SettingsKeys::customerBalanceBelow(), customerBalance.toString());
    s.setValue(SettingsKeys::resellerBalanceBelow(), resellerBalance.toString());
    s.setValue(SettingsKeys::couponDays(), couponDays);
    s.setValue(SettingsKeys::budgetPercent(), budgetPercent);
}

Overview::Overview(Session *session, CustomerModel *customers, CouponModel *coupons,
                   QuotaModel *quotas, RecordTableModel *resellers, RecordTableModel *budgets,
                   QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_customers(customers)
    , m_coupons(coupons)
    , m_quotas(quotas)
    , m_resellers(resellers)
    , m_budgets(budgets)
    , m_thresholds(Thresholds::load())
{
    for (AlertKind k : alertKinds()) {
        Alert a;
        a.kind = k;
        m_alerts.insert(k, a);
    }
}

QList<Overview::AlertKind> Overview::alertKinds()
{
    return {AlertKind::LowCustomers,       AlertKind::ExpiringCoupons, AlertKind::LowResellers,
            AlertKind::WaitingSettlements, AlertKind::OverBudget,      AlertKind::NearBudget,
            AlertKind::FrozenCustomers};
}

QList<Overview::Source> Overview::sources()
{
    return {Source::Account,   Source::Quotas,      Source::Customers, Source::Coupons,
            Source::Resellers, Source::Settlements, Source::Budgets};
}

QStringList Overview::partnerActionStatuses()
{
    // 待开票: invoice Huawei from the invoicing list; 申请被驳回: check the invoice or raise a
    // ticket. Every other status waits for Huawei's operations or finance staff.
    return {QStringLiteral("AWAITING_INVOICE"), QStringLiteral("PAY_REQUEST_REJECTED")};
}

void Overview::beginSync()
{
    ++m_generation;
    m_syncing = true;
    m_pending.clear();
    for (Source s : sources()) {
        if (offers(s))
            m_pending.insert(s);
    }
    loadAccount();
    loadSettlements();
}

void Overview::setThresholds(const Thresholds &t)
{
    m_thresholds = t;
    t.save();
    recomputeAll();
    if (m_pending.isEmpty())
        announce();
}

void Overview::setResellerScoped(Source source, bool scoped)
{
    if (scoped)
        m_scoped.insert(source);
    else
        m_scoped.remove(source);
}

void Overview::sourceLoaded(Source source)
{
    m_pending.remove(source);
    m_loaded.insert(source);
    recompute(source);
    const bool complete = m_pending.isEmpty();
    if (complete) {
        m_syncedAt = QDateTime::currentDateTime();
        announce();
    }
    emit changed();
    if (complete) {
        if (m_syncing) {
            m_syncing = false;
            emit synced();
        }
    }
}

bool Overview::offers(Source source) const
{
    const BssClient *client = m_session->client();
    switch (source) {
    case Source::Account:
    case Source::Resellers: // the alert is about the resellers' balances
        return client->offers("ListPartnerBalances");
    case Source::Quotas:
        return client->offers("ListQuotaCoupons");
    case Source::Customers: // likewise, the customers' balances
        return client->offers("ListCustomersBalancesDetail");
    case Source::Coupons:
        return client->offers("ListIssuedPartnerCoupons");
    case Source::Budgets:
        return client->offers("ListSubCustomerBudget");
    case Source::Settlements:
        break;
    }
    return true; // settlements: the alert says where to look when there is no API
}

void Overview::loadAccount()
{
    if (!offers(Source::Account)) {
        // The International site has no partner account to read: the figures stay unknown,
        // which is no error. Its partners have a consumption quota instead.
        m_accountKnown = false;
        m_account = PartnerAccount();
        if (!m_session->client()->offers("ShowPartnerConsumptionQuota")) {
            QMetaObject::invokeMethod(
                this, [this] { sourceLoaded(Source::Account); }, Qt::QueuedConnection);
            return;
        }
        BssJob *job = m_session->client()->call(BudgetOperations::showConsumptionQuota());
        const int generation = m_generation;
        connect(job, &BssJob::finished, this, [this, job, generation] {
            if (generation != m_generation)
                return;
            QString problem;
            m_consumption = job->error().isError()
                                ? std::nullopt
                                : BudgetResponses::consumptionQuota(job->json(), &problem);
            if (!m_consumption)
                emit failed(job->error().isError() ? job->error().userMessage() : problem);
            sourceLoaded(Source::Account);
        });
        return;
    }
    QString problem;
    BssJob *job = m_session->client()->call(Operations::listPartnerBalances(QString(), &problem));
    const int generation = m_generation;
    connect(job, &BssJob::finished, this, [this, job, generation] {
        if (generation != m_generation)
            return;
        QString problem;
        const auto balances = Responses::partnerBalances(job->json(), &problem);
        m_accountKnown = !job->error().isError() && balances.has_value();
        m_account = m_accountKnown ? PartnerAccount::fromBalances(*balances) : PartnerAccount();
        if (!m_accountKnown)
            emit failed(job->error().isError() ? job->error().userMessage() : problem);
        sourceLoaded(Source::Account);
    });
}

void Overview::loadSettlements()
{
    m_settlements.clear();
    m_settlementsKnown = false;
    if (!m_session->isSandbox()) {
        // No public API: the alert says so and links to Partner Center instead.
        QMetaObject::invokeMethod(
            this, [this] { sourceLoaded(Source::Settlements); }, Qt::QueuedConnection);
        return;
    }
    const int generation = m_generation;
    auto remaining = std::make_shared<int>(partnerActionStatuses().size());
    auto ok = std::make_shared<bool>(true);
    for (const QString &status : partnerActionStatuses()) {
        auto *pager = new Pager(
            m_session->client(),
            [status](int offset, int limit) {
                QString ignored;
                ApiRequest r =
                    Operations::byName(QStringLiteral("SandboxListSettlements"), &ignored);
                r.addQuery("status", status);
                r.addQuery("offset", QString::number(offset));
                r.addQuery("limit", QString::number(limit));
                return r;
            },
            Pager::Options{QStringLiteral("settlements"), 100, 2, -1}, this);
        connect(pager, &Pager::pageReceived, this,
                [this, generation](int, const QJsonArray &items, int) {
                    if (generation != m_generation)
                        return;
                    for (const QJsonValue &v : items)
                        m_settlements.append(v.toObject());
                });
        connect(pager, &Pager::finished, this,
                [this, pager, generation, remaining, ok](const BssError &e) {
                    pager->deleteLater();
                    if (generation != m_generation)
                        return;
                    if (e.isError()) {
                        *ok = false;
                        emit failed(e.userMessage());
                    }
                    if (--*remaining == 0) {
                        m_settlementsKnown = *ok;
                        sourceLoaded(Source::Settlements);
                    }
                });
        pager->start();
    }
}

namespace {
Overview::Alert emptyAlert(Overview::AlertKind kind, bool available)
{
    Overview::Alert a;
    a.kind = kind;
    a.available = available;
    return a;
}
} // namespace

void Overview::recompute(Source source)
{
    if (m_scoped.contains(source))
        return; // the page shows a reseller's data: the own-scope figures stay
    switch (source) {
    case Source::Account:
        break; // read with the balances
    case Source::Quotas:
        m_quotaCount = 0;
        m_quotaRemaining = Decimal::fromMantissa(0, 2);
        for (int r = 0; r < m_quotas->rowCount(); ++r) {
            const QuotaModel::Quota &q = m_quotas->quota(r);
            if (q.status != 0 || !q.balance.isValid())
                continue; // only quotas in effect can still issue coupons
            ++m_quotaCount;
            m_quotaRemaining += q.balance;
        }
        break;
    case Source::Customers: {
        Alert low = emptyAlert(AlertKind::LowCustomers, m_loaded.contains(Source::Customers));
        for (const auto &[id, balance] : m_customers->balancesBelow(m_thresholds.customerBalance)) {
            ++low.count;
            low.amount += balance;
            low.ids.append(id);
        }
        low.ids.sort(); // a stable order whatever the hash's
        m_alerts.insert(low.kind, low);
        break;
    }
    case Source::Coupons: {
        Alert expiring = emptyAlert(AlertKind::ExpiringCoupons, m_loaded.contains(Source::Coupons));
        // From now to the end of the N-th day (local dates, as the coupons page filters them).
        const QDateTime now = QDateTime::currentDateTime();
        const QDateTime until = QDate::currentDate().addDays(m_thresholds.couponDays).endOfDay();
        for (int r = 0; r < m_coupons->rowCount(); ++r) {
            const IssuedCoupon &c = m_coupons->coupon(r);
            if (c.status != 2 || !c.expireTime.isValid() || c.expireTime < now ||
                c.expireTime > until)
                continue;
            ++expiring.count;
            if (c.balance.isValid())
                expiring.amount += c.balance;
            expiring.ids.append(c.couponId);
        }
        m_alerts.insert(expiring.kind, expiring);
        break;
    }
    case Source::Resellers: {
        Alert resellers = emptyAlert(AlertKind::LowResellers, m_loaded.contains(Source::Resellers));
        for (int r = 0; r < m_resellers->rowCount(); ++r) {
            const QJsonObject rec = m_resellers->record(r);
            const auto b = Decimal::fromJson(rec.value(QLatin1String("balance")));
            if (b && b->isValid() && *b < m_thresholds.resellerBalance) {
                ++resellers.count;
                resellers.amount += *b;
                resellers.ids.append(rec.value(QLatin1String("indirect_partner_id")).toString());
            }
        }
        m_alerts.insert(resellers.kind, resellers);
        break;
    }
    case Source::Budgets: {
        // Over and near budget from the amounts (the threshold may have changed since the
        // load); frozen from the account state.
        Alert over = emptyAlert(AlertKind::OverBudget, m_loaded.contains(Source::Budgets));
        Alert near = emptyAlert(AlertKind::NearBudget, m_loaded.contains(Source::Budgets));
        Alert frozen = emptyAlert(AlertKind::FrozenCustomers, m_loaded.contains(Source::Budgets));
        for (int r = 0; r < m_budgets->rowCount(); ++r) {
            const QJsonObject rec = m_budgets->record(r);
            const QString id = rec.value(QLatin1String("customer_id")).toString();
            if (rec.value(QLatin1String("is_frozen")).toInt() != 0) {
                ++frozen.count;
                frozen.ids.append(id);
            }
            const auto budget = Decimal::fromJson(rec.value(QLatin1String("budget_amount")));
            const auto used = Decimal::fromJson(rec.value(QLatin1String("used_amount")));
            if (!budget || !used || rec.value(QLatin1String("budget_type")).toString().isEmpty())
                continue;
            // The page's rule, with the overview's own threshold (it may have changed since).
            const QString state =
                BudgetsLoader::stateOf(*budget, *used, true, m_thresholds.budgetPercent);
            Alert *a = state == u"over" ? &over : state == u"near" ? &near : nullptr;
            if (!a)
                continue;
            ++a->count;
            a->amount += a == &over ? *used - *budget : *budget - *used; // overrun / what is left
            a->ids.append(id);
        }
        for (Alert *a : {&over, &near, &frozen}) {
            a->ids.sort();
            m_alerts.insert(a->kind, *a);
        }
        break;
    }
    case Source::Settlements: {
        Alert waiting = emptyAlert(AlertKind::WaitingSettlements, m_settlementsKnown);
        for (const QJsonObject &s : std::as_const(m_settlements)) {
            ++waiting.count;
            const auto amount = Decimal::fromJson(s.value(QLatin1String("settle_amount")));
            if (amount && amount->isValid())
                waiting.amount += *amount;
            waiting.ids.append(s.value(QLatin1String("settlement_id")).toString() + u'/' +
                               s.value(QLatin1String("status")).toString());
        }
        m_alerts.insert(waiting.kind, waiting);
        break;
    }
    }
}

void Overview::recomputeAll()
{
    for (Source s : sources()) {
        if (s != Source::Account)
            recompute(s);
    }
    emit changed();
}

QString Overview::seenKey(AlertKind kind) const
{
    // Per profile: two partner accounts never share what was already announced.
    return QStringLiteral("overview/seen/%1/%2")
        .arg(QString::fromLatin1(m_session->settingsKey().toUtf8().toHex()))
        .arg(static_cast<int>(kind));
}

void Overview::announce()
{
    QSettings settings;
    QList<Alert> fresh;
    for (const Alert &a : std::as_const(m_alerts)) {
        if (!a.available)
            continue;
        const QStringList seenList = settings.value(seenKey(a.kind)).toStringList();
        const QSet<QString> seen(seenList.cbegin(), seenList.cend());
        Alert f = a;
        f.ids.clear();
        f.count = 0;
        for (const QString &id : a.ids) {
            if (!seen.contains(id)) {
                f.ids.append(id);
                ++f.count;
            }
        }
        // What is current now is what was seen; an item that leaves and comes back is new again.
        settings.setValue(seenKey(a.kind), a.ids);
        if (f.count > 0)
            fresh.append(f);
    }
    std::sort(fresh.begin(), fresh.end(), [](const Alert &x, const Alert &y) {
        return static_cast<int>(x.kind) < static_cast<int>(y.kind);
    });
    if (!fresh.isEmpty())
        emit newAlerts(fresh);
}
