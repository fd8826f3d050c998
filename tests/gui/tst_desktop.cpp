// Desktop integration of the window: Help > About shows the one version (the CMake project's),
// Tools > Open data folder opens the QStandardPaths data dir (where the audit log and the offline
// cache are), a second launch raises the window and opens its --page, and the window has the
// application icon.
#include "core/version.h"
#include "dialogs/aboutbox.h"
#include "mainwindow.h"
#include "ops/session.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

class TestDesktop : public QObject
{
    Q_OBJECT
public slots:
    void openedUrl(const QUrl &url) { m_opened.append(url); }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aboutShowsTheVersion();
    void dataFolderIsTheStandardLocation();
    void secondLaunchRaisesAndOpensItsPage();

private:
    Session *m_session = nullptr;
    MainWindow *m_window = nullptr;
    QList<QUrl> m_opened;
};

void TestDesktop::initTestCase()
{
    m_session = new Session;
    m_window = new MainWindow(m_session);
    m_window->show();
}

void TestDesktop::cleanupTestCase()
{
    delete m_window;
    delete m_session;
}

void TestDesktop::aboutShowsTheVersion()
{
    auto *about = m_window->findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    about->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("about"))) != nullptr);
    QVERIFY(box->text().contains(QStringLiteral(PARTNERDESK_VERSION)));
    QVERIFY(box->text().contains(QString::fromLatin1(qVersion())));
    QVERIFY(QStringLiteral(PARTNERDESK_VERSION).count(u'.') == 2);
    QVERIFY(!box->iconPixmap().isNull());
    box->close();
}

void TestDesktop::dataFolderIsTheStandardLocation()
{
    QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openedUrl");
    auto *action = m_window->findChild<QAction *>(QStringLiteral("dataFolderAction"));
    QVERIFY(action);
    action->trigger();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(m_opened.size(), 1);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCOMPARE(m_opened.first().toLocalFile(), dir);
    QVERIFY(QFileInfo(dir).isDir());
    QCOMPARE(AboutBox::dataFolder(), dir);
}

void TestDesktop::secondLaunchRaisesAndOpensItsPage()
{
    QVERIFY(m_window->openPage(QStringLiteral("customers")));
    m_window->showMinimized();
    m_window->handleLaunch({QStringLiteral("--page"), QStringLiteral("coupons")});
    QCOMPARE(m_window->currentPage(), QStringLiteral("coupons"));
    QVERIFY(!(m_window->windowState() & Qt::WindowMinimized));
    QVERIFY(m_window->isVisible());
    m_window->handleLaunch({QStringLiteral("--page=funds")});
    QCOMPARE(m_window->currentPage(), QStringLiteral("funds"));
    m_window->handleLaunch({QStringLiteral("--page"), QStringLiteral("no-such-page")});
    QCOMPARE(m_window->currentPage(), QStringLiteral("funds")); // unknown pages change nothing
}

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
