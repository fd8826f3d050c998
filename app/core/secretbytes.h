#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <memory>

// A secret (the SK) in a buffer of its own: never implicitly shared, zeroed when it is cleared or
// destroyed, never converted to text by accident. Move-only; clone() makes an explicit copy.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArrayView bytes);
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    ~SecretBytes();

    // Copies `source` and then zeroes it when this is its only reference (a shared QByteArray is
    // left alone: zeroing it would corrupt the other owner).
    static SecretBytes takeFrom(QByteArray &source);
    // Zeroes a QByteArray that held secret material, then empties it.
    static void wipe(QByteArray &bytes);

    SecretBytes clone() const { return SecretBytes(view()); }
    QByteArrayView view() const { return QByteArrayView(m_data.get(), qsizetype(m_size)); }
    bool isEmpty() const { return m_size == 0; }
    std::size_t size() const { return m_size; }
    void clear();

private:
    std::unique_ptr<char[]> m_data;
    std::size_t m_size = 0;
};
