#include "bss/requestpacer.h"

#include <QHash>

#include <algorithm>
#include <cmath>

std::shared_ptr<RequestPacer> RequestPacer::forAccessKey(const QByteArray &accessKey)
{
    static QMutex registryMutex;
    static QHash<QByteArray, std::weak_ptr<RequestPacer>> registry;
    QMutexLocker lock(&registryMutex);
    std::shared_ptr<RequestPacer> p = registry.value(accessKey).lock();
    if (!p) {
        p = std::make_shared<RequestPacer>();
        registry.insert(accessKey, p);
    }
    return p;
}

void RequestPacer::setRate(double perSecond, int burst)
{
    QMutexLocker lock(&m_mutex);
    m_rate = std::max(0.0, perSecond);
    m_burst = std::max(1, burst);
    m_tokens = std::min(m_tokens, m_burst);
}

qint64 RequestPacer::take()
{
    QMutexLocker lock(&m_mutex);
    if (m_rate <= 0)
        return 0;
    if (!m_clock.isValid()) {
        m_clock.start();
        m_lastMs = 0;
    }
    const qint64 now = m_clock.elapsed();
    m_tokens = std::min(m_burst, m_tokens + (now - m_lastMs) * m_rate / 1000.0);
    m_lastMs = now;
    if (m_tokens >= 1) {
        m_tokens -= 1;
        return 0;
    }
    return std::max<qint64>(1, qint64(std::ceil((1 - m_tokens) * 1000.0 / m_rate)));
}
