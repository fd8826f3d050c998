#pragma once

#include "core/secretbytes.h"

#include <QLineEdit>

// A line edit for a secret key: hidden by default, an eye action shows or hides it, no
// context-menu copy while hidden. secret() hands the text over as SecretBytes and wipes the
// field.
class SecretField : public QLineEdit
{
    Q_OBJECT
public:
    explicit SecretField(QWidget *parent = nullptr);

    bool isRevealed() const { return echoMode() == QLineEdit::Normal; }
    void setRevealed(bool revealed);
    SecretBytes takeSecret();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateAction();
    QAction *m_eye;
};
