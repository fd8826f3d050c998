#pragma once

#include "core/auditlog.h"
#include "core/decimal.h"
#include "ops/fundswrites.h"
#include "pages/page.h"

#include <QWidget>

class AmountField;
class BalanceBelowFilter;
class BatchTransferDialog;
class BssError;
class CustomerDetailPane;
class CustomerFilterProxy;
class CustomerLoader;
class CustomerModel;
class CustomerSnapshot;
class DataTableView;
class ExportDialog;
class MaskedHeaderView;
class QAction;
class WriteGate;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class ResellerScopeBox;
class Session;
class Workspace;
class TransferDialog;
class UnbindDialog;

// 销售 > 客户 > 客户管理: every customer of the profile, loaded in the background with progress
// and cancel, then searched and filtered instantly on the local copy. Sensitive columns are
// masked with an eye button in their header.
class CustomersPage : public Page
{
    Q_OBJECT
public:
    QString key() const override { return QStringLiteral("customers"); }
    explicit CustomersPage(Workspace *workspace, QWidget *parent = nullptr);

    void reload() override;
    QString resellerScope() const; // the reseller whose data the page shows; "" for our own
    void setResellerScope(const QString &indirectPartnerId); // reloads when it changes
    // Opens the allocate / reclaim dialog for the selected customer (one 代售 row).
    void allocate();
    void reclaim();
    void unbind();
    void exportTable();
    bool canExport() const override { return true; }
    void exportCurrent() override { exportTable(); }
    bool focus(const QString &what, const QVariant &value) override;
    QStringList selectedCustomerIds() const;
    CustomerModel *model() const { return m_model; }
    CustomerFilterProxy *proxy() const { return m_proxy; }
    DataTableView *table() const { return m_table; }
    CustomerDetailPane *detailPane() const { return m_detail; }
    bool isLoading() const;
    // The customers whose balance is below `threshold` (from the overview's alert).
    void showLowBalance(const Decimal &threshold);
    // The table searched for `text` (the command palette's customer, by ID).
    void setSearch(const QString &text);

    // What runs when a session becomes ready (start, profile switch): the profile's column layout
    // back, and every sensitive column masked again (默认隐藏: a reveal lasts one session).
    void restoreViewState();

signals:
    void synced();                                     // for the status bar's last sync time
    void transferDialogOpened(TransferDialog *dialog); // for tests and the audit log
    void batchDialogOpened(BatchTransferDialog *dialog);
    void unbindDialogOpened(UnbindDialog *dialog);
    void exportDialogOpened(ExportDialog *dialog);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void applyDateFilter();
    void applyBalanceFilter();
    void saveViewState();
    QString stateKey(const QString &what) const;
    void openTransfer(bool allocate);
    // Several 代售 customers selected: the batch dialog with its preview; one: openTransfer.
    void openBatchTransfer(bool allocate);
    int selectedSourceRow() const;
    int shownRow() const; // the one selected row (any customer), the detail pane's; or -1
    QList<int> selectedAgencyRows() const;
    void updateCount();

    Workspace *m_workspace;
    QAction *m_unbindRequests = nullptr;
    Session *m_session;
    CustomerModel *m_model;
    CustomerFilterProxy *m_proxy;
    CustomerLoader *m_loader;
    CustomerSnapshot *m_snapshot;
    QLineEdit *m_search;
    QComboBox *m_type;
    QLineEdit *m_label;
    QLineEdit *m_manager;
    QCheckBox *m_dated;
    QDateEdit *m_from;
    QDateEdit *m_to;
    ResellerScopeBox *m_reseller;
    BalanceBelowFilter *m_below;
    bool m_restoring = false;
    QPushButton *m_reload;
    QPushButton *m_allocate;
    QPushButton *m_reclaim;
    QPushButton *m_more;
    QPushButton *m_export;
    QAction *m_unbind;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_count;
    DataTableView *m_table;
    CustomerDetailPane *m_detail;
    WriteGate *m_gate = nullptr; // buttons that change server data: off while offline
};
