#pragma once

#include "ops/overview.h"
#include "widgets/commandpalette.h"

#include <QHash>
#include <QMainWindow>

class AlertNotifier;
class OfflineBar;
class BssError;
class OverviewPage;
class PricingPage;
class MarketplacePage;
class IncentivesPage;
class DiscountsPage;
class Keychain;
class QMenu;
class Translator;
class QAction;
class QComboBox;
class CouponsPage;
class QuotasPage;
class FundsPage;
class ResellersPage;
class CustomersPage;
class QLabel;
class QPlainTextEdit;
class QDockWidget;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;
class Session;

// The main window: a navigation tree that mirrors the console (销售 > 客户 …; a page appears
// only once it exists), the pages, a status bar (profile, site, last sync, requests in flight)
// and a non-modal error panel with codes and request ids.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Session *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // "customers", …; false if there is no such page (yet).
    bool openPage(const QString &key);
    QString currentPage() const;
    CustomersPage *customersPage() const { return m_customers; }
    CouponsPage *couponsPage() const { return m_coupons; }
    QuotasPage *quotasPage() const { return m_quotas; }
    // The pages below are built after the first paint; asking for one builds them now.
    FundsPage *fundsPage();
    ResellersPage *resellersPage() const { return m_resellers; }
    OverviewPage *overviewPage() const { return m_overviewPage; }
    PricingPage *pricingPage();
    MarketplacePage *marketplacePage();
    IncentivesPage *incentivesPage();
    DiscountsPage *discountsPage();
    Overview *overview() const { return m_overview; }
    AlertNotifier *notifier() const { return m_notifier; }
    // Loads the current page's data (after the session is ready).
    void loadData();
    void showError(const QString &where, const BssError &error);
    // Opens the page an alert is about, filtered to the alert's items.
    void openAlert(Overview::AlertKind kind);
    // Ctrl+K: the command palette over pages, menu actions and customers.
    void openPalette();
    CommandPalette *palette() const { return m_palette; }
    // Saved views of the current page (mainwindowviews.cpp), for View > Saved views and tests.
    bool saveView(const QString &name);
    bool applyView(const QString &name);
    bool deleteView(const QString &name);
    bool exportViews(const QString &path);
    int importViews(const QString &path); // how many, or -1 (nothing changed)

    // Which account the window works on. The sandbox is started by the composition root
    // (sandboxRequested → SandboxStarter); a profile's keys are read from the system keychain.
    void useSandbox();
    void useProfile(const QString &name);
    // No profile yet and no --sandbox: offer the sandbox or a new profile.
    void showFirstRun();
    Keychain *keychain() const { return m_keychain; }
    // Live language switching (View > Language); remembered for the next start.
    void setTranslator(Translator *translator);
    void switchLanguage(const QString &language);
    void openAuditLog();
    // Tools > Clear offline data (mainwindowmenus.cpp): empties the profile's offline cache.
    void clearOfflineData();
    // Tools > Open data folder and Help > About (mainwindowmenus.cpp).
    static QString dataFolder();
    // The application icon (PNG sizes of resources/icons/partnerdesk.svg, embedded).
    static QIcon applicationIcon();
    void openDataFolder();
    void showAbout();
    // Another launch (single instance): raise this window, and open its --page if it has one.
    void handleLaunch(const QStringList &arguments);
    QString bannerText() const;
    OfflineBar *offlineBar() const { return m_offlineBar; }

signals:
    void pageLoaded(const QString &key);
    void sandboxRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // The pages not needed for the first paint: all at once (when one is asked for), or one per
    // event after the first paint.
    void ensureLazyPages();
    void buildLazyPagesInTurn();
    bool buildNextLazyPage();
    // The page's loaded() becomes pageLoaded(key) and its errors go to the errors panel.
    void connectPage(class Page *page);
    void retranslate();
    void exportCurrent();
    // mainwindowshortcuts.cpp
    void buildShortcuts();
    void buildViewsMenu();
    void fillViewsMenu();
    void focusSearch();
    void paletteChosen(const QString &kind, const QString &key);
    QList<CommandPalette::Entry> findCustomers(const QString &text, int max) const;
    // A customer's name from the loaded customer list (other pages show it masked).
    QString customerName(const QString &customerId) const;
    void reloadProfiles();
    void showBanner(const QString &text);
    void openProfiles();
    void buildMenus();
    void updateStatus();
    // A sync finished: the status bar's "Last sync" time, unless the data came from the cache.
    void markSynced();

    Session *m_session;
    QTreeWidget *m_nav;
    QStackedWidget *m_stack;
    CustomersPage *m_customers;
    CouponsPage *m_coupons;
    QuotasPage *m_quotas;
    FundsPage *m_funds = nullptr;
    ResellersPage *m_resellers;
    PricingPage *m_pricing = nullptr;
    MarketplacePage *m_marketplace = nullptr;
    IncentivesPage *m_incentives = nullptr;
    DiscountsPage *m_discounts = nullptr;
    Overview *m_overview;
    OverviewPage *m_overviewPage;
    AlertNotifier *m_notifier;
    QHash<QString, class Page *> m_pages;
    QHash<QString, QTreeWidgetItem *> m_items;
    QTreeWidgetItem *m_sales = nullptr;
    QLabel *m_banner;
    OfflineBar *m_offlineBar;
    QWidget *m_firstRun;
    QComboBox *m_profiles;
    QAction *m_manage;
    Keychain *m_keychain;
    Translator *m_translator = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_viewsMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_auditAction = nullptr;
    QAction *m_clearCacheAction = nullptr;
    QAction *m_dataFolderAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_errorsAction = nullptr;
    QAction *m_zhAction = nullptr;
    QAction *m_enAction = nullptr;
    bool m_loadRequested = false; // loadData() ran: lazily built pages load when built
    QLabel *m_profile;
    QLabel *m_site;
    QLabel *m_sync;
    CommandPalette *m_palette = nullptr;
    QLabel *m_inFlight;
    QDockWidget *m_errorDock;
    QPlainTextEdit *m_errors;
};
