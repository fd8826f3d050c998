#pragma once

#include "pages/page.h"

#include <QWidget>

#include <functional>

class WriteGate;
class BssError;
class CouponRecordModel;
class DataTableView;
class IssueCouponsDialog;
class ResellerQuotaDialog;
class QTabWidget;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QuotaModel;
class Session;
class Workspace;

// 销售 > 券管理 > 代金券额度: the partner's coupon quotas (face value, remaining, validity,
// status), issuing coupons from the selected one, and the operation records (操作记录) — of
// the selected quota, or all — filtered by time and customer.
class QuotasPage : public Page
{
    Q_OBJECT
public:
    QString key() const override { return QStringLiteral("quotas"); }
    explicit QuotasPage(Workspace *workspace, QWidget *parent = nullptr);

    void reload() override;
    void loadRecords();
    void issueFromSelected();
    void loadResellerQuotas();
    void issueToResellers();
    void reclaimResellerQuotas();
    // Exports the table the user works in: the records or reseller quotas when one of them has
    // the focus, otherwise the quotas.
    bool canExport() const override { return true; }
    void exportCurrent() override;
    QuotaModel *resellerQuotas() const { return m_resellerModel; }
    DataTableView *resellerTable() const { return m_resellerTable; }
    QuotaModel *model() const { return m_model; }
    CouponRecordModel *records() const { return m_records; }
    DataTableView *table() const { return m_table; }
    QLineEdit *recordCustomer() const { return m_customer; }

signals:
    void recordsLoaded();
    void issueDialogOpened(IssueCouponsDialog *dialog);
    void resellerQuotasLoaded();
    void resellerDialogOpened(ResellerQuotaDialog *dialog);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString selectedQuotaId() const;

    Workspace *m_workspace;
    Session *m_session;
    QuotaModel *m_model;
    QSortFilterProxyModel *m_proxy;
    CouponRecordModel *m_records;
    DataTableView *m_table;
    DataTableView *m_recordTable;
    QPushButton *m_reload;
    QPushButton *m_issue;
    QPushButton *m_toResellers;
    QPushButton *m_reclaimQuotas;
    QuotaModel *m_resellerModel;
    DataTableView *m_resellerTable;
    QTabWidget *m_tabs;
    class QuotasLoader *m_loader = nullptr;
    QLineEdit *m_customer;
    QDateEdit *m_from;
    QDateEdit *m_to;
    WriteGate *m_gate = nullptr; // buttons that change server data: off while offline
};
