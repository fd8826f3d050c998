#pragma once

#include "bss/bsserror.h"

#include <QObject>

// Base of every asynchronous network job (the ownCloud pattern): start() once, finished() once,
// cancel() at any time. Never blocks and never spins a nested event loop. With autoDelete (the
// default) the job deletes itself after finished() has been delivered.
class AbstractJob : public QObject
{
    Q_OBJECT
public:
    explicit AbstractJob(QObject *parent = nullptr);

    void start();
    // Stops the job: finished() follows with a Cancelled error unless it already finished.
    void cancel();

    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    const BssError &error() const { return m_error; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

signals:
    void finished();

protected:
    virtual void doStart() = 0;
    virtual void doCancel() = 0;
    void finish(const BssError &error);

private:
    BssError m_error;
    bool m_started = false;
    bool m_finished = false;
    bool m_autoDelete = true;
};
