#pragma once

#include <QByteArray>
#include <QByteArrayView>

// SHA-256 and HMAC-SHA256 on OpenSSL (one-shot functions, not deprecated in OpenSSL 3).
namespace crypto {

QByteArray sha256(QByteArrayView data);
QByteArray hmacSha256(QByteArrayView key, QByteArrayView message);
// Lower-case hex, as the signature algorithms use it.
QByteArray sha256Hex(QByteArrayView data);
QByteArray hmacSha256Hex(QByteArrayView key, QByteArrayView message);
// HKDF-SHA256 (RFC 5869) with a 32-byte output: PRK = HMAC(salt, ikm), OKM = HMAC(PRK, info|0x01).
QByteArray hkdfSha256(QByteArrayView ikm, QByteArrayView salt, QByteArrayView info);
// Zeroes a buffer in a way the optimiser keeps.
void cleanse(QByteArray &bytes);
// Frees what OpenSSL keeps for the calling thread (its random generators, its error queue).
// OpenSSL does it by itself as the thread exits, but that happens after QThread::wait() has
// returned; a thread that calls this last is clean by the time anybody has waited for it.
void releaseThreadState();

} // namespace crypto
