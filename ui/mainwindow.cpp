#include "mainwindow.h"

#include "bss/bsserror.h"
#include "models/session.h"
#include "pages/customerspage.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_nav(new QTreeWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_customers(new CustomersPage(session, this))
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
    m_sales = new QTreeWidgetItem(m_nav);
    m_sales->setFlags(Qt::ItemIsEnabled);
    auto *customers = new QTreeWidgetItem(m_sales);
    customers->setData(0, Qt::UserRole, QStringLiteral("customers"));
    m_items.insert(QStringLiteral("customers"), customers);
    m_stack->addWidget(m_customers);
    m_nav->expandAll();

    auto *split = new QSplitter(this);
    split->addWidget(m_nav);
    split->addWidget(m_stack);
    split->setStretchFactor(1, 1);
    split->setSizes({200, 1000});
    setCentralWidget(split);

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
    connect(m_customers, &CustomersPage::synced, this, [this] {
        m_sync->setProperty("time", QDateTime::currentDateTime());
        updateStatus();
    });
    connect(m_customers, &CustomersPage::loaded, this,
            [this] { emit pageLoaded(QStringLiteral("customers")); });
    connect(m_customers, &CustomersPage::failed, this,
            [this](const BssError &e) { showError(tr("Customers"), e); });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!openPage(settings.value(QStringLiteral("window/page")).toString()))
        openPage(QStringLiteral("customers"));
    retranslate();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openPage(const QString &key)
{
    QTreeWidgetItem *item = m_items.value(key);
    if (!item)
        return false;
    if (m_nav->currentItem() != item)
        m_nav->setCurrentItem(item);
    if (key == u"customers")
        m_stack->setCurrentWidget(m_customers);
    return true;
}

QString MainWindow::currentPage() const
{
    return m_nav->currentItem() ? m_nav->currentItem()->data(0, Qt::UserRole).toString()
                                : QString();
}

void MainWindow::loadData()
{
    m_customers->reload();
}

void MainWindow::showError(const QString &where, const BssError &error)
{
    const QString line = QStringLiteral("%1  %2: %3\n    %4")
                             .arg(QDateTime::currentDateTime().toString(Qt::ISODate), where,
                                  error.userMessage(), error.diagnosticText());
    m_errors->appendPlainText(line);
    m_errorDock->show();
}

void MainWindow::updateStatus()
{
    m_profile->setText(tr("Profile: %1").arg(m_session->profileName()));
    m_site->setText(m_session->siteLabel());
    const QDateTime synced = m_sync->property("time").toDateTime();
    m_sync->setText(synced.isValid()
                        ? tr("Last sync %1").arg(locale().toString(synced, QLocale::ShortFormat))
                        : tr("Not synced yet"));
    m_inFlight->setText(tr("%n request(s) in flight", nullptr, m_session->client()->inFlight()));
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("PartnerDesk — Partner Center"));
    m_sales->setText(0, tr("Sales"));
    m_items.value(QStringLiteral("customers"))->setText(0, tr("Customers"));
    m_errorDock->setWindowTitle(tr("Errors"));
    updateStatus();
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
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/page"), currentPage());
    QMainWindow::closeEvent(event);
}
