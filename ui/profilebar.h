#pragma once

#include <QToolBar>

class Keychain;
class QAction;
class QComboBox;
class Session;

// The toolbar's account switcher: the sandbox and every saved profile, and "Manage profiles…".
// Choosing a profile reads its keys from the system keychain (never a plaintext fallback: a
// keychain problem is said through problem() and nothing changes).
class ProfileBar : public QToolBar
{
    Q_OBJECT
public:
    ProfileBar(Session *session, Keychain *keychain, QWidget *parent);

    void useSandbox();
    void useProfile(const QString &name);
    void openProfiles();

signals:
    void sandboxRequested(); // the composition root starts the sandbox
    void problem(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslate();

    Session *m_session;
    Keychain *m_keychain;
    QComboBox *m_profiles;
    QAction *m_manage;
};
