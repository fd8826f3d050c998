// The `profile` subcommands of Cli (split from cli.cpp to keep files small).
#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/operations.h"
#include "bss/responses.h"
#include "cli/cli.h"
#include "cli/outputwriter.h"
#include "secrets/profilestore.h"

#include <QJsonArray>
#include <QJsonObject>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace {

// One line from stdin without echo when it is a terminal.
QByteArray readSecretLine(bool echoOff)
{
#ifdef Q_OS_UNIX
    termios saved{};
    const bool tty = echoOff && isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (tty) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#else
    Q_UNUSED(echoOff);
#endif
    QByteArray line;
    int c;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.append(char(c));
#ifdef Q_OS_UNIX
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
#endif
    return line.trimmed();
}

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO);
#else
    return false;
#endif
}

} // namespace

void Cli::runProfile()
{
    const QString sub = m_options.positional.value(0);
    const QString name = m_options.positional.value(1);
    if (sub == u"list") {
        ProfileStore store(&m_settings);
        QJsonArray rows;
        for (const Profile &p : store.profiles()) {
            QJsonObject o;
            o.insert(QLatin1String("name"), p.name);
            o.insert(QLatin1String("site"), p.site);
            o.insert(QLatin1String("endpoint"), p.endpoint().baseUrl().toString());
            o.insert(QLatin1String("domain_id"), p.domainId);
            o.insert(QLatin1String("operator"), p.operatorLabel);
            o.insert(QLatin1String("requests_per_second"), p.requestsPerSecond);
            rows.append(o);
        }
        QJsonObject result;
        result.insert(QLatin1String("profiles"), rows);
        out(OutputWriter::render(result, m_options.format, true));
        finish(0);
        return;
    }
    if (name.isEmpty() || m_options.positional.size() != 2) {
        finish(2, tr("Usage: partnerdesk-cli profile list | add NAME | remove NAME | test NAME"));
        return;
    }
    if (sub == u"add")
        profileAdd(name);
    else if (sub == u"remove")
        profileRemove(name);
    else if (sub == u"test")
        profileTest(name);
    else
        finish(2, tr("Unknown profile command \"%1\".").arg(sub));
}

void Cli::profileAdd(const QString &name)
{
    Profile p;
    p.name = name;
    if (!m_options.endpoint.isEmpty()) {
        p.site = QStringLiteral("custom");
        p.customUrl = QUrl(m_options.endpoint);
    } else if (!m_options.site.isEmpty()) {
        p.site = m_options.site == u"international" ? QStringLiteral("intl") : m_options.site;
    }
    p.domainId = m_options.values.value(QStringLiteral("domain-id"));
    p.operatorLabel = m_options.values.value(QStringLiteral("operator"));
    if (m_options.values.contains(QStringLiteral("rate-limit"))) {
        bool ok = false;
        p.requestsPerSecond = m_options.values.value(QStringLiteral("rate-limit")).toInt(&ok);
        if (!ok || p.requestsPerSecond < 0 || p.requestsPerSecond > 1000) {
            finish(2, tr("--rate-limit takes requests per second from 0 (no pacing) to 1000."));
            return;
        }
    }
    const QString problem = ProfileStore::checkProfile(p);
    if (!problem.isEmpty()) {
        finish(2, problem);
        return;
    }
    const bool interactive = stdinIsTerminal();
    if (interactive)
        err(tr("Access key ID (AK):"));
    const QByteArray ak = readSecretLine(false);
    if (interactive)
        err(tr("Secret access key (SK):"));
    QByteArray skLine = readSecretLine(true);
    const SecretBytes sk = SecretBytes::takeFrom(skLine);
    if (ak.isEmpty() || sk.isEmpty()) {
        finish(2, tr("Give the AK on the first line of stdin and the SK on the second."));
        return;
    }
    m_keychain.writeCredentials(
        p.name, ak, sk, [this, p](Keychain::Status status, const QString &) {
            if (status != Keychain::Status::Ok) {
                finish(1, m_keychain.unavailableMessage());
                return;
            }
            ProfileStore store(&m_settings);
            store.save(p);
            err(tr("Saved profile \"%1\"; its access key is in the system keychain.").arg(p.name));
            finish(0);
        });
}

void Cli::profileRemove(const QString &name)
{
    ProfileStore store(&m_settings);
    if (!store.profile(name)) {
        finish(2, tr("There is no profile named \"%1\".").arg(name));
        return;
    }
    m_keychain.deleteCredentials(name, [this, name](Keychain::Status status, const QString &) {
        if (status != Keychain::Status::Ok) {
            finish(1, m_keychain.unavailableMessage());
            return;
        }
        ProfileStore store(&m_settings);
        store.remove(name);
        err(tr("Removed profile \"%1\" and its keychain entry.").arg(name));
        finish(0);
    });
}

void Cli::profileTest(const QString &name)
{
    withClient(name, [this, name](BssClient *client) {
        const bool hadDomain = !client->domainId().isEmpty();
        ensureDomainId(client, [this, name, client, hadDomain] {
            if (!hadDomain) {
                ProfileStore store(&m_settings);
                if (auto p = store.profile(name)) {
                    p->domainId = QString::fromUtf8(client->domainId());
                    store.save(*p);
                }
            }
            QString problem;
            BssJob *job = client->call(Operations::listPartnerBalances(QString(), &problem));
            connect(job, &BssJob::finished, this, [this, job] {
                if (job->error().isError()) {
                    finish(1, job->error().diagnosticText());
                    return;
                }
                out(OutputWriter::render(job->json(), m_options.format, m_options.reveal));
                err(tr("The profile works."));
                finish(0);
            });
        });
    });
}
