#pragma once

#include <QDockWidget>

class BssError;
class QPlainTextEdit;

// The non-modal errors panel (View > Errors panel): each error with where it happened, its
// message, and the code and request id support asks for. Shown when an error arrives.
class ErrorPanel : public QDockWidget
{
    Q_OBJECT
public:
    explicit ErrorPanel(QWidget *parent);

    void add(const QString &where, const BssError &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    QPlainTextEdit *m_text;
};
