#pragma once

#include <QHash>
#include <QMainWindow>

class BssError;
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
    // Loads the current page's data (after the session is ready).
    void loadData();
    void showError(const QString &where, const BssError &error);

signals:
    void pageLoaded(const QString &key);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslate();
    void updateStatus();

    Session *m_session;
    QTreeWidget *m_nav;
    QStackedWidget *m_stack;
    CustomersPage *m_customers;
    QHash<QString, QTreeWidgetItem *> m_items;
    QTreeWidgetItem *m_sales = nullptr;
    QLabel *m_profile;
    QLabel *m_site;
    QLabel *m_sync;
    QLabel *m_inFlight;
    QDockWidget *m_errorDock;
    QPlainTextEdit *m_errors;
};
