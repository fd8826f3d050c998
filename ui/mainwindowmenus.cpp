// MainWindow's menu bar (File, View, Tools, Help) and the actions behind Tools (split from
// mainwindow.cpp). The language, the saved views and the errors panel are parts of their own.
#include "bss/responsecache.h"
#include "dialogs/aboutbox.h"
#include "dialogs/auditlogdialog.h"
#include "errorpanel.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "ops/customerstore.h"
#include "ops/session.h"
#include "profilebar.h"
#include "savedviewsmenu.h"
#include "widgets/icons.h"

#include <QDesktopServices>
#include <QDir>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUrl>

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_exportAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportCurrent);
    m_exportAction->setIcon(Icons::get(QStringLiteral("export")));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = new LanguageMenu(m_session, this);
    m_viewMenu->addMenu(m_languageMenu);
    m_viewMenu->addAction(m_errorPanel->toggleViewAction());
    m_viewsMenu = new SavedViewsMenu(
        m_session, [this] { return qobject_cast<Page *>(m_stack->currentWidget()); }, this);
    m_viewMenu->addMenu(m_viewsMenu);
    connect(m_viewsMenu, &SavedViewsMenu::message, statusBar(), &QStatusBar::showMessage);
    m_toolsMenu = menuBar()->addMenu(QString());
    m_profilesAction = m_toolsMenu->addAction(QString(), m_profiles, &ProfileBar::openProfiles);
    m_profilesAction->setIcon(Icons::get(QStringLiteral("account")));
    m_auditAction = m_toolsMenu->addAction(QString(), this, &MainWindow::openAuditLog);
    m_auditAction->setIcon(Icons::get(QStringLiteral("history")));
    m_toolsMenu->addSeparator();
    m_clearCacheAction = m_toolsMenu->addAction(QString(), this, &MainWindow::clearOfflineData);
    m_dataFolderAction = m_toolsMenu->addAction(QString(), this, &MainWindow::openDataFolder);
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] { AboutBox::open(this); });
    m_aboutAction->setMenuRole(QAction::AboutRole);
    // Names the command palette finds its actions by.
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_profilesAction->setObjectName(QStringLiteral("profilesAction"));
    m_auditAction->setObjectName(QStringLiteral("auditAction"));
    m_clearCacheAction->setObjectName(QStringLiteral("clearCacheAction"));
    m_dataFolderAction->setObjectName(QStringLiteral("dataFolderAction"));
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::retranslateMenus()
{
    m_fileMenu->setTitle(tr("&File"));
    m_exportAction->setText(tr("&Export this table…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
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
    if (!m_session->cache())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Clear offline data"),
        tr("Remove the data saved for offline browsing of “%1”? The pages keep what they show "
           "now; without a connection, nothing can be shown until the next sync.")
            .arg(m_session->profileName()),
        QMessageBox::NoButton, this);
    QPushButton *clear = box->addButton(tr("Clear"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(clear, &QPushButton::clicked, this, [this] {
        if (ResponseCache *c = m_session->cache()) {
            c->clear();
            CustomerStore::removeAll(c->file());
        }
        statusBar()->showMessage(tr("Offline data cleared."), 10000);
    });
    box->open();
}

void MainWindow::openDataFolder()
{
    // The audit log and the offline cache live here; settings are in the platform's own place
    // (QSettings). Uninstalling PartnerDesk leaves both alone.
    const QString dir = AboutBox::dataFolder();
    QDir().mkpath(dir);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(dir)))
        statusBar()->showMessage(tr("Could not open %1").arg(QDir::toNativeSeparators(dir)), 10000);
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
