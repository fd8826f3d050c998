#include "bss/oneshotbody.h"

#include <cstring>

OneShotBody::OneShotBody(const QByteArray &data, QObject *parent) : QIODevice(parent), m_data(data)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool OneShotBody::seek(qint64 pos)
{
    if (m_started && pos < m_pos) {
        m_refused = true; // a second send of the same write: refuse
        return false;
    }
    if (pos < 0 || pos > m_data.size() || !QIODevice::seek(pos))
        return false;
    m_pos = pos;
    return true;
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_data.size() - m_pos;
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min(maxSize, m_data.size() - m_pos);
    if (n <= 0)
        return m_pos >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_pos, size_t(n));
    m_pos += n;
    m_started = true;
    return n;
}
