#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

// The command line of partnerdesk-cli: global options (anywhere on the line), a subcommand and
// its own arguments. Secrets are never accepted here: argv is visible to other users.
struct CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)
public:
    QString profile;
    QString site;
    QString endpoint;
    QString language;
    QString format = QStringLiteral("json"); // json | csv | table
    bool version = false;
    bool help = false;
    bool reveal = false;
    bool verbose = false; // every partnerdesk.* logging category on stderr (never secrets)
    QStringList flags;    // subcommand switches: --yes, --dry-run
    QString command;
    QStringList positional;
    QMultiMap<QString, QString> values; // subcommand options: --query, --body, --operator, …

    // A repeated option's values in command-line order (QMultiMap keeps the newest first).
    QStringList all(const QString &name) const;
    // Returns an empty string on success, else a translated usage problem.
    QString parse(const QStringList &arguments);
    static QString usage();
};
