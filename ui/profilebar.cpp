#include "profilebar.h"

#include "core/settingskeys.h"
#include "dialogs/profiledialog.h"
#include "ops/session.h"
#include "secrets/keychain.h"
#include "secrets/profilestore.h"
#include "widgets/choicebox.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QSettings>

ProfileBar::ProfileBar(Session *session, Keychain *keychain, QWidget *parent)
    : QToolBar(parent)
    , m_session(session)
    , m_keychain(keychain)
    , m_profiles(new ChoiceBox(this))
    , m_manage(new QAction(this))
{
    setObjectName(QStringLiteral("profiles"));
    setMovable(false);
    m_profiles->setSizeAdjustPolicy(QComboBox::AdjustToContents); // "沙箱" and "Sandbox"
    addWidget(m_profiles);
    addAction(m_manage);
    connect(m_manage, &QAction::triggered, this, &ProfileBar::openProfiles);
    connect(m_profiles, &QComboBox::activated, this, [this](int index) {
        const QString key = m_profiles->itemData(index).toString();
        if (key.isEmpty())
            useSandbox();
        else
            useProfile(key);
    });
    connect(keychain, &Keychain::availabilityChanged, this, [this](Keychain::Availability a) {
        if (a == Keychain::Availability::Unavailable)
            emit problem(m_keychain->unavailableMessage());
    });
    reload();
    retranslate();
}

void ProfileBar::useSandbox()
{
    m_profiles->setCurrentIndex(m_profiles->findData(QString()));
    QSettings().setValue(SettingsKeys::lastProfile(), QString());
    emit sandboxRequested();
}

void ProfileBar::useProfile(const QString &name)
{
    QSettings settings;
    const auto profile = ProfileStore(&settings).profile(name);
    if (!profile) {
        emit problem(tr("There is no profile named “%1”.").arg(name));
        return;
    }
    m_keychain->readCredentials(name, [this, p = *profile](Keychain::Status status,
                                                           const QString &message,
                                                           Keychain::Credentials creds) {
        if (status != Keychain::Status::Ok) {
            emit problem(message); // no plaintext fallback: say so and stay put
            return;
        }
        QSettings().setValue(SettingsKeys::lastProfile(), p.name);
        m_profiles->setCurrentIndex(m_profiles->findData(p.name));
        m_session->useProfile(p, creds.ak, std::move(creds.sk));
    });
}

void ProfileBar::openProfiles()
{
    auto *dialog = new ProfileDialog(m_keychain, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfileDialog::profilesChanged, this, &ProfileBar::reload);
    dialog->open();
}

void ProfileBar::reload()
{
    const QString current = m_profiles->currentData().toString();
    m_profiles->clear();
    m_profiles->addItem(tr("Sandbox"), QString());
    QSettings settings;
    for (const Profile &p : ProfileStore(&settings).profiles())
        m_profiles->addItem(p.name, p.name);
    m_profiles->setCurrentIndex(std::max(0, m_profiles->findData(current)));
}

void ProfileBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolBar::changeEvent(event);
}

void ProfileBar::retranslate()
{
    m_manage->setText(tr("Manage profiles…"));
    m_profiles->setToolTip(tr("The partner account to work on"));
    if (m_profiles->count() > 0)
        m_profiles->setItemText(0, tr("Sandbox"));
}
