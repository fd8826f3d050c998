#include "alertnotifier.h"

#include <QApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>

AlertNotifier::AlertNotifier(QWidget *window) : QObject(window), m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return; // no tray (offscreen, some desktops): the status bar says it instead
    m_tray = new QSystemTrayIcon(this);
    const QIcon icon = window->windowIcon();
    m_tray->setIcon(icon.isNull() ? window->style()->standardIcon(QStyle::SP_MessageBoxInformation)
                                  : icon);
    m_tray->setToolTip(QStringLiteral("PartnerDesk"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { emit activated(m_first); });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });
    m_tray->show();
}

QString AlertNotifier::describe(const Overview::Alert &a)
{
    switch (a.kind) {
    case Overview::AlertKind::LowCustomers:
        return tr("%n customer(s) newly below the balance threshold", nullptr, a.count);
    case Overview::AlertKind::ExpiringCoupons:
        return tr("%n coupon(s) newly expiring soon", nullptr, a.count);
    case Overview::AlertKind::LowResellers:
        return tr("%n reseller(s) newly below the balance threshold", nullptr, a.count);
    case Overview::AlertKind::WaitingSettlements:
        return tr("%n marketplace settlement(s) newly waiting for your action", nullptr, a.count);
    case Overview::AlertKind::OverBudget:
        return tr("%n customer(s) newly over budget", nullptr, a.count);
    case Overview::AlertKind::NearBudget:
        return tr("%n customer(s) newly near their budget", nullptr, a.count);
    case Overview::AlertKind::FrozenCustomers:
        return tr("%n customer account(s) newly frozen", nullptr, a.count);
    }
    return QString();
}

void AlertNotifier::notify(const QList<Overview::Alert> &fresh)
{
    if (fresh.isEmpty())
        return;
    QStringList lines;
    for (const Overview::Alert &a : fresh)
        lines.append(describe(a));
    m_first = fresh.first().kind;
    m_title = tr("PartnerDesk: new alerts");
    m_message = lines.join(u'\n');
    if (m_tray)
        m_tray->showMessage(m_title, m_message, QSystemTrayIcon::Information, 15000);
    else if (auto *main = qobject_cast<QMainWindow *>(m_window))
        main->statusBar()->showMessage(lines.join(QStringLiteral("; ")), 30000);
    emit shown(m_title, m_message);
}
