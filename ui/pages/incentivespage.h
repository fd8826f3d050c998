#pragma once

#include "pages/page.h"

#include <QWidget>

class WriteGate;
class BssError;
class DataTableView;
class MdfClaimDialog;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class RecordFilterProxy;
class RecordTableModel;
class Session;
class Workspace;

// 激励 and 市场发展基金: incentive payouts with their status, payout method and what the status
// means (the console's hint table), filtered by period and status, with a link from a completed
// payout to the page where it is confirmed (top-up → Funds > account changes of the recharge
// account; voucher quota → Coupon quotas); and MDF applications with their claim deadlines and a
// claim dialog that pre-checks expense lines before anything is sent (sandbox-only endpoints; on
// the real sites the page says where the console shows them); and 产品激励策略, each service's
// incentive and discount policy in a month, from the official API (China site; absent on the
// International site, which has no such operation).
class IncentivesPage : public Page
{
    Q_OBJECT
public:
    QString key() const override { return QStringLiteral("incentives"); }
    explicit IncentivesPage(Workspace *workspace, QWidget *parent = nullptr);

    void reload() override;
    void loadPayouts();
    void loadClaims();
    void setStatusFilter(const QString &status);
    void setPeriodFilter(const QString &period);
    MdfClaimDialog *claim(int sourceRow);

    RecordTableModel *payouts() const { return m_payouts; }
    RecordTableModel *claims() const { return m_claims; }
    RecordTableModel *policies() const { return m_policies; }
    DataTableView *policyTable() const { return m_policyTable; }
    QWidget *policyTab() const { return m_policyTab; }
    QComboBox *policyMonthBox() const { return m_policyMonth; }
    void loadPolicies();
    DataTableView *payoutTable() const { return m_payoutTable; }
    DataTableView *claimTable() const { return m_claimTable; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *linkButton() const { return m_link; }
    QString detailText() const;

signals:
    void claimsLoaded();
    void policiesLoaded();
    void claimDialogOpened(MdfClaimDialog *dialog);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showDetail();
    int currentPayoutRow() const;

    Session *m_session;
    class IncentivesLoader *m_loader = nullptr;
    RecordTableModel *m_payouts;
    RecordTableModel *m_claims;
    RecordTableModel *m_policies;
    RecordFilterProxy *m_payoutProxy;
    RecordFilterProxy *m_policyProxy;
    QWidget *m_policyTab;
    QComboBox *m_policyMonth;
    QLabel *m_policyMonthLabel;
    class QLineEdit *m_policySearch;
    QLabel *m_policyNote;
    DataTableView *m_policyTable;
    QTabWidget *m_tabs;
    QComboBox *m_status;
    QComboBox *m_period;
    QLabel *m_statusLabel;
    QLabel *m_periodLabel;
    QLabel *m_note;
    QLabel *m_detail;
    QLabel *m_claimNote;
    QPushButton *m_reload;
    QPushButton *m_link;
    QPushButton *m_claim;
    DataTableView *m_payoutTable;
    DataTableView *m_claimTable;
    WriteGate *m_gate = nullptr; // buttons that change server data: off while offline
};
