#pragma once

#include <QDialog>

class BatchDialogFrame;
class BatchResultPanel;
class BatchRunner;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class PreviewTable;
class Session;

// 冻结 / 解冻 (International site): freeze or unfreeze one or several resale customers, with a
// reason and what is frozen (the account, or the account and its resources). The preview lists
// who will change and who is skipped because it is already in that state; the batch engine then
// sends one request per customer into the batch-result panel.
class FreezeDialog : public QDialog
{
    Q_OBJECT
public:
    struct Target
    {
        QString customerId;
        QString shownName; // masked unless the column is revealed
        bool frozen = false;
        QString indirectPartnerId;
    };

    FreezeDialog(Session *session, bool freeze, const QList<Target> &targets,
                 QWidget *parent = nullptr);

    QLineEdit *reasonEdit() const { return m_reason; }
    QComboBox *typeBox() const { return m_type; }
    PreviewTable *preview() const { return m_preview; }
    QPushButton *confirmButton() const { return m_confirm; }
    BatchRunner *runner() const { return m_runner; }
    QString summaryText() const;

signals:
    void batchFinished();

private:
    void updatePreview();
    void run();

    Session *m_session;
    bool m_freeze;
    QList<Target> m_targets;
    QStackedWidget *m_pages;
    QLineEdit *m_reason;
    QComboBox *m_type;
    PreviewTable *m_preview;
    QLabel *m_summary;
    QPushButton *m_confirm;
    QPushButton *m_close;
    BatchDialogFrame *m_frame = nullptr;
    BatchRunner *m_runner = nullptr;
    BatchResultPanel *m_panel = nullptr;
};
