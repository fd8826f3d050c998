#pragma once

#include <QList>
#include <QObject>

#include <algorithm>
#include <functional>

// The batch scheduler: runs items by row with bounded concurrency, knowing nothing of what an item
// is (no BSS types: the caller launches a row and reports how it settled). Cancel stops new
// starts; items already launched still settle. Retry puts the failed and cancelled rows back to
// pending and runs only them.
class BatchScheduler : public QObject
{
    Q_OBJECT
public:
    enum class State { Pending, Running, Done, Failed, Unknown, Cancelled, Skipped };
    // Starts the item at `row`; whoever runs it calls settle(row, …) exactly once, now or later.
    using Launch = std::function<void(int row)>;

    explicit BatchScheduler(Launch launch, QObject *parent = nullptr);

    void reset(int count); // `count` pending items, nothing running
    void setConcurrency(int n) { m_concurrency = std::max(1, n); }
    void start();
    void cancel();
    // The failed and cancelled rows, put back to pending and started again; empty while running.
    QList<int> retryFailed();
    // A launched row ended in `state` (Done, Failed, Unknown or Skipped).
    void settle(int row, State state);
    // A pending row that will not run (a preview ruled it out): Skipped from the start.
    void skip(int row);

    int size() const { return int(m_states.size()); }
    State state(int row) const { return m_states.at(row); }
    int count(State state) const;
    int settled() const; // neither pending nor running
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    static bool isFinal(State state) { return state != State::Pending && state != State::Running; }

signals:
    void stateChanged(int row);
    void progress(int settled, int total);
    void itemSettled(int row);
    void finished();

private:
    void pump();
    void set(int row, State state);
    void finishIfDone();

    Launch m_launch;
    QList<State> m_states;
    int m_concurrency = 4;
    int m_inFlight = 0;
    int m_next = 0; // rows before this one were started (or settled)
    bool m_running = false;
    bool m_cancelled = false;
};
