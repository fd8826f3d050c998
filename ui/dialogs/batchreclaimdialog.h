#pragma once

#include "bss/types.h"

#include <QDialog>

class BatchDialogFrame;
class BatchResultPanel;
class BatchRunner;
class QLabel;
class QPushButton;
class QStackedWidget;
class PreviewTable;
class Session;

// 批量回收: a dry-run preview of the selected coupons — how many can be reclaimed, the exact
// total, per customer, and every one skipped with its status — then the batch engine reclaims
// them (the whole balance of each) into the batch-result panel.
class BatchReclaimDialog : public QDialog
{
    Q_OBJECT
public:
    struct Target
    {
        IssuedCoupon coupon;
        QString customerLabel; // as the table shows the customer (masked unless revealed)
        QString indirectPartnerId;
    };

    BatchReclaimDialog(Session *session, const QList<Target> &targets, QWidget *parent = nullptr);

    QString previewText() const;
    PreviewTable *skippedTable() const { return m_skipped; }
    QPushButton *confirmButton() const { return m_confirm; }
    BatchRunner *runner() const { return m_runner; }
    BatchResultPanel *resultPanel() const { return m_panel; }

signals:
    void batchFinished();

private:
    void run();

    Session *m_session;
    QList<Target> m_targets;
    QStackedWidget *m_pages;
    QLabel *m_preview;
    PreviewTable *m_perCustomer;
    PreviewTable *m_skipped;
    QPushButton *m_confirm;
    QPushButton *m_close;
    BatchDialogFrame *m_frame = nullptr;
    BatchRunner *m_runner;
    BatchResultPanel *m_panel;
};
