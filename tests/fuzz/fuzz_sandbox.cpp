// libFuzzer target: the sandbox's request handling without HTTP (SandboxServer::answer): routing
// by method and path, the Authorization / X-Sdk-Date header parsing and signature check, the
// domain check, query and JSON body parsing, and every route's handler on a seeded in-memory
// store. Input: a flag byte, then path, query, header lines and body separated by '\n'.
// Flags: 1 = sign the request properly (so the handlers see the fuzzed body and query), 2 = POST,
// 4 = take the path from the route table (the next byte picks it; it also picks the parameter
// the probe reads, and when its low five bits are 0 the route's real handler runs). Invariants:
// every answer is a status 200..599 with a JSON object; every error names an error_code and an
// error_msg.
#include "bss/canonical.h"
#include "bss/signer.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"

#include <QCoreApplication>
#include <QHash>

#include <cstdlib>

namespace {

struct World
{
    World()
    {
        store.seed({5, 60, false});
        server.setCredentials("FUZZAK0000000000", SecretBytes(QByteArrayView("fuzz-sk-0123456789")),
                              "fuzz-domain");
        routes = server.routes();
        std::sort(routes.begin(), routes.end());
    }
    SandboxStore store;
    SandboxServer server{&store};
    QList<QByteArray> routes;
};

World &world()
{
    static int argc = 1;
    static char name[] = "fuzz_sandbox";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static World w;
    return w;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    World &w = world();
    w.server.faults().clear(); // a fuzzed control call may have set some
    w.server.rateLimiter().setLimit(0, 0);
    const quint8 flags = data[0];
    const QByteArray rest(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    const QList<QByteArray> parts = rest.split('\n');
    QByteArray method = flags & 2 ? "POST" : "GET";
    QByteArray path = parts.value(0);
    if (flags & 4) {
        const QByteArray route = w.routes.at(data[1] % w.routes.size());
        const qsizetype space = route.indexOf(' ');
        method = route.left(space);
        path = route.mid(space + 1);
    }
    const QByteArray query = parts.value(1);
    QHash<QByteArray, QByteArray> headers;
    for (const QByteArray &line : parts.value(2).split('\r')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const QByteArray body = parts.mid(3).join('\n');
    QByteArray rawPath = path, rawQuery = query;
    if (flags & 1) {
        Signer::Request r;
        r.method = method;
        r.scheme = "http";
        r.host = "127.0.0.1:1";
        r.path = path.isEmpty() ? QByteArray("/") : path;
        r.query = Canonical::parseQuery(query);
        r.headers = {{"Content-Type", "application/json"}};
        r.body = body;
        static const SecretBytes sk(QByteArrayView("fuzz-sk-0123456789"));
        Signer::Credentials c;
        c.ak = "FUZZAK0000000000";
        c.sk = &sk;
        c.domainId = "fuzz-domain";
        const Signer::Result s = Signer::sign(r, c, w.server.now());
        for (const Canonical::Header &h : s.headers)
            headers.insert(h.name.toLower(), h.value);
        rawPath = s.wirePath;
        rawQuery = s.wireQuery;
    }
    // Most inputs stop at the handler: the parsed parameters are read the ways the handlers
    // read them, with keys the input picks. One in 32 runs the route's real handler.
    const bool realHandler = (data[1] & 0x1f) == 0;
    const quint8 pick = data[1];
    const SandboxServer::Handler probe = [pick](SandboxParams p) {
        static const char *const keys[] = {
            "customer_id",    "amount",          "offset",   "limit",
            "status",         "coupon_id",       "quota_id", "indirect_partner_id",
            "customer_infos", "operation_types", "cycle",    "begin_time",
            "remitter_name",  "reason",          "spec"};
        const char *key = keys[pick % std::size(keys)];
        (void)p.has(key);
        (void)p.string(key, 64);
        (void)p.indirectPartnerId();
        (void)p.integer(key, 0, -5, 1000);
        (void)p.amount(key);
        (void)p.timestamp(key);
        (void)p.date(key);
        (void)p.cycle(key);
        (void)p.strings(key, 10, 64);
        (void)p.objectField(key, "customer_id", 10, 64);
        (void)p.array(key, 0, 10);
        (void)p.boolean(key, false);
        (void)p.integers(key, 10);
        int offset = -1, limit = -1;
        p.paging(&offset, &limit);
        if (offset < 0 || limit < 1 || limit > 100)
            std::abort(); // paging is always within bounds, whatever the input
        (void)p.oneOf(key, {QStringLiteral("1"), QStringLiteral("EFFECTIVE")});
        return p.ok() ? SandboxAnswer::ok({}) : p.error();
    };
    const SandboxServer::Outgoing out = w.server.answer(
        method, rawPath, rawQuery, body,
        [&headers](const QByteArray &name) {
            const auto it = headers.constFind(name);
            return it == headers.cend() ? QByteArray() : *it;
        },
        realHandler ? SandboxServer::Handler() : probe);
    const int status = out.answer.status;
    if (status < 200 || status > 599)
        std::abort();
    if (status >= 400 && (!out.answer.body.value(QLatin1String("error_code")).isString() ||
                          !out.answer.body.value(QLatin1String("error_msg")).isString()))
        std::abort();
    return 0;
}
