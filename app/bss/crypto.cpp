#include "bss/crypto.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>

#include <cstring>
#include <initializer_list>

namespace {

constexpr int kBlock = 64; // SHA-256 block size
constexpr int kDigest = SHA256_DIGEST_LENGTH;

// SHA-256 fetched once: OpenSSL 3's SHA256()/HMAC() look the algorithm up on every call, which
// cost more than the hashing of a typical request (bench_signing).
const EVP_MD *sha256Md()
{
    static EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

// One digest context per thread, reused.
EVP_MD_CTX *context()
{
    thread_local struct Holder
    {
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        ~Holder() { EVP_MD_CTX_free(ctx); }
    } holder;
    return holder.ctx;
}

void digest(std::initializer_list<QByteArrayView> parts, unsigned char *out)
{
    EVP_MD_CTX *ctx = context();
    EVP_DigestInit_ex2(ctx, sha256Md(), nullptr);
    for (QByteArrayView p : parts)
        EVP_DigestUpdate(ctx, p.data(), size_t(p.size()));
    unsigned int len = 0;
    EVP_DigestFinal_ex(ctx, out, &len);
}

// HMAC-SHA256 (RFC 2104) over the cached digest: H((K ^ opad) || H((K ^ ipad) || m)).
void hmac(QByteArrayView key, QByteArrayView message, unsigned char *out)
{
    unsigned char k[kBlock] = {};
    if (key.size() > kBlock)
        digest({key}, k);
    else if (!key.isEmpty())
        memcpy(k, key.data(), size_t(key.size()));
    unsigned char pad[kBlock];
    for (int i = 0; i < kBlock; ++i)
        pad[i] = k[i] ^ 0x36;
    unsigned char inner[kDigest];
    digest({QByteArrayView(reinterpret_cast<const char *>(pad), kBlock), message}, inner);
    for (int i = 0; i < kBlock; ++i)
        pad[i] = k[i] ^ 0x5c;
    digest({QByteArrayView(reinterpret_cast<const char *>(pad), kBlock),
            QByteArrayView(reinterpret_cast<const char *>(inner), kDigest)},
           out);
    OPENSSL_cleanse(k, sizeof k);
    OPENSSL_cleanse(pad, sizeof pad);
}

QByteArray toHex(const unsigned char *bytes, int n)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(bytes), n).toHex();
}

} // namespace

namespace crypto {

QByteArray sha256(QByteArrayView data)
{
    QByteArray out(kDigest, Qt::Uninitialized);
    digest({data}, reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView message)
{
    QByteArray out(kDigest, Qt::Uninitialized);
    hmac(key, message, reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

QByteArray sha256Hex(QByteArrayView data)
{
    unsigned char d[kDigest];
    digest({data}, d);
    return toHex(d, kDigest);
}

QByteArray hmacSha256Hex(QByteArrayView key, QByteArrayView message)
{
    unsigned char d[kDigest];
    hmac(key, message, d);
    const QByteArray hex = toHex(d, kDigest);
    OPENSSL_cleanse(d, sizeof d);
    return hex;
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

void releaseThreadState()
{
    OPENSSL_thread_stop();
}

} // namespace crypto
