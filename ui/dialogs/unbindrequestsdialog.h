#pragma once

#include <QDialog>

class DataTableView;
class QLabel;
class QPushButton;
class Workspace;

// 解除关联申请: the partner's unbind requests and where each stands (awaiting the customer,
// unbound, refused), newest first, with what was reclaimed. Opened from the Customers page's
// More menu; read again on opening and on Refresh. Off the sandbox there is no public API: the
// dialog says where the console lists them.
class UnbindRequestsDialog : public QDialog
{
    Q_OBJECT
public:
    UnbindRequestsDialog(Workspace *workspace, QWidget *parent = nullptr);

    DataTableView *table() const { return m_table; }
    QString noteText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showNote();

    Workspace *m_workspace;
    QLabel *m_note;
    DataTableView *m_table;
    QPushButton *m_reload;
    QPushButton *m_close;
    QString m_error;
};
