#include "mainwindow.h"

#include "alertnotifier.h"
#include "bss/bssclient.h"
#include "bss/bsserror.h"
#include "core/settingskeys.h"
#include "firstrunpanel.h"
#include "ops/customerloader.h"
#include "ops/session.h"
#include "ops/workspace.h"
#include "pageregistry.h"
#include "pages/overviewpage.h"
#include "profilebar.h"
#include "secrets/keychain.h"
#include "statuspanel.h"
#include "widgets/accessiblenames.h"
#include "widgets/firstpaintprobe.h"
#include "widgets/maskedheaderview.h"
#include "widgets/offlinebar.h"
#include "widgets/pagestack.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QLabel>
#include <QPlainTextEdit>
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
    , m_banner(new QLabel(this))
    , m_offlineBar(new OfflineBar(session->client(), this))
    , m_firstRun(new FirstRunPanel(this))
    , m_keychain(new Keychain(this))
    , m_profiles(new ProfileBar(session, m_keychain, this))
    , m_status(new StatusPanel(session, statusBar()))
    , m_errorDock(new QDockWidget(this))
    , m_errors(new QPlainTextEdit(this))
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
        item->setIcon(0, style()->standardIcon(e.icon));
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
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; padding: "
                                           "6px; border: 1px solid #e8c000; }"));
    m_banner->hide();
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
    connect(m_profiles, &ProfileBar::problem, this, &MainWindow::showBanner);

    // Every reveal in every table of this window goes to the session's audit log.
    QPointer<Session> audited(session);
    MaskedHeaderView::setRevealAuditor(
        [audited](const QString &table, const QString &column, bool shown) {
            if (audited)
                audited->recordReveal(table, column, shown);
        });
    connect(session, &Session::interruptedWritesSettled, this,
            [this](int count, int done, int notApplied, int unknown) {
                showBanner(tr("%n write(s) that an earlier run left unfinished were checked "
                              "against the server: %1 done, %2 not applied, %3 unknown. Details "
                              "are in Tools > Audit log.",
                              nullptr, count)
                               .arg(done)
                               .arg(notApplied)
                               .arg(unknown));
            });
    connect(session, &Session::ready, this, [this] {
        m_banner->hide();
        if (m_stack->currentWidget() == m_firstRun && !openPage(currentPage()))
            openPage(QStringLiteral("overview"));
        loadData();
    });

    m_errors->setReadOnly(true);
    m_errorDock->setObjectName(QStringLiteral("errors"));
    m_errorDock->setWidget(m_errors);
    m_errorDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::BottomDockWidgetArea, m_errorDock);
    m_errorDock->hide();

    connect(m_nav, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, Qt::UserRole).isValid())
            openPage(item->data(0, Qt::UserRole).toString());
    });
    // The status bar's last sync: a whole sync, or the customer list read again by itself.
    Overview *overview = m_workspace->overview();
    connect(overview, &Overview::synced, m_status, &StatusPanel::markSynced);
    connect(m_workspace->customers().loader, &CustomerLoader::finished, this,
            [this](const BssError &error) {
                if (!error.isError())
                    m_status->markSynced();
            });
    connect(overview, &Overview::failed, this,
            [this](const QString &what) { statusBar()->showMessage(what, 10000); });
    connect(overview, &Overview::newAlerts, m_notifier, &AlertNotifier::notify);
    connect(m_notifier, &AlertNotifier::activated, this, &MainWindow::openAlert);

    auto *painted = new FirstPaintProbe(this);
    connect(painted, &FirstPaintProbe::painted, this, &MainWindow::buildLazyPagesInTurn,
            Qt::QueuedConnection);

    buildMenus();
    setWindowIcon(applicationIcon());
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
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void MainWindow::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->show();
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
    if (!item)
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
        if (Page *p = m_pages.value(e.key))
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
        if (m_loadRequested && m_session->isReady()) // the others already loaded
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
    const QString line = QStringLiteral("%1  %2: %3\n    %4")
                             .arg(QDateTime::currentDateTime().toString(Qt::ISODate), where,
                                  error.userMessage(), error.diagnosticText());
    m_errors->appendPlainText(line);
    m_errorDock->show();
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
    m_errorDock->setWindowTitle(tr("Errors"));
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
