#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>

class Session;

// What a page reloads after the session's writes: a write whose effects (WriteEffects flags)
// meet `effects` marks its target stale, and due() comes once per burst of writes (400 ms after
// the first), with every target marked meanwhile. A batch of thousands is one reload, not
// thousands.
class WriteRefresh : public QObject
{
    Q_OBJECT
public:
    WriteRefresh(Session *session, int effects, QObject *parent = nullptr);

signals:
    void due(const QStringList &targets);

private:
    int m_effects;
    QSet<QString> m_targets;
    QTimer m_timer;
};
