#pragma once

#include "models/settlementdiff.h"

#include <QWidget>

class BssError;
class DataTableView;
class ExportDialog;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class RecordFilterProxy;
class RecordTableModel;
class Session;
class SettlementLoader;

// ★ Period diff (账期对比): two bill periods of marketplace settlements compared per product and
// customer — new, gone, changed (by how much) — from the sandbox's bills or from an imported
// console statement, with totals, a "changes only" view and export.
class PeriodDiffPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PeriodDiffPanel(Session *session, QWidget *parent = nullptr);

    void setPeriods(const QString &from, const QString &to);
    void setUseImported(bool imported);
    void setImported(const QList<SettlementLine> &lines);
    void compare();
    ExportDialog *exportDiff(); // CSV / XLSX of the diff as shown

    const QList<SettlementDiff::Row> &rows() const { return m_rows; }
    RecordTableModel *model() const { return m_model; }
    RecordFilterProxy *proxy() const { return m_proxy; }
    DataTableView *table() const { return m_table; }
    QCheckBox *changesOnly() const { return m_changesOnly; }
    QString summaryText() const;

signals:
    void compared();
    void failed(const BssError &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void show(const QList<SettlementLine> &from, const QList<SettlementLine> &to);
    void fillPeriods(const QStringList &periods);
    void refillPeriods();

    Session *m_session;
    RecordTableModel *m_model;
    RecordFilterProxy *m_proxy;
    QComboBox *m_source;
    QComboBox *m_from;
    QComboBox *m_to;
    QComboBox *m_kind;
    QCheckBox *m_changesOnly;
    QPushButton *m_compare;
    QPushButton *m_export;
    QLabel *m_fromLabel;
    QLabel *m_toLabel;
    QLabel *m_summary;
    DataTableView *m_table;
    SettlementLoader *m_fromLoader;
    SettlementLoader *m_toLoader;
    QList<SettlementLine> m_imported;
    QList<SettlementDiff::Row> m_rows;
    QString m_currency;
    int m_pending = 0;
    bool m_failed = false;
};
