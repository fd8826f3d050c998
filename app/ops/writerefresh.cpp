#include "ops/writerefresh.h"

#include "ops/session.h"

WriteRefresh::WriteRefresh(Session *session, int effects, QObject *parent)
    : QObject(parent), m_effects(effects)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(400);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const QStringList targets(m_targets.cbegin(), m_targets.cend());
        m_targets.clear();
        emit due(targets);
    });
    connect(session, &Session::serverDataChanged, this, [this](int effects, const QString &target) {
        if (!(effects & m_effects))
            return;
        m_targets.insert(target);
        if (!m_timer.isActive())
            m_timer.start();
    });
}
