#pragma once

#include "ops/overview.h"
#include "pages/page.h"
#include "widgets/commandpalette.h"

#include <QHash>
#include <QMainWindow>

class AlertNotifier;
class BssError;
class ErrorPanel;
class LanguageMenu;
class NoticeBanner;
class FirstRunPanel;
class Keychain;
class OfflineBar;
class ProfileBar;
class QAction;
class QMenu;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;
class SavedViewsMenu;
class Session;
class StatusPanel;
class Translator;
class Workspace;

// The shell: a navigation tree that mirrors the console (销售 > 客户 …) built from the page
// registry, the current page, the status bar, a non-modal error panel with codes and request
// ids, the menus and the command palette. It knows pages only through the Page interface; their
// data is the session's Workspace.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Session *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // "customers", …; false if there is no such page.
    bool openPage(const QString &key);
    QString currentPage() const;
    // The page of that key (built now if it waits for after the first paint); nullptr if none.
    Page *page(const QString &key);
    template<class T> T *page()
    {
        for (int pass = 0; pass < 2; ++pass, ensureLazyPages()) {
            for (Page *p : std::as_const(m_pages)) {
                if (auto *t = qobject_cast<T *>(p))
                    return t;
            }
        }
        return nullptr;
    }
    Workspace *workspace() const { return m_workspace; }
    AlertNotifier *notifier() const { return m_notifier; }
    // Reads every built page's data again (after the session is ready, F5, a retry).
    void loadData();
    void showError(const QString &where, const BssError &error);
    // Opens the page an alert is about, filtered to the alert's items.
    void openAlert(Overview::AlertKind kind);
    // Ctrl+K: the command palette over pages, menu actions and customers.
    void openPalette();
    CommandPalette *palette() const { return m_palette; }
    SavedViewsMenu *savedViews() const { return m_viewsMenu; }

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
    // Tools > Clear offline data (mainwindowmenus.cpp): empties the profile's offline cache.
    void clearOfflineData();
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
    void addPage(Page *page);
    void openFocused(const QString &key, const QString &what, const QVariant &value);
    void retranslate();
    void exportCurrent();
    // mainwindowmenus.cpp
    void buildMenus();
    void retranslateMenus();
    void openAuditLog();
    void openDataFolder();
    // mainwindowshortcuts.cpp
    void buildShortcuts();
    void focusSearch();
    void paletteChosen(const QString &kind, const QString &key);

    Session *m_session;
    Workspace *m_workspace;
    QTreeWidget *m_nav;
    QStackedWidget *m_stack;
    AlertNotifier *m_notifier;
    QHash<QString, Page *> m_pages;
    QHash<QString, QTreeWidgetItem *> m_items;
    QTreeWidgetItem *m_sales = nullptr;
    NoticeBanner *m_banner;
    OfflineBar *m_offlineBar;
    FirstRunPanel *m_firstRun;
    Keychain *m_keychain;
    ProfileBar *m_profiles;
    StatusPanel *m_status;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    SavedViewsMenu *m_viewsMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_auditAction = nullptr;
    QAction *m_clearCacheAction = nullptr;
    QAction *m_dataFolderAction = nullptr;
    QAction *m_aboutAction = nullptr;
    bool m_loadRequested = false; // loadData() ran: lazily built pages load when built
    CommandPalette *m_palette = nullptr;
    ErrorPanel *m_errorPanel;
};
