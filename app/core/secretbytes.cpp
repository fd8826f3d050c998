#include "core/secretbytes.h"

#include <cstring>

namespace {
// A memset the optimiser may not remove.
void secureZero(void *data, std::size_t size)
{
    volatile unsigned char *p = static_cast<volatile unsigned char *>(data);
    while (size--)
        *p++ = 0;
}
} // namespace

SecretBytes::SecretBytes(QByteArrayView bytes)
    : m_data(bytes.isEmpty() ? nullptr : new char[std::size_t(bytes.size())])
    , m_size(std::size_t(bytes.size()))
{
    if (m_size)
        std::memcpy(m_data.get(), bytes.data(), m_size);
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::move(other.m_data)), m_size(other.m_size)
{
    other.m_size = 0;
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::move(other.m_data);
        m_size = other.m_size;
        other.m_size = 0;
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    clear();
}

void SecretBytes::clear()
{
    if (m_data)
        secureZero(m_data.get(), m_size);
    m_data.reset();
    m_size = 0;
}

SecretBytes SecretBytes::takeFrom(QByteArray &source)
{
    SecretBytes secret{QByteArrayView(source)};
    wipe(source);
    return secret;
}

void SecretBytes::wipe(QByteArray &bytes)
{
    if (bytes.isDetached() && !bytes.isEmpty())
        secureZero(bytes.data(), std::size_t(bytes.size()));
    bytes = QByteArray();
}
