#include "cli/cli.h"

#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/controloperations.h"
#include "bss/operations.h"
#include "cli/outputwriter.h"
#include "cli/signcommand.h"
#include "core/decimal.h"
#include "core/jsontext.h"
#include "core/logging.h"
#include "core/version.h"
#include "ops/accountchecks.h"
#include "ops/writeoutcometext.h"
#include "secrets/profilestore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define PC_ISATTY _isatty
#define PC_FILENO _fileno
#else
#include <unistd.h>
#define PC_ISATTY isatty
#define PC_FILENO fileno
#endif

Cli::Cli(QStringList arguments, QObject *parent)
    : QObject(parent)
    , m_arguments(std::move(arguments))
    , m_settings(QStringLiteral("PartnerDesk"), QStringLiteral("PartnerDesk"))
{}

bool Cli::canAsk()
{
    if (PC_ISATTY(PC_FILENO(stdin)))
        return true;
    finish(2, tr("Not asking on a non-interactive input: add --yes to confirm, or "
                 "--dry-run to see what would happen."));
    return false;
}

void Cli::out(const QByteArray &data)
{
    std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
    std::fflush(stdout);
}

void Cli::err(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void Cli::finish(int code, const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    if (!error.isEmpty())
        err(error);
    emit done(code);
}

QByteArray Cli::readStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return QByteArray();
    return in.readAll();
}

void Cli::run()
{
    m_options.parse(m_arguments); // first for --lang alone, so problems come in that language
    const QString lang = Translator::normalise(m_options.language);
    m_translator.setLanguage(lang.isEmpty() ? Translator::systemLanguage() : lang);
    m_options = CliOptions();
    const QString problem = m_options.parse(m_arguments);
    if (!problem.isEmpty()) {
        finish(2, problem + u'\n' + tr("Run partnerdesk-cli --help for usage."));
        return;
    }
    if (m_options.verbose)
        Logging::enableVerbose();
    if (!m_options.language.isEmpty() && lang.isEmpty()) {
        finish(2, tr("The language must be zh_CN or en."));
        return;
    }
    if (m_options.version) {
        out(QByteArray("partnerdesk-cli ") + PARTNERDESK_VERSION + '\n');
        finish(0);
        return;
    }
    if (m_options.help || m_options.command.isEmpty()) {
        out(CliOptions::usage().toUtf8());
        finish(m_options.help ? 0 : 2);
        return;
    }
    if (m_options.command == u"sign")
        runSign();
    else if (m_options.command == u"call")
        runCall();
    else if (m_options.command == u"operations")
        runOperations();
    else if (m_options.command == u"profile")
        runProfile();
    else if (m_options.command == u"sandbox")
        runSandbox();
    else if (m_options.command == u"customers")
        runCustomers();
    else if (m_options.command == u"funds")
        runFunds();
    else if (m_options.command == u"coupons")
        runCoupons();
    else if (m_options.command == u"resellers")
        runResellers();
    else if (m_options.command == u"price")
        runPrice();
    else if (m_options.command == u"agency")
        runAgency();
    else if (m_options.command == u"settlements")
        runSettlements();
    else if (m_options.command == u"incentives")
        runIncentives();
    else if (m_options.command == u"discounts")
        runDiscounts();
    else if (m_options.command == u"budgets")
        runBudgets();
    else if (m_options.command == u"billing")
        runBilling();
    else
        finish(2, tr("Unknown command \"%1\". Run partnerdesk-cli --help for usage.")
                      .arg(m_options.command));
}

void Cli::runSign()
{
    QByteArray input = readStdin();
    QByteArray output;
    QString error;
    const int code = SignCommand::run(input, &output, &error);
    SecretBytes::wipe(input);
    if (code == 0)
        out(output);
    finish(code, error);
}

void Cli::runOperations()
{
    // The partner API, then the embedded sandbox's control operations.
    // With --site: the operations the app sends to that site (its SDK module's), nothing else.
    if (!m_options.site.isEmpty()) {
        if (m_options.site != u"china" && m_options.site != u"intl") {
            finish(2, tr("The site is china or intl."));
            return;
        }
        out(Operations::operationsOf(m_options.site == u"intl" ? Endpoint::Api::International
                                                               : Endpoint::Api::China)
                .join(u'\n')
                .toUtf8() +
            '\n');
        finish(0);
        return;
    }
    out((Operations::knownOperations() + ControlOperations::names()).join(u'\n').toUtf8() + '\n');
    finish(0);
}

void Cli::withClient(const QString &profileName, std::function<void(BssClient *)> then)
{
    auto *client = new BssClient(this);
    m_client = client;
    client->setLanguage(m_translator.language());
    Endpoint endpoint = Endpoint::china();
    std::optional<Profile> profile;
    if (!profileName.isEmpty()) {
        ProfileStore store(&m_settings);
        profile = store.profile(profileName);
        if (!profile) {
            finish(2, tr("There is no profile named \"%1\". See: partnerdesk-cli profile list")
                          .arg(profileName));
            return;
        }
        endpoint = profile->endpoint();
        client->setDomainId(profile->domainId.toUtf8());
        client->setRequestRate(profile->requestsPerSecond);
    } else {
        client->setDomainId(qgetenv("HUAWEICLOUD_SDK_DOMAIN_ID"));
    }
    if (!m_options.site.isEmpty())
        endpoint = Endpoint::fromSiteName(m_options.site);
    if (!m_options.endpoint.isEmpty()) // --site then says which API it speaks (a sandbox's)
        endpoint = Endpoint::custom(QUrl(m_options.endpoint), endpoint.api());
    if (!endpoint.isValid()) {
        finish(2, endpoint.error());
        return;
    }
    client->setEndpoint(endpoint);

    if (!profile) {
        QByteArray ak = qgetenv("HUAWEICLOUD_SDK_AK");
        QByteArray sk = qgetenv("HUAWEICLOUD_SDK_SK");
        if (ak.isEmpty() || sk.isEmpty()) {
            finish(2, tr("No credentials: use --profile NAME, or set HUAWEICLOUD_SDK_AK and "
                         "HUAWEICLOUD_SDK_SK."));
            return;
        }
        client->setCredentials(ak, SecretBytes::takeFrom(sk),
                               qgetenv("HUAWEICLOUD_SDK_SECURITY_TOKEN"));
        then(client);
        return;
    }
    m_keychain.readCredentials(profile->name, [this, client, then, name = profile->name](
                                                  Keychain::Status status, const QString &message,
                                                  Keychain::Credentials creds) {
        if (status == Keychain::Status::NotFound) {
            finish(1,
                   tr("%1 To enter them again: partnerdesk-cli profile add %2").arg(message, name));
            return;
        }
        if (status != Keychain::Status::Ok) {
            finish(1, m_keychain.unavailableMessage());
            return;
        }
        client->setCredentials(creds.ak, std::move(creds.sk));
        then(client);
    });
}

void Cli::ensureDomainId(BssClient *client, std::function<void()> then)
{
    if (!client->domainId().isEmpty()) {
        then();
        return;
    }
    AccountChecks::domainId(
        client, this, [this, client, then](const QString &id, const BssError &error) {
            if (error.isError()) {
                finish(1, tr("Could not discover the account ID: %1").arg(error.diagnosticText()));
                return;
            }
            client->setDomainId(id.toUtf8());
            err(tr("Account ID: %1").arg(id));
            then();
        });
}

void Cli::runCall()
{
    if (m_options.positional.size() != 1) {
        finish(2, tr("Name one operation, e.g. partnerdesk-cli call ListPartnerBalances."));
        return;
    }
    QString problem;
    const QString name = m_options.positional.first();
    const bool control = ControlOperations::isControl(name); // the sandbox's own table
    ApiRequest request =
        control ? ControlOperations::byName(name, &problem) : Operations::byName(name, &problem);
    if (!problem.isEmpty()) {
        finish(2, problem + u'\n' + tr("See: partnerdesk-cli operations"));
        return;
    }
    for (const QString &q : m_options.all(QStringLiteral("query"))) {
        const qsizetype eq = q.indexOf(u'=');
        if (eq <= 0) {
            finish(2, tr("--query takes NAME=VALUE, not \"%1\".").arg(q));
            return;
        }
        request.addQuery(q.left(eq).toUtf8(), q.mid(eq + 1));
    }
    QByteArray body = m_options.values.value(QStringLiteral("body")).toUtf8();
    const QString bodyFile = m_options.values.value(QStringLiteral("body-file"));
    if (!bodyFile.isEmpty()) {
        if (bodyFile == u"-") {
            body = readStdin();
        } else {
            QFile f(bodyFile);
            if (!f.open(QIODevice::ReadOnly)) {
                finish(2, tr("Cannot read %1: %2").arg(bodyFile, f.errorString()));
                return;
            }
            body = f.readAll();
        }
    }
    if (request.method != "GET") {
        if (body.trimmed().isEmpty())
            body = "{}";
        // Read as text: a key given twice is refused, and amounts are read from their digits.
        QString syntax;
        const auto members = JsonText::members(body, &syntax);
        if (!members) {
            finish(2, tr("The body must be a JSON object: %1").arg(syntax));
            return;
        }
        for (const JsonText::Member &m : *members) {
            if (m.key != u"amount" && m.key != u"face_value" && m.key != u"quota_amount")
                continue;
            const auto text = JsonText::numberText(m.raw);
            const auto d = text ? Decimal::parse(*text) : std::nullopt;
            const QString amountProblem = Decimal::amountProblemMessage(
                d ? d->requestAmountProblem() : Decimal::AmountProblem::NotANumber);
            if (!amountProblem.isEmpty()) {
                finish(2, tr("%1: %2").arg(m.key, amountProblem));
                return;
            }
        }
        request.body = body.trimmed();
    } else if (!body.isEmpty()) {
        finish(2,
               tr("%1 is a GET operation: pass parameters with --query.").arg(request.operation));
        return;
    }

    withClient(m_options.profile, [this, request, control](BssClient *client) {
        if (control && !Endpoint::isLoopbackHost(client->endpoint().baseUrl().host())) {
            finish(2, tr("%1 is a control operation of the embedded sandbox; this profile is not "
                         "a sandbox.")
                          .arg(request.operation));
            return;
        }
        auto send = [this, client, request, control] {
            // A raw write is not settled like the page commands' (it has no spec), but it is
            // audited all the same: before it is sent, and how it ended; no audit log, no write.
            AuditLog::Entry audit;
            const bool audited = request.isWrite() && !control;
            if (audited) { // reads open no audit log
                audit = writer(client).entry(QStringLiteral("call"), request.operation);
                audit.detail = QString::fromUtf8(request.body.left(400));
                audit.result = QStringLiteral("intent");
                if (!m_audit->record(audit)) {
                    finish(1, WriteOutcomeText::auditLogUnavailable(m_audit->lastError()));
                    return;
                }
            }
            BssJob *job = client->call(request);
            connect(job, &BssJob::finished, this, [this, job, audited, audit]() mutable {
                if (audited) {
                    const BssError &e = job->error();
                    audit.result = !e.isError()         ? QStringLiteral("done")
                                   : e.outcomeUnknown() ? QStringLiteral("unknown")
                                                        : QStringLiteral("not-applied");
                    audit.errorCode = e.code();
                    audit.requestId = job->requestId();
                    audit.time = QDateTime();
                    m_audit->record(audit);
                }
                if (job->error().isError()) {
                    const BssError &e = job->error();
                    QString text = e.diagnosticText();
                    for (const auto &d : e.details())
                        text += u'\n' + tr("  %1: %2 %3").arg(d.id, d.code, d.message);
                    finish(1, text);
                    return;
                }
                out(job->json().isEmpty() && job->rawBody().isEmpty()
                        ? QByteArray("{}\n")
                        : OutputWriter::render(job->json(), m_options.format, m_options.reveal));
                for (const auto &d : job->partialFailures())
                    err(tr("failed: %1: %2 %3").arg(d.id, d.code, d.message));
                finish(job->partialFailures().isEmpty() ? 0 : 1);
            });
        };
        if (request.service == ApiRequest::Service::Iam)
            send();
        else
            ensureDomainId(client, send);
    });
}
