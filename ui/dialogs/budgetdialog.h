#pragma once

#include "core/decimal.h"

#include <QDialog>

class AmountField;
class BatchDialogFrame;
class BatchResultPanel;
class BatchRunner;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class PreviewTable;
class Session;

// 设置预算 (International site): one budget for one or several resale customers — the amount,
// monthly or one-time, what happens over budget (freeze by hand or automatically), and whether
// the partner's freeze is lifted with it. A preview shows each customer's budget now and after
// and what it has used; the batch engine then sets them one by one into the batch-result panel.
class BudgetDialog : public QDialog
{
    Q_OBJECT
public:
    struct Target
    {
        QString customerId;
        QString shownName;  // masked unless the column is revealed
        QString budgetType; // "" no budget yet
        Decimal budget = Decimal::invalid();
        Decimal used = Decimal::invalid();
        bool frozen = false;
        QString indirectPartnerId;
    };

    // `nearPercent`: the share of a budget the overview calls "near" (its threshold).
    BudgetDialog(Session *session, const QList<Target> &targets, int nearPercent,
                 QWidget *parent = nullptr);

    AmountField *amountField() const { return m_amount; }
    QComboBox *typeBox() const { return m_type; }
    QComboBox *policyBox() const { return m_policy; }
    QCheckBox *liftFreeze() const { return m_lift; }
    PreviewTable *preview() const { return m_preview; }
    QPushButton *confirmButton() const { return m_confirm; }
    BatchRunner *runner() const { return m_runner; }
    QString summaryText() const;

signals:
    void batchFinished();

private:
    void updatePreview();
    void run();
    QString money(const Decimal &amount) const;

    Session *m_session;
    int m_nearPercent;
    QList<Target> m_targets;
    QStackedWidget *m_pages;
    AmountField *m_amount;
    QComboBox *m_type;
    QComboBox *m_policy;
    QCheckBox *m_lift;
    PreviewTable *m_preview;
    QLabel *m_summary;
    QPushButton *m_confirm;
    QPushButton *m_close;
    BatchDialogFrame *m_frame = nullptr;
    BatchRunner *m_runner = nullptr;
    BatchResultPanel *m_panel = nullptr;
};
