#pragma once

#include "ops/overview.h"

#include <QObject>

class QSystemTrayIcon;
class QWidget;

// Tells the user about alerts a sync found for the first time: a desktop notification through
// the system tray where the desktop has one, otherwise the main window's status bar. Clicking
// the notification opens the page of the first alert.
class AlertNotifier : public QObject
{
    Q_OBJECT
public:
    explicit AlertNotifier(QWidget *window);

    void notify(const QList<Overview::Alert> &fresh);
    QString lastTitle() const { return m_title; }
    QString lastMessage() const { return m_message; }
    bool usesTray() const { return m_tray != nullptr; }
    static QString describe(const Overview::Alert &alert); // one line, in the UI language

signals:
    void activated(Overview::AlertKind kind);
    void shown(const QString &title, const QString &message); // also when there is no tray

private:
    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_title;
    QString m_message;
    Overview::AlertKind m_first = Overview::AlertKind::LowCustomers;
};
