#pragma once

#include "bss/types.h"
#include "pages/page.h"

class BillingLoader;
class DataTableView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class RecordTableModel;
class Session;
class Workspace;

// 账单与发票 (International site): the partner's postpaid bill of a month — amount due,
// consumption, refunds, adjustments and the sales tax billed on top — its invoice requests with
// their state, and its own coupons (from Huawei's promotions) with balance and validity.
// Read-only: invoices are applied for in the console.
class BillingPage : public Page
{
    Q_OBJECT
public:
    QString key() const override { return QStringLiteral("billing"); }
    explicit BillingPage(Workspace *workspace, QWidget *parent = nullptr);

    void reload() override;
    bool canExport() const override { return true; }
    void exportCurrent() override;
    QComboBox *monthBox() const { return m_month; }
    QString figure(const QString &name) const; // "due", "consumption", … as shown
    DataTableView *invoiceTable() const { return m_table; }
    DataTableView *couponTable() const { return m_couponTable; }
    RecordTableModel *coupons() const { return m_coupons; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showBill();

    Session *m_session;
    RecordTableModel *m_invoices;
    BillingLoader *m_loader;
    QComboBox *m_month;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_reload;
    QPushButton *m_export;
    QLabel *m_monthLabel;
    QLabel *m_rangeLabel;
    QLabel *m_invoiceTitle;
    QList<QPair<QLabel *, QLabel *>> m_figures; // name, value
    DataTableView *m_table;
    RecordTableModel *m_coupons;
    QTabWidget *m_tabs;
    QComboBox *m_couponStatus;
    QLabel *m_couponStatusLabel;
    DataTableView *m_couponTable;
    std::optional<PostpaidBillSum> m_bill;
};
