#include "badinputcases.h"

#include "bss/bssjob.h"
#include "bss/endpoint.h"
#include "bss/operations.h"
#include "ops/statementimport.h"
#include "widgets/amountfield.h"

#include <QLineEdit>
#include <QSignalSpy>

bool BadInputCases::start(QString *error)
{
    if (!m_sbx.start({23, 120, false}, error))
        return false;
    if (!m_fake.listen()) {
        *error = QStringLiteral("the fake server did not start");
        return false;
    }
    m_client = new BssClient(this);
    m_client->setEndpoint(Endpoint::custom(m_fake.baseUrl()));
    m_client->setCredentials(m_fake.ak, SecretBytes(m_fake.sk));
    m_client->setDomainId("dom-1");
    m_client->setTimeoutMs(5000);
    addAmounts();
    addRunnerInputs();
    addAnswers();
    addFiles();
    addCli();
    return true;
}

void BadInputCases::add(const QString &where, const QString &input, std::function<Outcome()> run,
                        const QString &accepted, bool nothingSent)
{
    Case c;
    c.id = QStringLiteral("%1").arg(m_cases.size() + 1, 2, 10, QLatin1Char('0'));
    c.where = where;
    c.input = input;
    c.accepted = accepted;
    c.nothingSent = nothingSent;
    c.run = std::move(run);
    m_cases.append(c);
}

BadInputCases::Outcome BadInputCases::run(const Case &c, const QString &language)
{
    m_translator.setLanguage(language);
    m_language = language;
    const int served = m_sbx.server->requestsServed();
    const int seen = int(m_fake.seen().size());
    Outcome o = c.run();
    o.requests = (m_sbx.server->requestsServed() - served) + (int(m_fake.seen().size()) - seen);
    return o;
}

BadInputCases::Outcome BadInputCases::field(const QString &text)
{
    AmountField f;
    f.setCurrency(QStringLiteral("CNY"));
    f.setMaximum(*Decimal::parse(u"5000"));
    f.lineEdit()->setText(text);
    Outcome o;
    o.ran = true;
    o.message = f.problem();
    o.refused = !f.problem().isEmpty() || !f.amount();
    if (f.amount())
        o.value = f.amount()->toString();
    return o;
}

BadInputCases::Outcome BadInputCases::batch(const BatchRunner::Task &task,
                                            const BatchRunner::Item &item)
{
    BatchRunner runner(task);
    runner.setItems({item});
    QSignalSpy done(&runner, &BatchRunner::batchFinished);
    runner.start();
    Outcome o;
    o.ran = !done.isEmpty() || done.wait(15000);
    o.refused = runner.state(0) != BatchRunner::State::Done;
    o.message = runner.data(runner.index(0, BatchRunner::Message)).toString();
    return o;
}

BadInputCases::Outcome
BadInputCases::answer(const QString &operation, const FakeBssServer::Reply &reply,
                      std::function<QString(const QJsonObject &, QString *)> decode)
{
    QString ignored;
    ApiRequest r = Operations::byName(operation, &ignored);
    if (r.method == "POST")
        r.body = "{}";
    m_fake.script(r.path, {reply});
    BssJob *job = m_client->call(r);
    QSignalSpy done(job, &BssJob::finished);
    Outcome o;
    o.ran = done.wait(15000);
    if (job->error().isError()) {
        o.refused = true;
        o.message = job->error().userMessage();
        return o;
    }
    const QString problem = decode(job->json(), &o.value);
    if (!problem.isEmpty()) {
        o.refused = true;
        o.message =
            BssError(BssError::Kind::MalformedResponse, QString(), problem, 200).userMessage();
    }
    return o;
}

BadInputCases::Outcome BadInputCases::statement(const QByteArray &bytes)
{
    const StatementImport::Result r = StatementImport::read(bytes);
    Outcome o;
    o.ran = true;
    o.refused = !r.problems.isEmpty();
    QStringList messages;
    for (const StatementImport::Problem &p : r.problems)
        messages << p.message; // the statement panel shows the line in its own column
    o.message = messages.join(QStringLiteral("; "));
    o.value = QString::number(r.lines.size());
    return o;
}

BadInputCases::Outcome BadInputCases::cli(const QStringList &args, const QByteArray &input)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QString::fromLatin1(m_fake.ak));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QString::fromLatin1(m_fake.sk));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_DOMAIN_ID"), QStringLiteral("dom-1"));
    QStringList all{QStringLiteral("--lang"), m_language, QStringLiteral("--endpoint"),
                    m_fake.baseUrl().toString()};
    all += args;
    const CliRunner::Run r = m_cli.run(all, input, env);
    Outcome o;
    o.ran = r.code >= 0;
    o.refused = r.code != 0;
    o.message = QString::fromUtf8(r.err.isEmpty() ? r.out : r.err).trimmed();
    return o;
}
