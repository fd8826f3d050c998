#pragma once

#include "core/decimal.h"

#include <QWidget>

class CustomerDetail;
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
// spend, the customer's coupons, recent orders and adjust records.
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

signals:
    void discountDialogOpened(QWidget *dialog);

protected:
    void changeEvent(QEvent *event) override;

private:
    void replaceChart(QChart *chart);
    void showSpend();
    void showCoupons();
    void showOrders();
    void showAdjustRecords();
    void openDiscountDetails();
    void retranslate();
    QString money(const Decimal &amount) const;

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
    Decimal m_balance, m_debt;
};
