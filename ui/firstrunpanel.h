#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// No profile yet and no --sandbox: a welcome that offers the sandbox or a new profile.
class FirstRunPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FirstRunPanel(QWidget *parent = nullptr);

signals:
    void sandboxChosen();
    void addProfileChosen();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_welcome;
    QPushButton *m_sandbox;
    QPushButton *m_profile;
};
