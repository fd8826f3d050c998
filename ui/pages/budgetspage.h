#pragma once

#include "pages/page.h"

class BudgetDialog;
class BudgetsLoader;
class DataTableView;
class FreezeDialog;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class RecordFilterProxy;
class RecordTableModel;
class ResellerScopeBox;
class Session;
class WriteGate;
class Workspace;

// 客户预算 (International site): every resale customer with its budget, what it used and has
// left, over / near / within budget and whether the account is frozen; set budgets, freeze and
// unfreeze one or many (preview, then the batch engine), and the selected customer's budget
// history below. The China site has no budgets (it allocates funds instead): the page is absent
// there.
class BudgetsPage : public Page
{
    Q_OBJECT
public:
    QString key() const override { return QStringLiteral("budgets"); }
    explicit BudgetsPage(Workspace *workspace, QWidget *parent = nullptr);

    void reload() override;
    bool canExport() const override { return true; }
    void exportCurrent() override;
    // "budgetState": over, near, frozen (the overview's alerts), or "search": a customer.
    bool focus(const QString &what, const QVariant &value) override;
    BudgetDialog *setBudget();
    FreezeDialog *freeze(bool freeze);

    DataTableView *table() const { return m_table; }
    DataTableView *historyTable() const { return m_history; }
    RecordFilterProxy *proxy() const { return m_proxy; }
    QComboBox *stateBox() const { return m_state; }
    QLabel *summary() const { return m_summary; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyState();
    void updateSummary();
    void showHistory();
    QList<int> selectedRows() const;

    Session *m_session;
    RecordTableModel *m_model;
    RecordTableModel *m_historyModel;
    BudgetsLoader *m_loader;
    RecordFilterProxy *m_proxy;
    DataTableView *m_table;
    DataTableView *m_history;
    QLineEdit *m_search;
    QComboBox *m_state;
    ResellerScopeBox *m_scope;
    QPushButton *m_reload;
    QPushButton *m_set;
    QPushButton *m_freeze;
    QPushButton *m_unfreeze;
    QPushButton *m_export;
    QLabel *m_summary;
    QLabel *m_historyTitle;
    WriteGate *m_gate;
    QString m_historyOf;
};
