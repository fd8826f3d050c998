// `partnerdesk-cli sandbox`: the sandbox BSS server, standalone (split from cli.cpp).
#include "cli/cli.h"
#include "sandbox/sandboxhost.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

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
    SandboxHost::Options o;
    o.port = quint16(number("port", 0, 0, 65535));
    o.seed.seed = quint32(number("seed", 1, 0, std::numeric_limits<int>::max()));
    o.seed.customers = number("customers", 1000, 0, 10000000);
    o.ratePerSecond = number("rate-limit", 50, 0, 100000);
    if (!ok) {
        finish(2, tr("--port, --seed, --customers and --rate-limit take whole numbers in range."));
        return;
    }
    const QString site = m_options.site.isEmpty() ? QStringLiteral("china") : m_options.site;
    if (site != u"china" && site != u"intl") {
        finish(2, tr("The sandbox site must be china or intl."));
        return;
    }
    o.seed.international = site == u"intl";
    o.burst = std::max(1, int(o.ratePerSecond * 2));
    o.dataFile = m_options.values.value(QStringLiteral("data"));
    o.faults = m_options.values.value(QStringLiteral("faults"));
    o.requestLog = m_options.values.value(QStringLiteral("log-requests"));
    o.accessKey = m_options.values.value(QStringLiteral("ak")).toUtf8();
    // A fixed test SK comes from the environment, never from argv (others can read it).
    QByteArray sk = qgetenv("PARTNERDESK_SANDBOX_SK");
    qunsetenv("PARTNERDESK_SANDBOX_SK");
    o.secretKey = SecretBytes::takeFrom(sk);
    o.domainId = m_options.values.value(QStringLiteral("domain-id")).toUtf8();
    const QString data = o.dataFile;
    auto *host = new SandboxHost(this);
    connect(host, &SandboxHost::failed, this, [this](const QString &message) {
        finish(message.startsWith(QLatin1String("Bad")) ? 2 : 1, message);
    });
    connect(host, &SandboxHost::started, this, [this, host, site, data](const QUrl &url) {
        QJsonObject first{{QStringLiteral("url"), url.toString()},
                          {QStringLiteral("ak"), QString::fromLatin1(host->accessKey())},
                          {QStringLiteral("domain_id"), QString::fromLatin1(host->domainId())}};
        if (host->secretWasGenerated()) // never echo a given SK
            first.insert(QLatin1String("sk"),
                         QString::fromLatin1(host->secretKey().view().toByteArray()));
        out(QJsonDocument(first).toJson(QJsonDocument::Compact) + '\n');
        err(tr("Sandbox BSS server on %1 (site %2, data %3). Stop it with Ctrl+C.")
                .arg(url.toString(), site,
                     data.isEmpty() ? tr("in memory") : QFileInfo(data).absoluteFilePath()));
        // Serves until the process is stopped: no done() here.
    });
    host->start(std::move(o));
}
