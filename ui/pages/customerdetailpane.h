#pragma once

#include "bss/bsserror.h"
#include "core/decimal.h"

#include <QJsonValue>
#include <QWidget>

#include <optional>

class CustomerDetail;
class CustomerResources;
class DataTableView;
class RecordTableModel;
class QChart;
class QChartView;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class Session;
struct Customer;

// The detail pane under the customer table: balances, this month's spend and 本月已优惠 (the
// 优惠详情 dialog splits it by payment method and by association type), a chart of six months'
// spend, the customer's coupons, recent orders (double-click: the order's details), its
// yearly/monthly resources (expiring soonest first; 续订询价 asks the Pricing page for the renewal
// price of those selected) and adjust records.
class CustomerDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerDetailPane(Session *session, QWidget *parent = nullptr);

    void show(const Customer &customer, const QString &shownName, const Decimal &balance,
              const Decimal &debt);
    void clear();
    // The customer shown again when a write changed its balance or arrears (nothing if the
    // figures are the same): the figures and the records below them reload.
    void refresh(const Customer &customer, const QString &shownName, const Decimal &balance,
                 const Decimal &debt);
    CustomerDetail *detail() const { return m_detail; }
    QString figuresText() const; // "Balance … · Arrears …" of the customer shown
    QPushButton *discountButton() const { return m_discount; }
    QTableWidget *couponTable() const { return m_coupons; }
    QChartView *chartView() const { return m_chart; }
    QTableWidget *orderTable() const { return m_orders; }
    QTabWidget *tabs() const { return m_tabs; }
    DataTableView *resourceTable() const { return m_resourceView; }
    RecordTableModel *resourceModel() const { return m_resourceModel; }
    QPushButton *renewButton() const { return m_renew; }
    QLabel *resourceNote() const { return m_resourceNote; }
    void openOrder(int row); // the order dialog of the orders tab's row
    // The selected resources (when none is, the 10 expiring soonest) to Pricing.
    void requestRenewal();

signals:
    void discountDialogOpened(QWidget *dialog);
    void orderDialogOpened(QWidget *dialog);
    // Price the renewal of these yearly/monthly resources (the Pricing page's renewal mode).
    void renewalRequested(const QStringList &resourceIds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void replaceChart(QChart *chart);
    void showHeader();
    void showSpend();
    void showCoupons();
    void showOrders();
    void showAdjustRecords();
    void showResources();
    void resourceMenu(const QPoint &pos);
    void openDiscountDetails();
    void retranslate();
    QString money(const Decimal &amount) const;
    QString time(const QJsonValue &utc) const; // a UTC time of the API, local, in the UI's locale

    Session *m_session;
    CustomerDetail *m_detail;
    QString m_associationType;
    QLabel *m_title;
    QLabel *m_figures;
    QPushButton *m_discount;
    QTabWidget *m_tabs;
    QChartView *m_chart;
    QTableWidget *m_coupons;
    QTableWidget *m_orders;
    QTableWidget *m_adjust;
    RecordTableModel *m_resourceModel;
    CustomerResources *m_resources;
    QWidget *m_resourceTab;
    QLabel *m_resourceNote;
    DataTableView *m_resourceView;
    QPushButton *m_renew;
    QString m_indirectPartnerId;
    QString m_shownId, m_shownName;
    bool m_hasCustomer = false;
    bool m_spendLoaded = false;
    bool m_resourcesLoading = false;
    std::optional<BssError> m_resourceError; // shown in the note (again after a language switch)
    Decimal m_balance, m_debt;
};
