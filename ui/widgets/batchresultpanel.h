#pragma once

#include <QWidget>

class BatchRunner;
class DataTableView;
class QLabel;
class QComboBox;
class QProgressBar;
class QSortFilterProxyModel;
class QPushButton;
class Session;

// The one batch-result panel: progress, a result row per item (status, error code and message,
// transaction id; failed and unknown rows tinted and filterable), a summary with totals
// ("58 of 3,584 done, stopped" after a cancel), Cancel while running and "Retry failed" after.
// Esc in the window that holds the panel cancels a running batch (instead of closing the
// window under it); once the batch is over, Esc closes the window as usual.
class BatchResultPanel : public QWidget
{
    Q_OBJECT
public:
    // `session` enables "Export results…" (the audit log records exports).
    BatchResultPanel(BatchRunner *runner, Session *session, QWidget *parent = nullptr);

    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QString summary() const;
    // Which rows the table shows: all, the failed ones, the unknown ones, or both.
    QComboBox *rowFilter() const { return m_filter; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void applyFilter();

    BatchRunner *m_runner;
    QProgressBar *m_progress;
    QLabel *m_summary;
    DataTableView *m_table;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_filter;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_export;
    Session *m_session;
    QWidget *m_watchedWindow = nullptr;
};
