#include "core/batchscheduler.h"

BatchScheduler::BatchScheduler(Launch launch, QObject *parent)
    : QObject(parent), m_launch(std::move(launch))
{}

void BatchScheduler::reset(int count)
{
    Q_ASSERT(!m_running);
    m_states = QList<State>(std::max(0, count), State::Pending);
    m_next = 0;
    m_inFlight = 0;
    m_cancelled = false;
}

void BatchScheduler::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_next = 0;
    pump();
}

void BatchScheduler::cancel()
{
    m_cancelled = true; // items on the wire settle; nothing new starts
    for (int r = 0; r < m_states.size(); ++r) {
        if (m_states[r] == State::Pending)
            set(r, State::Cancelled);
    }
    finishIfDone();
}

QList<int> BatchScheduler::retryFailed()
{
    QList<int> rows;
    if (m_running)
        return rows;
    for (int r = 0; r < m_states.size(); ++r) {
        if (m_states[r] == State::Failed || m_states[r] == State::Cancelled) {
            rows.append(r);
            set(r, State::Pending);
        }
    }
    if (!rows.isEmpty())
        start();
    return rows;
}

void BatchScheduler::settle(int row, State state)
{
    if (row < 0 || row >= m_states.size() || m_states[row] != State::Running || !isFinal(state) ||
        state == State::Cancelled) {
        qWarning("BatchScheduler: row %d settled twice or never launched", row);
        return;
    }
    --m_inFlight;
    set(row, state);
    emit progress(settled(), size());
    emit itemSettled(row);
    pump();
}

void BatchScheduler::skip(int row)
{
    if (row < 0 || row >= m_states.size() || m_states[row] != State::Pending)
        return;
    set(row, State::Skipped);
}

void BatchScheduler::pump()
{
    while (m_running && !m_cancelled && m_inFlight < m_concurrency) {
        while (m_next < m_states.size() && m_states[m_next] != State::Pending)
            ++m_next;
        if (m_next >= m_states.size())
            break;
        const int row = m_next++;
        ++m_inFlight;
        set(row, State::Running);
        m_launch(row); // may settle at once, re-entering pump()
    }
    finishIfDone();
}

void BatchScheduler::finishIfDone()
{
    if (!m_running || m_inFlight > 0)
        return;
    if (!m_cancelled && count(State::Pending) > 0)
        return;
    m_running = false;
    emit finished();
}

void BatchScheduler::set(int row, State state)
{
    m_states[row] = state;
    emit stateChanged(row);
}

int BatchScheduler::count(State state) const
{
    return int(std::count(m_states.cbegin(), m_states.cend(), state));
}

int BatchScheduler::settled() const
{
    return int(std::count_if(m_states.cbegin(), m_states.cend(), isFinal));
}
