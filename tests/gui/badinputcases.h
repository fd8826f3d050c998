#pragma once

#include "clirunner.h"
#include "core/translator.h"
#include "fakebssserver.h"
#include "models/batchrunner.h"
#include "sandboxfixture.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>

// The cases of the bad-input catalogue (tst_badinputs, docs/bad-inputs.md) and the means to run
// them: the amount field, the app's runners against a sandbox, a client against a scripted
// server for bad answers, the statement importer, and the CLI as a process.
class BadInputCases : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        bool ran = false;
        bool refused = false;
        QString message; // what the user is told (or the label shown for an odd value)
        QString value;   // what an accepted input was read as
        int requests = 0;
    };
    struct Case
    {
        QString id;
        QString where;
        QString input;
        QString accepted; // empty: must be refused; else what it must be read as
        bool nothingSent = true;
        std::function<Outcome()> run;
    };

    bool start(QString *error);
    const QList<Case> &all() const { return m_cases; }
    // Runs one case with the UI in `language` ("en" or "zh_CN"), counting requests.
    Outcome run(const Case &c, const QString &language);

private:
    void addAmounts();
    void addRunnerInputs();
    void addAnswers();
    void addFiles();
    void addCli();
    void add(const QString &where, const QString &input, std::function<Outcome()> run,
             const QString &accepted = QString(), bool nothingSent = true);

    Outcome field(const QString &text);
    Outcome batch(const BatchRunner::Task &task, const BatchRunner::Item &item);
    // Reads `reply` as the answer to `operation` and decodes it with `decode` (which returns
    // the problem, or empty plus a value).
    Outcome answer(const QString &operation, const FakeBssServer::Reply &reply,
                   std::function<QString(const QJsonObject &, QString *value)> decode);
    Outcome statement(const QByteArray &bytes);
    Outcome cli(const QStringList &args, const QByteArray &input = {});

    SandboxFixture m_sbx;
    FakeBssServer m_fake;
    BssClient *m_client = nullptr; // to m_fake
    CliRunner m_cli{QStringLiteral(PC_CLI_PATH)};
    Translator m_translator;
    QString m_language = QStringLiteral("en");
    QList<Case> m_cases;
};
