#pragma once

#include <QObject>

class QSocketNotifier;

// SIGINT and SIGTERM for the CLI, delivered on the event loop (a self-pipe): the first asks
// the running batch to stop sending and settle what is in flight; a second exits at once
// (status 130). Elsewhere than on Unix the default handling stays.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;
    int count() const { return m_count; }

signals:
    void interrupted();

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
    int m_count = 0;
};
