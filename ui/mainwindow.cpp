#include "mainwindow.h"

#include "alertnotifier.h"
#include "bss/bsserror.h"
#include "core/settingskeys.h"
#include "core/translator.h"
#include "dialogs/auditlogdialog.h"
#include "dialogs/profiledialog.h"
#include "models/customermodel.h"
#include "ops/session.h"
#include "pages/couponspage.h"
#include "pages/customerspage.h"
#include "pages/discountspage.h"
#include "pages/fundspage.h"
#include "pages/incentivespage.h"
#include "pages/marketplacepage.h"
#include "pages/overviewpage.h"
#include "pages/pricingpage.h"
#include "pages/quotaspage.h"
#include "pages/resellerspage.h"
#include "secrets/keychain.h"
#include "secrets/profilestore.h"
#include "widgets/accessiblenames.h"
#include "widgets/firstpaintprobe.h"
#include "widgets/maskedheaderview.h"
#include "widgets/offlinebar.h"
#include "widgets/pagestack.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_nav(new QTreeWidget(this))
    , m_stack(new PageStack(this))
    , m_customers(new CustomersPage(session, this))
    , m_coupons(new CouponsPage(
          session, [this](const QString &id) { return customerName(id); }, this))
    , m_quotas(new QuotasPage(
          session, [this](const QString &id) { return customerName(id); },
          [this] { return m_customers->selectedCustomerIds(); }, this))
    , m_resellers(new ResellersPage(session, this))
    , m_overview(new Overview(session, m_customers->model(), m_coupons->model(), m_quotas->model(),
                              m_resellers->model(), this))
    , m_overviewPage(new OverviewPage(session, m_overview, this))
    , m_notifier(new AlertNotifier(this))
    , m_banner(new QLabel(this))
    , m_offlineBar(new OfflineBar(session->client(), this))
    , m_firstRun(new QWidget(this))
    , m_profiles(new QComboBox(this))
    , m_manage(new QAction(this))
    , m_keychain(new Keychain(this))
    , m_profile(new QLabel(this))
    , m_site(new QLabel(this))
    , m_sync(new QLabel(this))
    , m_inFlight(new QLabel(this))
    , m_errorDock(new QDockWidget(this))
    , m_errors(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_nav->setHeaderHidden(true);
    m_nav->setRootIsDecorated(true);
    // Pages the overview does not read are built after the first paint (or when first asked
    // for): a cold start shows the window sooner. Their navigation items exist from the start.
    auto addPage = [this](QTreeWidgetItem *parent, const QString &key, Page *page) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_nav);
        item->setData(0, Qt::UserRole, key);
        m_items.insert(key, item);
        if (!page)
            return;
        m_pages.insert(key, page);
        m_stack->addWidget(page);
        AccessibleNames::watch(page);
    };
    addPage(nullptr, QStringLiteral("overview"), m_overviewPage);
    m_sales = new QTreeWidgetItem(m_nav);
    m_sales->setFlags(Qt::ItemIsEnabled);
    addPage(m_sales, QStringLiteral("customers"), m_customers);
    addPage(m_sales, QStringLiteral("coupons"), m_coupons);
    addPage(m_sales, QStringLiteral("quotas"), m_quotas);
    addPage(m_sales, QStringLiteral("funds"), nullptr);
    addPage(m_sales, QStringLiteral("resellers"), m_resellers);
    addPage(m_sales, QStringLiteral("marketplace"), nullptr);
    addPage(m_sales, QStringLiteral("incentives"), nullptr);
    addPage(m_sales, QStringLiteral("discounts"), nullptr);
    addPage(m_sales, QStringLiteral("pricing"), nullptr);
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
    connect(m_offlineBar, &OfflineBar::retryRequested, this, &MainWindow::loadData);
    connect(session->client(), &BssClient::offlineChanged, this, &MainWindow::updateStatus);
    centralLayout->addWidget(split, 1);
    setCentralWidget(central);

    // First run: try the sandbox, or add a profile.
    auto *firstLayout = new QVBoxLayout(m_firstRun);
    auto *welcome = new QLabel(m_firstRun);
    welcome->setObjectName(QStringLiteral("welcome"));
    welcome->setWordWrap(true);
    auto *trySandbox = new QPushButton(m_firstRun);
    trySandbox->setObjectName(QStringLiteral("trySandbox"));
    auto *addProfile = new QPushButton(m_firstRun);
    addProfile->setObjectName(QStringLiteral("addProfile"));
    firstLayout->addStretch(1);
    firstLayout->addWidget(welcome);
    firstLayout->addWidget(trySandbox);
    firstLayout->addWidget(addProfile);
    firstLayout->addStretch(2);
    m_stack->addWidget(m_firstRun);
    connect(trySandbox, &QPushButton::clicked, this, &MainWindow::useSandbox);
    connect(addProfile, &QPushButton::clicked, this, &MainWindow::openProfiles);

    auto *toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("profiles"));
    toolbar->setMovable(false);
    toolbar->addWidget(m_profiles);
    toolbar->addAction(m_manage);
    connect(m_manage, &QAction::triggered, this, &MainWindow::openProfiles);
    connect(m_profiles, &QComboBox::activated, this, [this](int index) {
        const QString key = m_profiles->itemData(index).toString();
        if (key.isEmpty())
            useSandbox();
        else
            useProfile(key);
    });
    connect(m_keychain, &Keychain::availabilityChanged, this, [this](Keychain::Availability a) {
        if (a == Keychain::Availability::Unavailable)
            showBanner(m_keychain->unavailableMessage());
    });
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

    statusBar()->addWidget(m_profile);
    statusBar()->addWidget(m_site);
    statusBar()->addPermanentWidget(m_sync);
    statusBar()->addPermanentWidget(m_inFlight);

    connect(m_nav, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, Qt::UserRole).isValid())
            openPage(item->data(0, Qt::UserRole).toString());
    });
    connect(session->client(), &BssClient::inFlightChanged, this, &MainWindow::updateStatus);
    connect(session, &Session::ready, this, &MainWindow::updateStatus);
    connect(m_customers, &CustomersPage::synced, this, &MainWindow::markSynced);
    for (Page *page : std::initializer_list<Page *>{m_customers, m_coupons, m_quotas, m_resellers})
        connectPage(page);

    // The overview reads the pages' models: each page's load (or failure) is one of its sources.
    using Src = Overview::Source;
    // A page that shows one reseller's data instead of ours keeps the overview's figure as it was.
    auto feed = [this](Page *page, Src source, std::function<bool()> scoped = {}) {
        auto report = [this, source, scoped] {
            m_overview->setResellerScoped(source, scoped && scoped());
            m_overview->sourceLoaded(source);
        };
        connect(page, &Page::loaded, m_overview, report);
        connect(page, &Page::failed, m_overview, report);
    };
    feed(m_customers, Src::Customers, [this] { return !m_customers->resellerScope().isEmpty(); });
    feed(m_coupons, Src::Coupons, [this] { return !m_coupons->resellerScope().isEmpty(); });
    feed(m_quotas, Src::Quotas);
    feed(m_resellers, Src::Resellers);
    // Pricing has nothing to load: it is ready with the session.
    connect(session, &Session::ready, this, [this] { emit pageLoaded(QStringLiteral("pricing")); });
    connect(m_overview, &Overview::synced, this, [this] {
        markSynced();
        emit pageLoaded(QStringLiteral("overview"));
    });
    connect(m_overview, &Overview::failed, this,
            [this](const QString &what) { statusBar()->showMessage(what, 10000); });
    connect(m_overview, &Overview::newAlerts, m_notifier, &AlertNotifier::notify);
    connect(m_notifier, &AlertNotifier::activated, this, &MainWindow::openAlert);
    connect(m_overviewPage, &OverviewPage::openAlert, this, &MainWindow::openAlert);
    connect(m_overviewPage, &OverviewPage::refreshRequested, this, &MainWindow::loadData);

    auto *painted = new FirstPaintProbe(this);
    connect(painted, &FirstPaintProbe::painted, this, &MainWindow::buildLazyPagesInTurn,
            Qt::QueuedConnection);

    buildMenus();
    setWindowIcon(applicationIcon());
    buildShortcuts();
    reloadProfiles();
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

void MainWindow::connectPage(Page *page)
{
    connect(page, &Page::loaded, this, [this, page] { emit pageLoaded(page->key()); });
    connect(page, &Page::failed, this,
            [this, page](const BssError &e) { showError(page->title(), e); });
}

void MainWindow::openAuditLog()
{
    auto *dialog = new AuditLogDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::useSandbox()
{
    m_profiles->setCurrentIndex(m_profiles->findData(QString()));
    QSettings().setValue(SettingsKeys::lastProfile(), QString());
    emit sandboxRequested();
}

void MainWindow::useProfile(const QString &name)
{
    QSettings settings;
    const auto profile = ProfileStore(&settings).profile(name);
    if (!profile) {
        showBanner(tr("There is no profile named “%1”.").arg(name));
        return;
    }
    m_keychain->readCredentials(name, [this, p = *profile](Keychain::Status status,
                                                           const QString &message,
                                                           Keychain::Credentials creds) {
        if (status != Keychain::Status::Ok) {
            showBanner(message); // no plaintext fallback: say so and stay put
            return;
        }
        QSettings().setValue(SettingsKeys::lastProfile(), p.name);
        m_profiles->setCurrentIndex(m_profiles->findData(p.name));
        m_session->useProfile(p, creds.ak, std::move(creds.sk));
    });
}

void MainWindow::showFirstRun()
{
    m_stack->setCurrentWidget(m_firstRun);
}

QString MainWindow::bannerText() const
{
    return m_banner->isVisible() || !m_banner->isHidden() ? m_banner->text() : QString();
}

void MainWindow::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->show();
}

void MainWindow::reloadProfiles()
{
    const QString current = m_profiles->currentData().toString();
    m_profiles->clear();
    m_profiles->addItem(tr("Sandbox"), QString());
    QSettings settings;
    for (const Profile &p : ProfileStore(&settings).profiles())
        m_profiles->addItem(p.name, p.name);
    m_profiles->setCurrentIndex(std::max(0, m_profiles->findData(current)));
}

void MainWindow::openProfiles()
{
    auto *dialog = new ProfileDialog(m_keychain, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfileDialog::profilesChanged, this, &MainWindow::reloadProfiles);
    dialog->open();
}

bool MainWindow::openPage(const QString &key)
{
    QTreeWidgetItem *item = m_items.value(key);
    if (!item)
        return false;
    if (m_nav->currentItem() != item)
        m_nav->setCurrentItem(item);
    if (!m_pages.contains(key))
        ensureLazyPages();
    m_stack->setCurrentWidget(m_pages.value(key));
    if (m_exportAction)
        m_exportAction->setEnabled(m_pages.value(key)->canExport());
    return true;
}

void MainWindow::openAlert(Overview::AlertKind kind)
{
    const Overview::Thresholds t = m_overview->thresholds();
    switch (kind) {
    case Overview::AlertKind::LowCustomers:
        m_customers->setResellerScope(QString()); // the alert is about our own customers
        m_customers->showLowBalance(t.customerBalance);
        openPage(QStringLiteral("customers"));
        break;
    case Overview::AlertKind::ExpiringCoupons:
        m_coupons->setResellerScope(QString());
        m_coupons->showExpiring(t.couponDays);
        openPage(QStringLiteral("coupons"));
        break;
    case Overview::AlertKind::LowResellers:
        m_resellers->showLowBalance(t.resellerBalance);
        openPage(QStringLiteral("resellers"));
        break;
    case Overview::AlertKind::WaitingSettlements:
        marketplacePage()->showAwaitingAction();
        openPage(QStringLiteral("marketplace"));
        break;
    }
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
    m_overview->beginSync();
    m_customers->reload();
    m_coupons->reload();
    m_quotas->reload();
    m_resellers->reload();
    m_loadRequested = true;
    // Pages not built yet load when they are.
    if (m_funds)
        m_funds->reload();
    if (m_marketplace)
        m_marketplace->reload();
    if (m_incentives)
        m_incentives->reload();
    if (m_discounts)
        m_discounts->reload();
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
    const bool catchUp = m_loadRequested && m_session->isReady(); // the rest already loaded
    Page *page = nullptr;
    if (!m_funds) {
        page = m_funds = new FundsPage(m_session, this);
        if (catchUp)
            m_funds->reload();
    } else if (!m_marketplace) {
        page = m_marketplace = new MarketplacePage(m_session, this);
        if (catchUp)
            m_marketplace->reload();
    } else if (!m_incentives) {
        page = m_incentives = new IncentivesPage(m_session, this);
        connect(m_incentives, &IncentivesPage::openRechargeRecords, this, [this] {
            fundsPage()->showTradeType(QStringLiteral("RECHARGE"));
            openPage(QStringLiteral("funds"));
        });
        connect(m_incentives, &IncentivesPage::openCouponQuotas, this,
                [this] { openPage(QStringLiteral("quotas")); });
        if (catchUp)
            m_incentives->reload();
    } else if (!m_discounts) {
        page = m_discounts = new DiscountsPage(m_session, this);
        if (catchUp)
            m_discounts->reload();
    } else if (!m_pricing) {
        page = m_pricing = new PricingPage(m_session, this);
    } else {
        return false;
    }
    connectPage(page);
    m_pages.insert(page->key(), page);
    m_stack->addWidget(page);
    AccessibleNames::watch(page);
    return true;
}

FundsPage *MainWindow::fundsPage()
{
    ensureLazyPages();
    return m_funds;
}

PricingPage *MainWindow::pricingPage()
{
    ensureLazyPages();
    return m_pricing;
}

MarketplacePage *MainWindow::marketplacePage()
{
    ensureLazyPages();
    return m_marketplace;
}

IncentivesPage *MainWindow::incentivesPage()
{
    ensureLazyPages();
    return m_incentives;
}

DiscountsPage *MainWindow::discountsPage()
{
    ensureLazyPages();
    return m_discounts;
}

QString MainWindow::customerName(const QString &customerId) const
{
    const int row = m_customers->model()->rowOf(customerId);
    return row >= 0 ? m_customers->model()->customer(row).customerName : QString();
}

void MainWindow::exportCurrent()
{
    auto *page = qobject_cast<Page *>(m_stack->currentWidget());
    if (page && page->canExport())
        page->exportCurrent();
}

void MainWindow::showError(const QString &where, const BssError &error)
{
    const QString line = QStringLiteral("%1  %2: %3\n    %4")
                             .arg(QDateTime::currentDateTime().toString(Qt::ISODate), where,
                                  error.userMessage(), error.diagnosticText());
    m_errors->appendPlainText(line);
    m_errorDock->show();
}

void MainWindow::markSynced()
{
    // Data served from the offline cache is not a sync: the status bar keeps the last real one.
    if (!m_session->client()->isOffline())
        m_sync->setProperty("time", QDateTime::currentDateTime());
    updateStatus();
}

void MainWindow::updateStatus()
{
    m_profile->setText(tr("Profile: %1").arg(m_session->profileName()));
    m_site->setText(m_session->siteLabel());
    const QDateTime synced = m_sync->property("time").toDateTime();
    m_sync->setText(m_session->client()->isOffline() ? tr("Offline")
                    : synced.isValid()
                        ? tr("Last sync %1").arg(locale().toString(synced, QLocale::ShortFormat))
                        : tr("Not synced yet"));
    m_inFlight->setText(tr("%n request(s) in flight", nullptr, m_session->client()->inFlight()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(SettingsKeys::windowGeometry(), saveGeometry());
    settings.setValue(SettingsKeys::windowState(), saveState());
    settings.setValue(SettingsKeys::windowPage(), currentPage());
    QMainWindow::closeEvent(event);
}
