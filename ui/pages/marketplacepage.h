#pragma once

#include "models/settlementline.h"
#include "pages/page.h"

#include <QHash>
#include <QWidget>

class BssError;
class DataTableView;
class PeriodDiffPanel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabBar;
class QTabWidget;
class RecordFilterProxy;
class RecordTableModel;
class Session;
class Workspace;
class SettlementDetailsDialog;
class StatementPanel;

// 云商店商品分账 (销售 > 云商店 > 商品分账): the settlement bills of non-general and general
// products with the console's filters (status, bill period) plus product and customer search, each
// bill's phase, status and the partner's next action; 详情 per bill; the period diff; and an
// imported console statement for offline reconciliation. Bills come from sandbox-only endpoints; on
// the real sites the page explains where the console shows them and works on imported statements.
class MarketplacePage : public Page
{
    Q_OBJECT
public:
    QString key() const override { return QStringLiteral("marketplace"); }
    explicit MarketplacePage(Workspace *workspace, QWidget *parent = nullptr);

    void reload() override;
    void setKind(const QString &kind);           // "non_general" (first tab) or "general"
    void setStatusFilter(const QString &status); // a status code, "action" or "" for all
    void setPeriodFilter(const QString &period); // YYYY-MM or "" for all
    void setSearch(const QString &text);
    void showAwaitingAction(); // the overview's alert: bills waiting for the partner
    bool focus(const QString &what, const QVariant &value) override;
    SettlementDetailsDialog *openDetails(int sourceRow);
    bool canExport() const override { return true; }
    void exportCurrent() override;

    RecordTableModel *model() const { return m_model; }
    RecordFilterProxy *proxy() const { return m_proxy; }
    DataTableView *table() const { return m_table; }
    PeriodDiffPanel *diffPanel() const { return m_diff; }
    StatementPanel *statementPanel() const { return m_statement; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void detailsOpened(SettlementDetailsDialog *dialog);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Session *m_session;
    RecordTableModel *m_model;
    RecordFilterProxy *m_proxy;
    QTabWidget *m_tabs;
    QTabBar *m_kinds;
    QComboBox *m_status;
    QComboBox *m_period;
    QLineEdit *m_search;
    QPushButton *m_reload;
    QPushButton *m_details;
    QLabel *m_periodLabel;
    QLabel *m_statusLabel;
    QLabel *m_note;
    QLabel *m_count;
    DataTableView *m_table;
    PeriodDiffPanel *m_diff;
    StatementPanel *m_statement;
    // The bills, and each bill's customers for the search (read once per bill: a filter change
    // reloads the list but not the items; Refresh reads them again).
    class MarketplaceLoader *m_loader = nullptr;
};
