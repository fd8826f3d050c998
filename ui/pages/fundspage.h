#pragma once

#include "pages/page.h"

#include <QWidget>

#include <functional>

class WriteGate;
class BssError;
struct WriteSpec;
class DataTableView;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class RecordTableModel;
class ResellerScopeBox;
class FundsLoader;
class Session;
class Workspace;

// 资金管理: the partner account at a glance (cash, credit line, allocatable, coupon quotas — each
// labelled with where it comes from, so a balance is never mistaken for vouchers), the ledger
// 收支明细, the adjust records 调账记录, and payment agreements 代付管理 (sandbox only; on the real
// sites the Partner Center).
class FundsPage : public Page
{
    Q_OBJECT
public:
    QString key() const override { return QStringLiteral("funds"); }
    FundsPage(Workspace *workspace, QWidget *parent = nullptr);

    void reload() override;
    // A distributor reads one reseller's account ("" for our own); reloads when it changes.
    void setResellerScope(const QString &indirectPartnerId);
    void loadChanges();
    // The account changes (收支明细) of one trade type, e.g. RECHARGE for the recharge account
    // where a topped-up incentive is confirmed.
    void showTradeType(const QString &type);
    bool focus(const QString &what, const QVariant &value) override;
    QString tradeType() const; // the ledger's trade-type filter ("" for all)
    void loadAdjustRecords();
    void loadAgreements();
    void addAgreement(const QString &name, const QString &type);
    void voidAgreement(const QString &agreementId);
    // Runs an agreement change, checked against the agreements when its answer is lost, and
    // says what happened (and writes the audit log).
    void runAgreementWrite(const WriteSpec &spec);
    void showAgencyNote(const std::function<QString()> &text);
    bool canExport() const override { return true; }
    void exportCurrent() override;

    RecordTableModel *changes() const { return m_changes; }
    RecordTableModel *adjustRecords() const { return m_adjust; }
    RecordTableModel *agreements() const { return m_agreements; }
    DataTableView *agreementTable() const { return m_agreementTable; }
    QPushButton *voidButton() const { return m_void; }
    QString overviewText() const;

signals:
    void changesLoaded();
    void adjustRecordsLoaded();
    void agreementsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadOverview();
    void reloadScoped(); // what depends on whose account is shown
    void showOverview();

    Session *m_session;
    RecordTableModel *m_changes;
    RecordTableModel *m_adjust;
    RecordTableModel *m_agreements;
    ResellerScopeBox *m_scope;
    QLabel *m_overview;
    QTabWidget *m_tabs;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_tradeType;
    QComboBox *m_adjustType;
    QLineEdit *m_target;
    QLineEdit *m_remitter;
    QComboBox *m_remitterType;
    QPushButton *m_add;
    QPushButton *m_void;
    QPushButton *m_export = nullptr;
    QLabel *m_agencyNote;
    std::function<QString()> m_agencyText;
    DataTableView *m_changeTable;
    DataTableView *m_adjustTable;
    DataTableView *m_agreementTable;
    QString m_cash, m_credit, m_allocatable, m_due, m_quota;
    FundsLoader *m_loader = nullptr;
    WriteGate *m_gate = nullptr; // buttons that change server data: off while offline
};
