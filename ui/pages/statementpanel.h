#pragma once

#include "ops/statementimport.h"

#include <QWidget>

class DataTableView;
class QLabel;
class QPushButton;
class RecordTableModel;
class Session;

// The imported statement (导入对账单): a settlement statement exported from the console, read in
// the background, its good rows in a table (masked like every table) and each bad row listed
// with its line and reason. The period diff works on what was imported.
class StatementPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StatementPanel(Session *session, QWidget *parent = nullptr);

    void chooseFile();
    void importFile(const QString &path); // asynchronous: imported() follows
    void exportLines();

    RecordTableModel *lines() const { return m_lines; }
    RecordTableModel *problems() const { return m_problems; }
    QString summaryText() const;

signals:
    void imported(const QList<SettlementLine> &lines);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void show(const QString &path, const StatementImport::Result &result);

    Session *m_session;
    RecordTableModel *m_lines;
    RecordTableModel *m_problems;
    QPushButton *m_import;
    QPushButton *m_export;
    QLabel *m_help;
    QLabel *m_summary;
    QLabel *m_problemsTitle;
    DataTableView *m_lineTable;
    DataTableView *m_problemTable;
    StatementImport::Result m_result;
    QString m_path;
};
