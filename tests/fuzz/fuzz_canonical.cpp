// libFuzzer target: the signer's canonicaliser (path, query, headers) and a full signature on
// arbitrary bytes. Invariants: decode(encode(x)) == x, the canonical query is what parseQuery of
// itself canonicalises to (idempotent), and the canonical URI always ends in '/'.
#include "bss/canonical.h"
#include "bss/signer.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (Canonical::percentDecode(Canonical::percentEncode(bytes)) != bytes)
        std::abort();
    const QByteArray uri = Canonical::canonicalUri(bytes);
    if (!uri.endsWith('/') || !uri.startsWith('/'))
        std::abort();
    const QByteArray q = Canonical::canonicalQuery(Canonical::parseQuery(bytes));
    if (Canonical::canonicalQuery(Canonical::parseQuery(q)) != q)
        std::abort();
    const qsizetype split = bytes.indexOf('\n');
    if (auto r = Signer::Request::fromUrl("POST", split < 0 ? bytes : bytes.left(split))) {
        r->headers = {{"Content-Type", "application/json"}, {bytes.left(8), bytes.mid(8, 16)}};
        r->body = bytes;
        static const SecretBytes sk(QByteArrayView("fuzz-secret"));
        Signer::Credentials c;
        c.ak = "AK";
        c.sk = &sk;
        const auto res = Signer::sign(*r, c, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
        if (res.authorization.isEmpty())
            std::abort();
    }
    return 0;
}
