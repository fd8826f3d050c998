#include "bss/crypto.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>

namespace crypto {

QByteArray sha256(QByteArrayView data)
{
    QByteArray out(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256(reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size()),
           reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView message)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int len = 0;
    // OpenSSL wants a non-null key pointer even for an empty key.
    static const char empty = 0;
    const void *k = key.isEmpty() ? &empty : key.data();
    HMAC(EVP_sha256(), k, int(key.size()), reinterpret_cast<const unsigned char *>(message.data()),
         size_t(message.size()), reinterpret_cast<unsigned char *>(out.data()), &len);
    out.resize(int(len));
    return out;
}

QByteArray sha256Hex(QByteArrayView data)
{
    return sha256(data).toHex();
}

QByteArray hmacSha256Hex(QByteArrayView key, QByteArrayView message)
{
    return hmacSha256(key, message).toHex();
}

QByteArray hkdfSha256(QByteArrayView ikm, QByteArrayView salt, QByteArrayView info)
{
    QByteArray prk = hmacSha256(salt, ikm);
    QByteArray block = info.toByteArray();
    block.append(char(0x01));
    QByteArray okm = hmacSha256(prk, block);
    cleanse(prk);
    return okm;
}

void cleanse(QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace crypto
