#include "bss/abstractjob.h"

AbstractJob::AbstractJob(QObject *parent) : QObject(parent) {}

void AbstractJob::start()
{
    if (m_started)
        return;
    m_started = true;
    doStart();
}

void AbstractJob::cancel()
{
    if (m_finished)
        return;
    doCancel(); // may finish() itself with a more precise error
    finish(BssError(BssError::Kind::Cancelled, QString(), QString()));
}

void AbstractJob::finish(const BssError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished();
    if (m_autoDelete)
        deleteLater();
}
