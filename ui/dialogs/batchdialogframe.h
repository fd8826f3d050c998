#pragma once

#include <QObject>
#include <QPointer>

class BatchResultPanel;
class BatchRunner;
class QDialog;
class QPushButton;
class QStackedWidget;

// The frame every batch dialog shares (allocate/reclaim to many, reclaim coupons, issue coupons,
// reseller quotas): its pages — the entry with its preview first — above Confirm (the dialog's
// own label) and Close. Running puts the per-item results in the entry's place; Close waits
// until every item has an outcome.
class BatchDialogFrame : public QObject
{
    Q_OBJECT
public:
    BatchDialogFrame(QDialog *dialog, QStackedWidget *pages, QPushButton *confirm,
                     QPushButton *close);

    // Shows `panel` (added to the pages if it is not there yet) and starts `runner`.
    void run(BatchRunner *runner, BatchResultPanel *panel);

signals:
    void finished(); // every item has an outcome (again, after a retry)

private:
    QStackedWidget *m_pages;
    QPushButton *m_confirm;
    QPushButton *m_close;
    QPointer<BatchRunner> m_watched;
};
