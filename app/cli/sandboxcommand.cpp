// `partnerdesk-cli sandbox`: the sandbox BSS server, standalone (split from cli.cpp).
#include "cli/cli.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace {

QByteArray randomKey(int length, const char *alphabet)
{
    const int n = int(qstrlen(alphabet));
    QByteArray key;
    for (int i = 0; i < length; ++i)
        key.append(alphabet[QRandomGenerator::system()->bounded(n)]);
    return key;
}

} // namespace

void Cli::runSandbox()
{
    bool ok = true;
    auto number = [&](const char *name, int def, int lo, int hi) {
        const QString v = m_options.values.value(QLatin1String(name));
        if (v.isEmpty())
            return def;
        bool good = false;
        const int n = v.toInt(&good);
        if (!good || n < lo || n > hi)
            ok = false;
        return n;
    };
    const int port = number("port", 0, 0, 65535);
    const int seed = number("seed", 1, 0, std::numeric_limits<int>::max());
    const int customers = number("customers", 1000, 0, 10000000);
    if (!ok) {
        finish(2, tr("--port, --seed and --customers take whole numbers in range."));
        return;
    }
    const QString site = m_options.site.isEmpty() ? QStringLiteral("china") : m_options.site;
    if (site != u"china" && site != u"intl") {
        finish(2, tr("The sandbox site must be china or intl."));
        return;
    }
    const QString data = m_options.values.value(QStringLiteral("data"));
    auto *store = new SandboxStore(data);
    if (!store->isOpen() ||
        (store->isEmpty() && !store->seed({quint32(seed), customers, site == u"intl"}))) {
        finish(1, tr("Cannot create the sandbox data in %1: %2")
                      .arg(data.isEmpty() ? tr("memory") : data, store->lastError()));
        delete store;
        return;
    }
    QByteArray ak = m_options.values.value(QStringLiteral("ak")).toUtf8();
    QByteArray sk = m_options.values.value(QStringLiteral("sk")).toUtf8();
    const bool generated = sk.isEmpty();
    if (ak.isEmpty())
        ak = randomKey(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    if (generated)
        sk = randomKey(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    QByteArray domain = m_options.values.value(QStringLiteral("domain-id")).toUtf8();
    if (domain.isEmpty())
        domain = randomKey(32, "0123456789abcdef");
    auto *server = new SandboxServer(store, this);
    connect(server, &QObject::destroyed, [store] { delete store; });
    QJsonObject first{{QStringLiteral("ak"), QString::fromLatin1(ak)},
                      {QStringLiteral("domain_id"), QString::fromLatin1(domain)}};
    if (generated)
        first.insert(QLatin1String("sk"), QString::fromLatin1(sk)); // never echo a given SK
    server->setCredentials(ak, SecretBytes::takeFrom(sk), domain);
    if (server->listen(QHostAddress::LocalHost, quint16(port)) == 0) {
        finish(1, tr("Cannot listen on 127.0.0.1:%1 (is the port in use?).").arg(port));
        return;
    }
    first.insert(QLatin1String("url"), server->baseUrl().toString());
    out(QJsonDocument(first).toJson(QJsonDocument::Compact) + '\n');
    err(tr("Sandbox BSS server on %1 (site %2, data %3). Stop it with Ctrl+C.")
            .arg(server->baseUrl().toString(), site,
                 data.isEmpty() ? tr("in memory") : QFileInfo(data).absoluteFilePath()));
    // Serves until the process is stopped: no done() here.
}
