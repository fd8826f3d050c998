#pragma once

#include "secrets/profile.h"

#include <QDialog>

class Keychain;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class SecretField;

// The profile manager: add, edit and delete partner profiles (name, site China /
// International / custom URL, account id, operator label). The AK and SK go straight to the
// system keychain; "Test connection" signs a call with them and fills in the account id. If the
// keychain is unavailable the dialog says so and saves nothing secret anywhere else.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfileDialog(Keychain *keychain, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *siteBox() const { return m_site; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *akEdit() const { return m_ak; }
    SecretField *skEdit() const { return m_sk; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *testButton() const { return m_test; }
    QString statusText() const;

signals:
    void profilesChanged();

private:
    void reloadList();
    void select(const QString &name);
    void clearForm();
    Profile formProfile() const;
    void save();
    void remove();
    void test();
    void setStatus(const QString &text);

    Keychain *m_keychain;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_site;
    QLineEdit *m_url;
    QLineEdit *m_domain;
    QLineEdit *m_operator;
    class QSpinBox *m_rate;
    QLineEdit *m_ak;
    SecretField *m_sk;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_delete;
    QPushButton *m_test;
};
