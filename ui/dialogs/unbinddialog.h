#pragma once

#include "bss/types.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class Session;

// 更多 > 解除关联. The console's notices, the checkbox "我已了解以上注意事项并同意此操作" that must
// be ticked (and a reason given) before the button enables. On the sandbox the account check
// runs as soon as the dialog opens — a customer that cannot be unbound is said so before any
// consent or reason is asked for — and again just before the request is submitted; on the real
// sites there is no API, so the dialog ends by opening the Partner Center, with the menu path
// to follow.
class UnbindDialog : public QDialog
{
    Q_OBJECT
public:
    UnbindDialog(Session *session, const Customer &customer, const QString &shownName,
                 QWidget *parent = nullptr);

    QCheckBox *agreement() const { return m_agree; }
    QLineEdit *reason() const { return m_reason; }
    QPushButton *unbindButton() const { return m_unbind; }
    QString statusText() const;
    enum class Check { NotRun, Running, Passed, Blocked, Unknown };
    Check checkState() const { return m_check; }

signals:
    void submitted(const QString &requestId);

private:
    void updateButton();
    void precheck();
    void run();
    void submit();
    void fail(const QString &message);
    static QString checkItemText(const QString &item);

    Session *m_session;
    Customer m_customer;
    QCheckBox *m_agree;
    QLineEdit *m_reason;
    QLabel *m_status;
    QPushButton *m_unbind;
    QPushButton *m_close;
    Check m_check = Check::NotRun;
};
