#include "mainwindow.h"

#include "alertnotifier.h"
#include "bss/bssclient.h"
#include "bss/bsserror.h"
#include "core/settingskeys.h"
#include "dialogs/aboutbox.h"
#include "errorpanel.h"
#include "firstrunpanel.h"
#include "languagemenu.h"
#include "ops/session.h"
#include "ops/workspace.h"
#include "ops/writeoutcometext.h"
#include "pageregistry.h"
#include "pages/overviewpage.h"
#include "profilebar.h"
#include "secrets/keychain.h"
#include "statuspanel.h"
#include "widgets/accessiblenames.h"
#include "widgets/firstpaintprobe.h"
#include "widgets/maskedheaderview.h"
#include "widgets/noticebanner.h"
#include "widgets/offlinebar.h"
#include "widgets/pagestack.h"

#include <QCloseEvent>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_workspace(new Workspace(session, this))
    , m_nav(new QTreeWidget(this))
    , m_stack(new PageStack(this))
    , m_notifier(new AlertNotifier(this))
    , m_banner(new NoticeBanner(this))
    , m_offlineBar(new OfflineBar(session->client(), this))
    , m_firstRun(new FirstRunPanel(this))
    , m_keychain(new Keychain(this))
    , m_profiles(new ProfileBar(session, m_keychain, this))
    , m_status(new StatusPanel(m_workspace, statusBar()))
    , m_errorPanel(new ErrorPanel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_nav->setHeaderHidden(true);
    m_nav->setRootIsDecorated(true);
    m_sales = new QTreeWidgetItem(m_nav);
    m_sales->setFlags(Qt::ItemIsEnabled);
    // Every page has its navigation item from the start; the lazy ones are built after the
    // first paint (or when first asked for).
    for (const PageRegistry::Entry &e : PageRegistry::entries()) {
        auto *item = e.sales ? new QTreeWidgetItem(m_sales) : new QTreeWidgetItem;
        if (!e.sales)
            m_nav->insertTopLevelItem(m_nav->indexOfTopLevelItem(m_sales), item);
        item->setData(0, Qt::UserRole, e.key);
        item->setIcon(0, PageRegistry::iconOf(e.key));
        m_items.insert(e.key, item);
        if (!e.lazy)
            addPage(e.make(m_workspace, this));
    }
    m_nav->expandAll();

    auto *split = new QSplitter(this);
    split->addWidget(m_nav);
    // The pages scroll rather than clip when the window is smaller than a page needs (a laptop
    // at 150–200 % scaling has 850×530 or 640×400 logical pixels); only the current page counts
    // towards the size (PageStack), so a wide page does not widen the rest.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("pageScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_stack);
    split->addWidget(scroll);
    split->setStretchFactor(1, 1);
    split->setSizes({200, 1000});
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_offlineBar);
    centralLayout->addWidget(split, 1);
    setCentralWidget(central);
    connect(m_offlineBar, &OfflineBar::retryRequested, this, &MainWindow::loadData);
    m_stack->addWidget(m_firstRun);
    connect(m_firstRun, &FirstRunPanel::sandboxChosen, this, &MainWindow::useSandbox);
    connect(m_firstRun, &FirstRunPanel::addProfileChosen, m_profiles, &ProfileBar::openProfiles);
    addToolBar(m_profiles);
    connect(m_profiles, &ProfileBar::sandboxRequested, this, &MainWindow::sandboxRequested);
    connect(m_profiles, &ProfileBar::problem, m_banner, &NoticeBanner::say);

    MaskedHeaderView::auditRevealsIn(session);
    connect(session, &Session::interruptedWritesSettled, this,
            [this](int count, int done, int notApplied, int unknown) {
                m_banner->say(
                    WriteOutcomeText::interruptedSettled(count, done, notApplied, unknown));
            });
    connect(session, &Session::ready, this, [this] {
        m_banner->hide();
        for (const PageRegistry::Entry &e : PageRegistry::entries()) // the site's pages only
            m_items.value(e.key)->setHidden(!PageRegistry::offeredBy(e, m_session->client()));
        const bool gone = m_nav->currentItem() && m_nav->currentItem()->isHidden();
        if ((gone || m_stack->currentWidget() == m_firstRun) && !openPage(currentPage()))
            openPage(QStringLiteral("overview"));
        loadData();
    });

    addDockWidget(Qt::BottomDockWidgetArea, m_errorPanel);
    m_errorPanel->hide();

    connect(m_nav, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, Qt::UserRole).isValid())
            openPage(item->data(0, Qt::UserRole).toString());
    });
    Overview *overview = m_workspace->overview();
    connect(overview, &Overview::failed, this,
            [this](const QString &what) { statusBar()->showMessage(what, 10000); });
    connect(overview, &Overview::newAlerts, m_notifier, &AlertNotifier::notify);
    connect(m_notifier, &AlertNotifier::activated, this, &MainWindow::openAlert);

    auto *painted = new FirstPaintProbe(this);
    connect(painted, &FirstPaintProbe::painted, this, &MainWindow::buildLazyPagesInTurn,
            Qt::QueuedConnection);

    buildMenus();
    setWindowIcon(AboutBox::applicationIcon());
    buildShortcuts();
    QSettings settings;
    restoreGeometry(settings.value(SettingsKeys::windowGeometry()).toByteArray());
    restoreState(settings.value(SettingsKeys::windowState()).toByteArray());
    if (!openPage(settings.value(SettingsKeys::windowPage()).toString()))
        openPage(QStringLiteral("overview"));
    retranslate();
}

MainWindow::~MainWindow()
{
    MaskedHeaderView::setRevealAuditor({});
}

void MainWindow::addPage(Page *page)
{
    m_pages.insert(page->key(), page);
    m_stack->addWidget(page);
    AccessibleNames::watch(page);
    connect(page, &Page::loaded, this, [this, page] { emit pageLoaded(page->key()); });
    connect(page, &Page::failed, this,
            [this, page](const BssError &e) { showError(page->title(), e); });
    connect(page, &Page::openRequested, this, &MainWindow::openFocused);
    connect(page, &Page::syncRequested, this, &MainWindow::loadData);
}

void MainWindow::useSandbox()
{
    m_profiles->useSandbox();
}

void MainWindow::useProfile(const QString &name)
{
    m_profiles->useProfile(name);
}

void MainWindow::showFirstRun()
{
    m_stack->setCurrentWidget(m_firstRun);
}

QString MainWindow::bannerText() const
{
    return m_banner->shownText();
}

Page *MainWindow::page(const QString &key)
{
    if (!m_pages.contains(key) && m_items.contains(key))
        ensureLazyPages();
    return m_pages.value(key);
}

bool MainWindow::openPage(const QString &key)
{
    QTreeWidgetItem *item = m_items.value(key);
    if (!item || item->isHidden())
        return false;
    if (m_nav->currentItem() != item)
        m_nav->setCurrentItem(item);
    Page *shown = page(key);
    m_stack->setCurrentWidget(shown);
    if (m_exportAction)
        m_exportAction->setEnabled(shown->canExport());
    return true;
}

void MainWindow::openFocused(const QString &key, const QString &what, const QVariant &value)
{
    Page *target = page(key);
    if (!target)
        return;
    if (!what.isEmpty())
        target->focus(what, value);
    openPage(key);
}

void MainWindow::openAlert(Overview::AlertKind kind)
{
    const OverviewPage::Target t =
        OverviewPage::targetOf(kind, m_workspace->overview()->thresholds());
    openFocused(t.page, t.what, t.value);
    raise();
    activateWindow();
}

QString MainWindow::currentPage() const
{
    return m_nav->currentItem() ? m_nav->currentItem()->data(0, Qt::UserRole).toString()
                                : QString();
}

void MainWindow::loadData()
{
    m_workspace->overview()->beginSync();
    m_loadRequested = true;
    // In the registry's order; pages not built yet load when they are.
    for (const PageRegistry::Entry &e : PageRegistry::entries()) {
        if (Page *p = m_pages.value(e.key); p && !m_items.value(e.key)->isHidden())
            p->reload();
    }
}

void MainWindow::ensureLazyPages()
{
    while (buildNextLazyPage()) {
    }
}

void MainWindow::buildLazyPagesInTurn()
{
    // One page per event after the first paint, so the event loop runs between them.
    if (buildNextLazyPage())
        QTimer::singleShot(0, this, &MainWindow::buildLazyPagesInTurn);
}

bool MainWindow::buildNextLazyPage()
{
    for (const PageRegistry::Entry &e : PageRegistry::entries()) {
        if (m_pages.contains(e.key))
            continue;
        Page *built = e.make(m_workspace, this);
        addPage(built);
        if (m_loadRequested && m_session->isReady() && !m_items.value(e.key)->isHidden())
            built->reload();
        return true;
    }
    return false;
}

void MainWindow::exportCurrent()
{
    auto *shown = qobject_cast<Page *>(m_stack->currentWidget());
    if (shown && shown->canExport())
        shown->exportCurrent();
}

void MainWindow::showError(const QString &where, const BssError &error)
{
    m_errorPanel->add(where, error);
}

void MainWindow::setTranslator(Translator *translator)
{
    m_languageMenu->setTranslator(translator);
}

void MainWindow::switchLanguage(const QString &language)
{
    m_languageMenu->switchLanguage(language);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("PartnerDesk — Partner Center"));
    retranslateMenus();
    m_sales->setText(0, PageRegistry::salesTitle());
    for (auto i = m_items.cbegin(); i != m_items.cend(); ++i)
        i.value()->setText(0, PageRegistry::titleOf(i.key()));
    m_status->update();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(SettingsKeys::windowGeometry(), saveGeometry());
    settings.setValue(SettingsKeys::windowState(), saveState());
    settings.setValue(SettingsKeys::windowPage(), currentPage());
    QMainWindow::closeEvent(event);
}
