// Profiles end to end with a real keychain (a private gnome-keyring; see with-keyring.sh):
// add a profile for a sandbox started as a separate "site", test the connection (the account
// id is discovered), save (keys go to the keychain only), then open it in the main window and
// load customers over signed HTTP. Without a keychain the dialog says so and saves nothing.
#include "dialogs/profiledialog.h"
#include "mainwindow.h"
#include "models/customermodel.h"
#include "ops/session.h"
#include "pages/customerspage.h"
#include "sandbox/sandboxhost.h"
#include "secrets/keychain.h"
#include "secrets/profilestore.h"
#include "widgets/secretfield.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

class TestProfiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void addTestSaveAndOpen();
    void badInputSavesNothing();

private:
    SandboxHost m_host;
};

void TestProfiles::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("PC_REQUIRE_KEYCHAIN"))
        QSKIP("needs the private keyring of with-keyring.sh");
    QSignalSpy started(&m_host, &SandboxHost::started);
    SandboxHost::Options o;
    o.seed = {4, 150, false};
    o.accessKey = "PROFILEAK0000000001";
    QByteArray sk("profile-secret-key-0000000000000000");
    o.secretKey = SecretBytes::takeFrom(sk);
    m_host.start(std::move(o));
    QVERIFY(started.wait(20000));
}

void TestProfiles::addTestSaveAndOpen()
{
    Keychain keychain;
    ProfileDialog dialog(&keychain);
    dialog.nameEdit()->setText(QStringLiteral("acme-sandbox"));
    dialog.siteBox()->setCurrentIndex(dialog.siteBox()->findData(QStringLiteral("custom")));
    dialog.urlEdit()->setText(m_host.url().toString());
    dialog.akEdit()->setText(QString::fromLatin1(m_host.accessKey()));
    dialog.skEdit()->setText(QString::fromLatin1(m_host.secretKey().view().toByteArray()));
    QVERIFY(dialog.skEdit()->echoMode() == QLineEdit::Password);

    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().contains(QString::fromLatin1(m_host.domainId())),
                             15000);
    QSignalSpy changed(&dialog, &ProfileDialog::profilesChanged);
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY(changed.wait(15000));
    QVERIFY(dialog.skEdit()->text().isEmpty()); // the field is wiped once saved

    // Only the non-secret part is in the settings file.
    QSettings settings;
    settings.sync();
    const auto saved = ProfileStore(&settings).profile(QStringLiteral("acme-sandbox"));
    QVERIFY(saved);
    QCOMPARE(saved->domainId, QString::fromLatin1(m_host.domainId()));
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains(m_host.secretKey().view().toByteArray()));
    QVERIFY(!text.contains(m_host.accessKey()));

    // The window opens the profile: keys from the keychain, customers over signed HTTP.
    Session session;
    MainWindow window(&session);
    QSignalSpy loaded(window.page<CustomersPage>(), &CustomersPage::loaded);
    window.useProfile(QStringLiteral("acme-sandbox"));
    QVERIFY(loaded.wait(30000));
    QCOMPARE(session.profileName(), QStringLiteral("acme-sandbox"));
    QCOMPARE(window.page<CustomersPage>()->model()->rowCount(), 135);
}

void TestProfiles::badInputSavesNothing()
{
    Keychain keychain;
    ProfileDialog dialog(&keychain);
    dialog.nameEdit()->setText(QStringLiteral("half"));
    dialog.akEdit()->setText(QStringLiteral("ONLYANAK"));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY(dialog.statusText().contains(u"SK"));
    QSettings settings;
    QVERIFY(!ProfileStore(&settings).profile(QStringLiteral("half")));
}

QTEST_MAIN(TestProfiles)
#include "tst_profiles.moc"
