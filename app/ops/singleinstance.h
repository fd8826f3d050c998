#pragma once

#include <QLocalServer>
#include <QObject>
#include <QStringList>

// One PartnerDesk window per user: a second launch hands its arguments to the running one
// (which raises its window and opens the page asked for) and exits. The channel is a local
// socket only the same user can open, named after the user and the app data dir.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(QString key = defaultKey(), QObject *parent = nullptr);

    static QString defaultKey();
    // True when a running instance took the arguments (then this process should exit). Waits
    // up to timeoutMs for the connection; called at start-up, before any window exists.
    bool forwardToRunning(const QStringList &arguments, int timeoutMs = 1500);
    // Listens for later launches; a stale socket left by a crashed instance is replaced.
    bool listen();

signals:
    // Another launch's arguments (without the program name).
    void activated(const QStringList &arguments);

private:
    void readFrom(class QLocalSocket *socket);

    QString m_key;
    QLocalServer m_server;
};
