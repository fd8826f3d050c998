#pragma once

#include <QDialog>

class AuditLogModel;
class DataTableView;
class QComboBox;
class QDateEdit;
class QLineEdit;
class Session;

// The local audit log viewer: filter by action, text and time, copy, export.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AuditLogDialog(Session *session, QWidget *parent = nullptr);
    AuditLogModel *model() const { return m_model; }
    void refresh();

private:
    Session *m_session;
    AuditLogModel *m_model;
    QComboBox *m_action;
    QLineEdit *m_text;
    QDateEdit *m_from;
    QDateEdit *m_to;
    DataTableView *m_table;
};
