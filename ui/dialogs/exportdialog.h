#pragma once

#include <QDialog>
#include <QList>

class DataTableView;
class MaskedTableModel;
class QAbstractItemModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class Session;
class TableExporter;

// Export the table as shown (filtered, sorted, visible columns) to CSV or XLSX. Sensitive
// columns stay masked unless the user ticks them for this export; that choice is written to
// the audit log. The export runs in the background with progress.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(Session *session, const QAbstractItemModel *view, MaskedTableModel *source,
                 const QList<int> &columns, const QString &what, QWidget *parent = nullptr);

    // For a page's table: its model as shown (directly or through a proxy) over a masked model,
    // the visible columns in their order; opened and deleted on close. nullptr if the table has
    // no masked model to export.
    static ExportDialog *openFor(Session *session, const DataTableView *table, const QString &what,
                                 QWidget *parent);

    QLineEdit *fileEdit() const { return m_file; }
    QRadioButton *xlsxButton() const { return m_xlsx; }
    QList<QCheckBox *> unmaskBoxes() const { return m_unmask; }
    QPushButton *exportButton() const { return m_export; }
    QString statusText() const;

signals:
    void exported(bool ok, const QString &file);

private:
    void browse();
    void run();

    Session *m_session;
    MaskedTableModel *m_source;
    QList<int> m_columns;
    QString m_what;
    QRadioButton *m_csv;
    QRadioButton *m_xlsx;
    QCheckBox *m_bom;
    QList<QCheckBox *> m_unmask;
    QLineEdit *m_file;
    QLabel *m_status;
    QPushButton *m_export;
    TableExporter *m_exporter;
};
