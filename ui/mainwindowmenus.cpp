// MainWindow's menus and its language: the menu bar, live switching between zh_CN and en, and
// the texts that follow the language (split from mainwindow.cpp).
#include "bss/responsecache.h"
#include "core/translator.h"
#include "mainwindow.h"
#include "models/session.h"

#include <QActionGroup>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTreeWidget>

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
    buildViewsMenu();
    m_toolsMenu = menuBar()->addMenu(QString());
    m_profilesAction = m_toolsMenu->addAction(QString(), this, &MainWindow::openProfiles);
    m_auditAction = m_toolsMenu->addAction(QString(), this, &MainWindow::openAuditLog);
    m_toolsMenu->addSeparator();
    m_clearCacheAction = m_toolsMenu->addAction(QString(), this, &MainWindow::clearOfflineData);
    // Names the command palette finds its actions by.
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_zhAction->setObjectName(QStringLiteral("languageZh"));
    m_enAction->setObjectName(QStringLiteral("languageEn"));
    m_errorsAction->setObjectName(QStringLiteral("errorsAction"));
    m_profilesAction->setObjectName(QStringLiteral("profilesAction"));
    m_auditAction->setObjectName(QStringLiteral("auditAction"));
    m_clearCacheAction->setObjectName(QStringLiteral("clearCacheAction"));
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
    const QLocale locale(language == u"zh_CN" ? QStringLiteral("zh_CN") : QStringLiteral("en_US"));
    QLocale::setDefault(locale);
    setLocale(locale); // widgets without their own locale follow; LanguageChange retranslates
    QSettings().setValue(QStringLiteral("ui/language"), language);
    m_session->client()->setLanguage(language); // X-Language of later calls
    setTranslator(m_translator);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("PartnerDesk — Partner Center"));
    if (m_fileMenu) {
        m_fileMenu->setTitle(tr("&File"));
        m_exportAction->setText(tr("&Export this table…"));
        m_quitAction->setText(tr("&Quit"));
        m_viewMenu->setTitle(tr("&View"));
        m_languageMenu->setTitle(tr("&Language"));
        m_errorsAction->setText(tr("&Errors panel"));
        m_viewsMenu->setTitle(tr("&Saved views"));
        m_toolsMenu->setTitle(tr("&Tools"));
        m_profilesAction->setText(tr("&Profiles…"));
        m_auditAction->setText(tr("&Audit log…"));
        m_clearCacheAction->setText(tr("&Clear offline data…"));
    }
    m_manage->setText(tr("Manage profiles…"));
    m_profiles->setToolTip(tr("The partner account to work on"));
    if (m_profiles->count() > 0)
        m_profiles->setItemText(0, tr("Sandbox"));
    m_firstRun->findChild<QLabel *>(QStringLiteral("welcome"))
        ->setText(tr("Welcome to PartnerDesk. Try it on the built-in sandbox (sample data, no "
                     "account needed), or add the access key of your partner account."));
    m_firstRun->findChild<QPushButton *>(QStringLiteral("trySandbox"))
        ->setText(tr("Try the sandbox"));
    m_firstRun->findChild<QPushButton *>(QStringLiteral("addProfile"))
        ->setText(tr("Add a profile…"));
    m_sales->setText(0, tr("Sales"));
    m_items.value(QStringLiteral("overview"))->setText(0, tr("Overview"));
    m_items.value(QStringLiteral("customers"))->setText(0, tr("Customers"));
    m_items.value(QStringLiteral("coupons"))->setText(0, tr("Coupons"));
    m_items.value(QStringLiteral("quotas"))->setText(0, tr("Coupon quotas"));
    m_items.value(QStringLiteral("funds"))->setText(0, tr("Funds"));
    m_items.value(QStringLiteral("resellers"))->setText(0, tr("Resellers"));
    m_items.value(QStringLiteral("pricing"))->setText(0, tr("Pricing"));
    m_items.value(QStringLiteral("marketplace"))->setText(0, tr("Marketplace billing"));
    m_items.value(QStringLiteral("incentives"))->setText(0, tr("Incentives"));
    m_items.value(QStringLiteral("discounts"))->setText(0, tr("Discounts this month"));
    m_errorDock->setWindowTitle(tr("Errors"));
    updateStatus();
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
        if (ResponseCache *c = m_session->cache())
            c->clear();
        statusBar()->showMessage(tr("Offline data cleared."), 10000);
    });
    box->open();
}
