// MainWindow's menus and its language: the menu bar, live switching between zh_CN and en, and
// the texts that follow the language (split from mainwindow.cpp).
#include "bss/responsecache.h"
#include "core/settingskeys.h"
#include "core/translator.h"
#include "core/version.h"
#include "dialogs/auditlogdialog.h"
#include "mainwindow.h"
#include "models/customerstore.h"
#include "ops/session.h"
#include "profilebar.h"
#include "savedviewsmenu.h"

#include <QActionGroup>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTreeWidget>
#include <QUrl>

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_exportAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportCurrent);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto *group = new QActionGroup(this);
    m_zhAction = m_languageMenu->addAction(QStringLiteral("中文（简体）"));
    m_enAction = m_languageMenu->addAction(QStringLiteral("English"));
    for (QAction *a : {m_zhAction, m_enAction}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    connect(m_zhAction, &QAction::triggered, this,
            [this] { switchLanguage(QStringLiteral("zh_CN")); });
    connect(m_enAction, &QAction::triggered, this,
            [this] { switchLanguage(QStringLiteral("en")); });
    m_errorsAction = m_errorDock->toggleViewAction();
    m_viewMenu->addAction(m_errorsAction);
    m_viewsMenu = new SavedViewsMenu(
        m_session, [this] { return qobject_cast<Page *>(m_stack->currentWidget()); }, this);
    m_viewMenu->addMenu(m_viewsMenu);
    connect(m_viewsMenu, &SavedViewsMenu::message, statusBar(), &QStatusBar::showMessage);
    m_toolsMenu = menuBar()->addMenu(QString());
    m_profilesAction = m_toolsMenu->addAction(QString(), m_profiles, &ProfileBar::openProfiles);
    m_auditAction = m_toolsMenu->addAction(QString(), this, &MainWindow::openAuditLog);
    m_toolsMenu->addSeparator();
    m_clearCacheAction = m_toolsMenu->addAction(QString(), this, &MainWindow::clearOfflineData);
    m_dataFolderAction = m_toolsMenu->addAction(QString(), this, &MainWindow::openDataFolder);
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    // Names the command palette finds its actions by.
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_zhAction->setObjectName(QStringLiteral("languageZh"));
    m_enAction->setObjectName(QStringLiteral("languageEn"));
    m_errorsAction->setObjectName(QStringLiteral("errorsAction"));
    m_profilesAction->setObjectName(QStringLiteral("profilesAction"));
    m_auditAction->setObjectName(QStringLiteral("auditAction"));
    m_clearCacheAction->setObjectName(QStringLiteral("clearCacheAction"));
    m_dataFolderAction->setObjectName(QStringLiteral("dataFolderAction"));
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::setTranslator(Translator *translator)
{
    m_translator = translator;
    const bool zh = translator->language() == u"zh_CN";
    m_zhAction->setChecked(zh);
    m_enAction->setChecked(!zh);
    m_session->client()->setLanguage(translator->language()); // X-Language follows the UI
}

void MainWindow::switchLanguage(const QString &language)
{
    if (!m_translator || !m_translator->setLanguage(language))
        return;
    setLocale(Translator::locale(
        language)); // widgets without their own locale follow; LanguageChange retranslates
    QSettings().setValue(SettingsKeys::language(), language);
    m_session->client()->setLanguage(language); // X-Language of later calls
    setTranslator(m_translator);
}

void MainWindow::retranslateMenus()
{
    m_fileMenu->setTitle(tr("&File"));
    m_exportAction->setText(tr("&Export this table…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_errorsAction->setText(tr("&Errors panel"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_profilesAction->setText(tr("&Profiles…"));
    m_auditAction->setText(tr("&Audit log…"));
    m_clearCacheAction->setText(tr("&Clear offline data…"));
    m_dataFolderAction->setText(tr("Open &data folder"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About PartnerDesk"));
}

void MainWindow::openAuditLog()
{
    auto *dialog = new AuditLogDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::clearOfflineData()
{
    ResponseCache *cache = m_session->cache();
    if (!cache)
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Clear offline data"),
        tr("Remove the data saved for offline browsing of “%1”? The pages keep what they show "
           "now; without a connection, nothing can be shown until the next sync.")
            .arg(m_session->profileName()),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this] {
        if (ResponseCache *c = m_session->cache()) {
            c->clear();
            CustomerStore::removeAll(c->file());
        }
        statusBar()->showMessage(tr("Offline data cleared."), 10000);
    });
    box->open();
}

QString MainWindow::dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

void MainWindow::openDataFolder()
{
    // The audit log and the offline cache live here; settings are in the platform's own place
    // (QSettings). Uninstalling PartnerDesk leaves both alone.
    const QString dir = dataFolder();
    QDir().mkpath(dir);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(dir)))
        statusBar()->showMessage(tr("Could not open %1").arg(QDir::toNativeSeparators(dir)), 10000);
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("about"));
    box->setWindowTitle(tr("About PartnerDesk"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(
        tr("<h3>PartnerDesk %1</h3><p>A desktop client for the Huawei Cloud Partner Center.</p>"
           "<p>Qt %2 (built with %3)<br/>Data folder: %4</p>")
            .arg(QStringLiteral(PARTNERDESK_VERSION), QString::fromLatin1(qVersion()),
                 QStringLiteral(QT_VERSION_STR),
                 QDir::toNativeSeparators(dataFolder()).toHtmlEscaped()));
    box->setStandardButtons(QMessageBox::Close);
    box->open(); // never exec(): no nested event loop
}

void MainWindow::handleLaunch(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--page"));
    if (at >= 0 && at + 1 < arguments.size())
        openPage(arguments.at(at + 1));
    for (const QString &a : arguments) {
        if (a.startsWith(QStringLiteral("--page=")))
            openPage(a.mid(7));
    }
    setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
}

QIcon MainWindow::applicationIcon()
{
    QIcon icon;
    for (int size : {16, 32, 48, 256})
        icon.addFile(
            QStringLiteral(":/icons/hicolor/%1x%1/apps/org.partnerdesk.PartnerDesk.png").arg(size));
    return icon;
}
