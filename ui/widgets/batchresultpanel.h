#pragma once

#include <QWidget>

class BatchRunner;
class DataTableView;
class QLabel;
class QProgressBar;
class QPushButton;
class Session;

// The one batch-result panel: progress, a result row per item (status, error code and message,
// transaction id), a summary with totals, Cancel while running and "Retry failed" afterwards.
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

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();

    BatchRunner *m_runner;
    QProgressBar *m_progress;
    QLabel *m_summary;
    DataTableView *m_table;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_export;
    Session *m_session;
    QWidget *m_watchedWindow = nullptr;
};
