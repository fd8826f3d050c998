#pragma once

#include "core/decimal.h"
#include "pages/page.h"

#include <QWidget>

class WriteGate;
class AmountField;
class BalanceBelowFilter;
class BatchTransferDialog;
class BssError;
class ExportDialog;
class DataTableView;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class RecordFilterProxy;
class RecordTableModel;
class ResellersLoader;
class Session;
class Workspace;

// 云经销商 (distributors): the resellers with masked contact columns and their balances, allocate
// to and reclaim from one or several of them (a preview, then the batch engine). An account
// without resellers sees a short explanation instead.
class ResellersPage : public Page
{
    Q_OBJECT
public:
    QString key() const override { return QStringLiteral("resellers"); }
    explicit ResellersPage(Workspace *workspace, QWidget *parent = nullptr);

    void reload() override;
    void transfer(bool allocate);
    ExportDialog *exportTable(); // CSV / XLSX of the filtered rows, masked columns as shown
    bool canExport() const override { return true; }
    void exportCurrent() override { exportTable(); }
    // The resellers whose balance is below `threshold` (from the overview's alert).
    void showLowBalance(const Decimal &threshold);
    bool focus(const QString &what, const QVariant &value) override;
    RecordFilterProxy *proxy() const { return m_proxy; }
    RecordTableModel *model() const { return m_model; }
    DataTableView *table() const { return m_table; }

signals:
    void transferDialogOpened(BatchTransferDialog *dialog);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyBalanceFilter();

    Session *m_session;
    RecordTableModel *m_model;
    RecordFilterProxy *m_proxy;
    DataTableView *m_table;
    QLineEdit *m_search;
    BalanceBelowFilter *m_below;
    QPushButton *m_reload;
    QPushButton *m_allocate;
    QPushButton *m_reclaim;
    QPushButton *m_export;
    QLabel *m_note;
    ResellersLoader *m_loader = nullptr;
    WriteGate *m_gate = nullptr; // buttons that change server data: off while offline
};
