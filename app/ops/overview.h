#pragma once

#include "bss/types.h"
#include "core/decimal.h"
#include "models/partneraccount.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>

class CouponModel;
class CustomerModel;
class QuotaModel;
class RecordTableModel;
class Session;

// The start page's figures and alerts, computed from the same models the pages show (so the
// overview always agrees with them) plus the partner's balances and, on the sandbox, the
// marketplace settlements waiting for the partner. A sync runs the pages' loads; when every
// source is in, alerts whose items were not seen before (per profile, kept across restarts) are
// announced once through newAlerts().
class Overview : public QObject
{
    Q_OBJECT
public:
    enum class Source { Account, Quotas, Customers, Coupons, Resellers, Settlements, Budgets };
    // OverBudget, NearBudget and FrozenCustomers: the International site's budgets.
    enum class AlertKind {
        LowCustomers,
        ExpiringCoupons,
        LowResellers,
        WaitingSettlements,
        OverBudget,
        NearBudget,
        FrozenCustomers
    };
    static QList<AlertKind> alertKinds();
    static QList<Source> sources();

    struct Thresholds
    {
        Decimal customerBalance = Decimal::fromInt(100);
        Decimal resellerBalance = Decimal::fromInt(1000);
        int couponDays = 30;
        int budgetPercent = 90; // a budget used to this share or more is "near"
        static Thresholds load();
        void save() const;
    };
    struct Alert
    {
        AlertKind kind = AlertKind::LowCustomers;
        bool available = false; // the data was read (settlements: sandbox only)
        int count = 0;
        Decimal amount = Decimal::fromMantissa(0, 2); // sum of the items' balances / amounts
        QStringList ids;
    };

    Overview(Session *session, CustomerModel *customers, CouponModel *coupons, QuotaModel *quotas,
             RecordTableModel *resellers, RecordTableModel *budgets, QObject *parent = nullptr);

    // Starts a sync: reads the account and settlements; the pages' loads report through
    // sourceLoaded().
    void beginSync();
    void sourceLoaded(Source source);
    // Whether the profile's site has what `source` reads (the partner account, coupons, quotas
    // and balances are China-site operations): a source it lacks is neither waited for nor shown.
    bool offers(Source source) const;
    // The partner's balances again (after a write that moved money), outside a sync.
    void refreshAccount() { loadAccount(); }
    // The page behind `source` shows one reseller's customers or coupons instead of the
    // partner's own: its alert keeps the figures of the last own-scope load until it is back.
    void setResellerScoped(Source source, bool scoped);
    void setThresholds(const Thresholds &t);
    Thresholds thresholds() const { return m_thresholds; }

    PartnerAccount account() const { return m_account; }
    // The International partner's consumption quota (ShowPartnerConsumptionQuota), read with
    // the account; nothing on the China site or before it is read.
    std::optional<ConsumptionQuota> consumptionQuota() const { return m_consumption; }
    bool accountKnown() const { return m_accountKnown; }
    int quotaCount() const { return m_quotaCount; }
    Decimal quotaRemaining() const { return m_quotaRemaining; }
    Alert alert(AlertKind kind) const { return m_alerts.value(kind); }
    QDateTime syncedAt() const { return m_syncedAt; }
    // The settlement statuses that wait for the partner (invoice Huawei, redo a rejected request).
    static QStringList partnerActionStatuses();

signals:
    void changed();
    void synced(); // every source of the sync is in
    // Items not seen before, per alert kind (only kinds with something new).
    void newAlerts(const QList<Overview::Alert> &fresh);
    void failed(const QString &what);

private:
    void loadAccount();
    void loadSettlements();
    void recompute(Source source); // the figures that come from that source
    void recomputeAll();
    void announce();
    QString seenKey(AlertKind kind) const;

    Session *m_session;
    CustomerModel *m_customers;
    CouponModel *m_coupons;
    QuotaModel *m_quotas;
    RecordTableModel *m_resellers;
    RecordTableModel *m_budgets;
    Thresholds m_thresholds;
    PartnerAccount m_account;
    std::optional<ConsumptionQuota> m_consumption;
    bool m_accountKnown = false;
    int m_quotaCount = 0;
    Decimal m_quotaRemaining = Decimal::fromMantissa(0, 2);
    QHash<AlertKind, Alert> m_alerts;
    QList<QJsonObject> m_settlements;
    bool m_settlementsKnown = false;
    bool m_syncing = false;
    QSet<Source> m_pending;
    QSet<Source> m_loaded; // read at least once: their alerts are figures, not "checking"
    QSet<Source> m_scoped;
    QDateTime m_syncedAt;
    int m_generation = 0;
};

inline size_t qHash(Overview::AlertKind k, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(k), seed);
}
inline size_t qHash(Overview::Source s, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(s), seed);
}
