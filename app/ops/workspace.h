#pragma once

#include <QObject>
#include <QStringList>

class BillingLoader;
class BudgetsLoader;
class CouponModel;
class CouponRecordModel;
class CouponsLoader;
class CustomerLoader;
class UnbindRequestsLoader;
class CustomerModel;
class DiscountsLoader;
class FundsLoader;
class IncentivesLoader;
class MarketplaceLoader;
class Overview;
class PricingLoader;
class QuotaModel;
class QuotasLoader;
class RecordTableModel;
class ResellersLoader;
class Session;

// One session's data: every page's models and the loaders that fill them, and the overview
// computed from those same models. Pages, the overview and the command palette get their data
// here, never from each other or from the window; a page keeps only its widgets and its filters.
// A completed write reloads exactly what it changed (refreshAfterWrites and the pages' own
// WriteRefresh for filtered lists). Adding a page's data = one struct below, built in the
// constructor from a RecordSpecs table (or a typed model) and its loader.
class Workspace : public QObject
{
    Q_OBJECT
public:
    struct Customers
    {
        CustomerModel *model;
        CustomerLoader *loader;
        RecordTableModel *unbindRequests; // sandbox only: the console has them elsewhere
        UnbindRequestsLoader *unbindLoader;
    };
    struct Coupons
    {
        CouponModel *model;
        CouponsLoader *loader;
    };
    struct Quotas
    {
        QuotaModel *quotas;
        CouponRecordModel *records;
        QuotaModel *resellerQuotas; // what a distributor issued to its resellers
        QuotasLoader *loader;
    };
    struct Resellers
    {
        RecordTableModel *model;
        ResellersLoader *loader;
    };
    struct Funds
    {
        RecordTableModel *changes;
        RecordTableModel *adjust;
        RecordTableModel *agreements;
        FundsLoader *loader;
    };
    struct Marketplace
    {
        RecordTableModel *bills;
        MarketplaceLoader *loader;
    };
    struct Incentives
    {
        RecordTableModel *payouts;
        RecordTableModel *claims;
        RecordTableModel *policies; // 产品激励策略
        IncentivesLoader *loader;
    };
    struct Discounts
    {
        RecordTableModel *breakdown;
        RecordTableModel *customers;
        DiscountsLoader *loader;
    };

    struct Budgets // International site
    {
        RecordTableModel *model;
        RecordTableModel *history;
        BudgetsLoader *loader;
    };

    struct Billing // International site
    {
        RecordTableModel *invoices;
        RecordTableModel *coupons; // the partner's own
        BillingLoader *loader;
    };

    explicit Workspace(Session *session, QObject *parent = nullptr);

    Session *session() const { return m_session; }
    const Customers &customers() const { return m_customers; }
    const Coupons &coupons() const { return m_coupons; }
    const Quotas &quotas() const { return m_quotas; }
    const Resellers &resellers() const { return m_resellers; }
    const Funds &funds() const { return m_funds; }
    const Marketplace &marketplace() const { return m_marketplace; }
    const Incentives &incentives() const { return m_incentives; }
    const Discounts &discounts() const { return m_discounts; }
    const Budgets &budgets() const { return m_budgets; }
    const Billing &billing() const { return m_billing; }
    PricingLoader *pricing() const { return m_pricing; }
    Overview *overview() const { return m_overview; }

    // A customer's name from the loaded customer list (other lists carry only the id); "" when
    // the customer is not in it.
    QString customerName(const QString &customerId) const;
    // The customers selected on the Customers page: what "issue to the selected customers"
    // elsewhere means.
    QStringList selectedCustomers() const { return m_selected; }
    void setSelectedCustomers(const QStringList &customerIds);

signals:
    void selectedCustomersChanged();

private:
    void feedOverview();
    // After a write (WriteEffects), the data it changed that needs no page's filters reloads
    // here: the overview's balances, the coupons, the quotas, the resellers' balances, the
    // agreements and the MDF claims. Pages reload what their filters select.
    void refreshAfterWrites();

    Session *m_session;
    Customers m_customers;
    Coupons m_coupons;
    Quotas m_quotas;
    Resellers m_resellers;
    Funds m_funds;
    Marketplace m_marketplace;
    Incentives m_incentives;
    Discounts m_discounts;
    Budgets m_budgets;
    Billing m_billing;
    PricingLoader *m_pricing;
    Overview *m_overview;
    QStringList m_selected;
};
