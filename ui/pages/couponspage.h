#pragma once

#include "pages/page.h"

#include <QWidget>

#include <functional>

class WriteGate;
class BatchReclaimDialog;
class BssError;
class CouponFilterProxy;
class CouponModel;
class DataTableView;
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

// 销售 > 客户 > 券管理 > 已发放代金券: every issued coupon, loaded in the background, filtered by
// status, customer and expiry window, and reclaimed in batches (preview, then per-item results).
class CouponsPage : public Page
{
    Q_OBJECT
public:
    QString key() const override { return QStringLiteral("coupons"); }
    explicit CouponsPage(Workspace *workspace, QWidget *parent = nullptr);

    void reload() override;
    QString resellerScope() const; // the reseller whose data the page shows; "" for our own
    void setResellerScope(const QString &indirectPartnerId); // reloads when it changes
    void reclaimSelected();
    // The usable coupons that expire between now and `days` days from now (from the overview).
    void showExpiring(int days);
    bool focus(const QString &what, const QVariant &value) override;
    void exportTable();
    bool canExport() const override { return true; }
    void exportCurrent() override { exportTable(); }
    CouponModel *model() const { return m_model; }
    CouponFilterProxy *proxy() const { return m_proxy; }
    DataTableView *table() const { return m_table; }
    QComboBox *statusBox() const { return m_status; }

signals:
    void reclaimDialogOpened(BatchReclaimDialog *dialog);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCount();
    void applyExpiry();

    Session *m_session;
    CouponModel *m_model;
    CouponFilterProxy *m_proxy;
    class CouponsLoader *m_loader = nullptr;
    ResellerScopeBox *m_scope;
    QComboBox *m_status;
    QLineEdit *m_customer;
    QCheckBox *m_expiring;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_reload;
    QPushButton *m_reclaim;
    QPushButton *m_export;
    QProgressBar *m_progress;
    QLabel *m_count;
    DataTableView *m_table;
    WriteGate *m_gate = nullptr; // buttons that change server data: off while offline
};
