#pragma once

#include "bss/bsserror.h"
#include "bss/operations.h"
#include "cli/clioptions.h"
#include "core/auditlog.h"
#include "core/batchscheduler.h"
#include "core/translator.h"
#include "core/writejournal.h"
#include "ops/writeoutcome.h"
#include "ops/writer.h"
#include "ops/writespec.h"
#include "secrets/keychain.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSettings>

#include <functional>
#include <memory>

class BssClient;
class RecordTableModel;

// partnerdesk-cli: dispatches the subcommands. Everything network or keychain related runs on the
// event loop; run() returns at once and done(exitCode) follows.
class Cli : public QObject
{
    Q_OBJECT
public:
    explicit Cli(QStringList arguments, QObject *parent = nullptr);
    void run();

signals:
    void done(int exitCode);

private:
    void finish(int code, const QString &error = QString());
    void out(const QByteArray &data);
    void err(const QString &text);
    QByteArray readStdin();

    void runSign();
    void runOperations();
    void runCall();
    void runProfile();
    void profileAdd(const QString &name);
    void profileRemove(const QString &name);
    void profileTest(const QString &name);
    void runSandbox();
    void runCustomers();
    // customers orders|order|resources (ordercommands.cpp)
    void runOrders(const QString &action);
    void runFunds();
    void runCoupons();
    void runCouponReclaim(const Operations::CouponFilter &filter);
    void couponReclaimFound(BssClient *client, const QMap<QString, QJsonObject> &coupons,
                            const QStringList &ids, const QString &scope, bool dryRun);
    void runCouponIssue();
    void runResellers();
    void runFundsRecords();
    void runAgreementWrite(BssClient *client, const QString &operation, const QByteArray &body);
    void runAgency();
    void runPrice();
    void runSettlements();
    void runIncentives();
    void runDiscounts(); // 本月已优惠, the Discounts page's loader (marketplacecommands.cpp)
    // International site (budgetcommands.cpp): budgets list|history|quota|set, customers
    // freeze|unfreeze; a client for them, or the command ends on a site without budgets.
    void runBudgets();
    void runFreeze(bool freeze);
    void runBilling();
    void withBudgetClient(std::function<void(BssClient *)> then);
    // A client for a sandbox-only command; on a real site finishes with `noApi` instead.
    void withSandboxClient(const QString &noApi, std::function<void(BssClient *)> then);
    // Writes (writecommands.cpp): the journal's writer for this client; the profile's
    // interrupted writes settled first; one verified write; a batch that stops on SIGINT.
    Writer writer(BssClient *client);
    void settleInterrupted(BssClient *client, std::function<void()> then);
    void runWrite(BssClient *client, const WriteSpec &spec, const QJsonObject &preview,
                  std::function<void(const WriteOutcome &, QJsonObject result)> done);
    void runBatch(class BatchRunner *runner, const QString &idField);
    void startBatch(class BatchRunner *runner, std::function<void()> finished);
    void printBatch(class BatchRunner *runner, const QString &idField);
    // An item's "result" in the JSON output; `done` names the Done state ("done", "reclaimed").
    static QString batchResultName(BatchScheduler::State state, const QString &done);
    // Reads every page and prints {countKey: total, itemsKey: [...]}; exit 1 on a read error.
    // A customer row as the CLI prints it: the API's field names plus the page's amounts.
    static QJsonObject customerRecord(const class CustomerModel &model, int row);
    // A coupon status as --status names it (inactive, usable, used, expired, reclaimed, or its
    // code 1-5) → 1-5; -1 for anything else. Issued coupons and the partner's own share them.
    static int couponStatusCode(const QString &name);
    // A loader's whole table, as {countKey: rows, itemsKey: [the records]} (masked unless
    // --reveal), once `done` fires; `failed` ends the command with the error.
    template<class Loader, class Done>
    void printWhenLoaded(Loader *loader, Done done, const RecordTableModel *model,
                         const QString &countKey, const QString &itemsKey)
    {
        connect(loader, done, this,
                [this, model, countKey, itemsKey] { printRecords(model, countKey, itemsKey); });
        connect(loader, &Loader::failed, this,
                [this](const BssError &error) { finish(1, error.diagnosticText()); });
    }
    void printRecords(const RecordTableModel *model, const QString &countKey,
                      const QString &itemsKey);
    // --yes, or an interactive "yes"; otherwise finishes with the reason and returns false.
    bool confirmOrRefuse(const QString &question);
    // Whether a question can be asked (stdin is a terminal); if not, the command ends saying to
    // add --yes or --dry-run.
    bool canAsk();

    // Builds a client from --profile (keychain) or the environment, then calls `then`.
    void withClient(const QString &profileName, std::function<void(BssClient *)> then);
    void ensureDomainId(BssClient *client, std::function<void()> then);

    QStringList m_arguments;
    CliOptions m_options;
    Translator m_translator;
    Keychain m_keychain;
    QSettings m_settings;
    QPointer<BssClient> m_client;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<WriteJournal> m_journal;
    bool m_done = false;
};
