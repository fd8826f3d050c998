#include "cli/clioptions.h"

#include <QSet>

#include <algorithm>

namespace {
const QStringList kValueOptions = {
    QStringLiteral("profile"),      QStringLiteral("site"),      QStringLiteral("endpoint"),
    QStringLiteral("lang"),         QStringLiteral("format"),    QStringLiteral("query"),
    QStringLiteral("body"),         QStringLiteral("body-file"), QStringLiteral("domain-id"),
    QStringLiteral("operator"),     QStringLiteral("port"),      QStringLiteral("data"),
    QStringLiteral("seed"),         QStringLiteral("customers"), QStringLiteral("faults"),
    QStringLiteral("rate-limit"),   QStringLiteral("customer"),  QStringLiteral("amount"),
    QStringLiteral("account"),      QStringLiteral("name"),      QStringLiteral("label"),
    QStringLiteral("type"),         QStringLiteral("reseller"),  QStringLiteral("limit"),
    QStringLiteral("status"),       QStringLiteral("quota"),     QStringLiteral("face-value"),
    QStringLiteral("from"),         QStringLiteral("to"),        QStringLiteral("project"),
    QStringLiteral("region"),       QStringLiteral("line"),      QStringLiteral("hours"),
    QStringLiteral("months"),       QStringLiteral("years"),     QStringLiteral("days"),
    QStringLiteral("tab"),          QStringLiteral("period"),    QStringLiteral("file"),
    QStringLiteral("resource"),     QStringLiteral("reason"),    QStringLiteral("freeze"),
    QStringLiteral("log-requests"), QStringLiteral("order")};
const QStringList kFlags = {QStringLiteral("yes"), QStringLiteral("dry-run"),
                            QStringLiteral("lift-freeze")};
// The options that may be given more than once (each adds one).
const QStringList kRepeatable = {QStringLiteral("query"), QStringLiteral("line"),
                                 QStringLiteral("resource"), QStringLiteral("customer"),
                                 QStringLiteral("reseller")};

// How many words may follow a command (its subcommand included); -1: any number (IDs).
int maxPositional(const QString &command, const QStringList &positional)
{
    if (command == u"coupons" && !positional.isEmpty() && positional.first() == u"reclaim")
        return -1;
    if (command == u"sign" || command == u"operations" || command == u"sandbox")
        return 0;
    if (command == u"profile" || command == u"agency" || command == u"settlements")
        return 2;
    return 1;
}
const QStringList kSecretWords = {QStringLiteral("sk"),         QStringLiteral("ak"),
                                  QStringLiteral("secret"),     QStringLiteral("secret-key"),
                                  QStringLiteral("access-key"), QStringLiteral("password")};
} // namespace

QStringList CliOptions::all(const QString &name) const
{
    QStringList v = values.values(name);
    std::reverse(v.begin(), v.end());
    return v;
}

QString CliOptions::parse(const QStringList &arguments)
{
    QString secretOption;
    QSet<QString> seen;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString arg = arguments.at(i);
        if (!arg.startsWith(QStringLiteral("--")) || arg == u"--") {
            if (command.isEmpty())
                command = arg;
            else
                positional.append(arg);
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool hasValue = false;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasValue = true;
        }
        if (kSecretWords.contains(name)) {
            secretOption = name;
            if (!hasValue) {
                if (i + 1 >= arguments.size())
                    return tr("The option --%1 needs a value.").arg(name);
                value = arguments.at(++i);
            }
            values.insert(name, value);
            continue;
        }
        if (name == u"version" || name == u"help" || name == u"reveal" || name == u"verbose") {
            (name == u"version"  ? version
             : name == u"help"   ? help
             : name == u"reveal" ? reveal
                                 : verbose) = true;
            continue;
        }
        if (kFlags.contains(name) && !hasValue) {
            if (flags.contains(name))
                return tr("The option --%1 is given more than once.").arg(name);
            flags.append(name);
            continue;
        }
        if (seen.contains(name) && !kRepeatable.contains(name))
            return tr("The option --%1 is given more than once.").arg(name);
        seen.insert(name);
        if (!kValueOptions.contains(name))
            return tr("Unknown option --%1.").arg(name);
        if (!hasValue) {
            if (i + 1 >= arguments.size())
                return tr("The option --%1 needs a value.").arg(name);
            value = arguments.at(++i);
        }
        if (name == u"profile")
            profile = value;
        else if (name == u"site")
            site = value;
        else if (name == u"endpoint")
            endpoint = value;
        else if (name == u"lang")
            language = value;
        else if (name == u"format")
            format = value;
        else
            values.insert(name, value);
    }
    // Only the sandbox takes a key on the command line: its own made-up test AK (its SK comes
    // from PARTNERDESK_SANDBOX_SK).
    if (!secretOption.isEmpty() && (command != u"sandbox" || secretOption != u"ak"))
        return tr("Secrets are never taken from the command line (other users can read it). "
                  "Use --profile NAME or the variables HUAWEICLOUD_SDK_AK and "
                  "HUAWEICLOUD_SDK_SK.");
    if (format != u"json" && format != u"csv" && format != u"table")
        return tr("The format must be json, csv or table.");
    const int most = maxPositional(command, positional);
    if (!help && most >= 0 && positional.size() > most)
        return tr("Unexpected argument \"%1\".").arg(positional.at(most));
    return QString();
}

QString CliOptions::usage()
{
    return tr(
        "Usage: partnerdesk-cli [options] <command> [arguments]\n"
        "\n"
        "Commands:\n"
        "  sign                     Sign request objects read as JSON from stdin (refsign format)\n"
        "  call OPERATION           Make one signed BSS call, e.g. call ListPartnerBalances\n"
        "       --query NAME=VALUE  a query parameter (repeatable)\n"
        "       --body JSON | --body-file FILE|-   the JSON body of a POST operation\n"
        "  operations               List the operations `call` knows\n"
        "  profile list             List the profiles\n"
        "  profile add NAME         Add or update a profile; reads AK and SK from stdin\n"
        "       --domain-id ID --operator LABEL --rate-limit N (requests/s, default 50)\n"
        "  profile remove NAME      Delete a profile and its keychain entry\n"
        "  profile test NAME        Check a profile's key and discover its account ID\n"
        "  customers list           List the customers (every page), masked unless --reveal\n"
        "       --account TEXT --name TEXT --label TEXT --type 1|2 --customer ID\n"
        "       --reseller ID --limit N\n"
        "  customers orders         A customer's orders, newest first: --customer ID\n"
        "                           [--reseller ID]\n"
        "  customers order          One order's details and line items: --order ID\n"
        "                           [--reseller ID]\n"
        "  customers resources      A customer's yearly/monthly resources (in use, frozen,\n"
        "                           expired), expiring soonest first: --customer ID\n"
        "  funds allocate|reclaim   Allocate to / reclaim from one agency-sale customer; sent "
        "once\n"
        "       --customer ID --amount X [--dry-run] [--yes]   (asks first unless --yes;\n"
        "       amounts: more than 0, at most 2 decimals, at most 999999999.99)\n"
        "  coupons list             Issued coupons: --status "
        "usable|used|expired|reclaimed|inactive\n"
        "       --customer ID --reseller ID\n"
        "  coupons reclaim ID…      Reclaim coupons (or --status usable --customer ID); skips the\n"
        "       unusable ones, [--dry-run] [--yes]; exit 1 if any failed or stayed unknown\n"
        "  coupons issue            --quota ID --customer ID… --face-value X [--dry-run] [--yes]\n"
        "  customers freeze|unfreeze --customer ID… --reason TEXT [--type account|\n"
        "                           account-and-resources] [--reseller ID] [--dry-run] [--yes]\n"
        "                           (International site)\n"
        "  budgets list             Resale customers with budget, used, left and state\n"
        "       --status over|near|within|none|frozen --reseller ID   (International site)\n"
        "  budgets show|history     A customer's budget, or its budget records --customer ID\n"
        "  budgets quota            The partner's consumption quota\n"
        "  budgets set              --customer ID… --amount X (0 or more) [--type monthly|\n"
        "                           one-time] [--freeze auto|manual] [--lift-freeze]\n"
        "                           [--dry-run] [--yes]\n"
        "  billing bill             The partner's postpaid bill of --period YYYY-MM (default:\n"
        "                           last month; International site)\n"
        "  billing invoices         Invoice requests applied for --from DATE --to DATE\n"
        "                           (default: the last year)\n"
        "  billing coupons          The partner's own coupons: --status inactive|usable|used|\n"
        "                           expired|reclaimed (International site)\n"
        "  resellers list           The resellers (distributors), each with its cash balance\n"
        "  resellers allocate|reclaim --reseller ID… --amount X [--dry-run] [--yes]\n"
        "  funds records            The account's cash ledger (收支明细) --from DATE --to DATE\n"
        "       (default: the year up to today, UTC+8; at most a year) --type TRADE_TYPE\n"
        "       --reseller ID (a reseller's account)\n"
        "  agency list|add|void     Payment agreements (sandbox; no public API)\n"
        "       add --name NAME [--type enterprise|individual]; void AGREEMENT_ID\n"
        "  price on-demand|period   Price product lines (询价) for a customer's project\n"
        "       --project ID --region R --line TYPE:SPEC[:SIZE][*N] (repeatable; TYPE ecs, evs,\n"
        "       bw or eip, e.g. ecs:s6.small.1.linux*2 evs:SAS:40 bw:19_bgp:5)\n"
        "       on-demand: --hours N; period: --months N | --years N | --days N\n"
        "  price renew              Renewal price of yearly/monthly resources (续订询价)\n"
        "       --resource ID (repeatable, up to 10) --months N | --years N\n"
        "  settlements list         Marketplace settlement bills (商品分账; sandbox)\n"
        "       --tab general|non-general --status S --period YYYY-MM\n"
        "  settlements diff         Compare two bill periods per product and customer\n"
        "       --from YYYY-MM --to YYYY-MM [--tab …] [--file STATEMENT.csv]\n"
        "  settlements import FILE  Read a statement exported from the console; bad rows listed\n"
        "  incentives list|mdf      Incentive payouts (--status S --period YYYY-MM) or MDF\n"
        "                           applications (sandbox)\n"
        "  incentives policies      Each service's incentive and discount policy in a month\n"
        "                           (--period YYYY-MM, default this month; China site)\n"
        "  discounts                This month's discount (本月已优惠) per customer, with the\n"
        "                           totals by payment method and association type\n"
        "  sandbox                  Run the sandbox BSS server until stopped; prints its URL and "
        "keys\n"
        "       --port N --data FILE --seed N --customers N --site china|intl\n"
        "       --ak AK --domain-id ID   (test keys; generated when absent; a fixed SK comes\n"
        "       from the variable PARTNERDESK_SANDBOX_SK, never from the command line)\n"
        "       --faults SPEC       injected faults, e.g. latency=200,5xx=5%,lost=1,on=write\n"
        "       --rate-limit N      requests per second per AK before 429 (default 50, 0 off)\n"
        "       --log-requests FILE each request received as a JSON line (no headers)\n"
        "\n"
        "Options:\n"
        "  --profile NAME           Use a saved profile (AK/SK from the system keychain)\n"
        "  --site china|intl        Site, when credentials come from the environment\n"
        "  --endpoint URL           A custom base URL (such as the sandbox's)\n"
        "  --lang zh_CN|en          Language of messages and of X-Language\n"
        "  --format json|csv|table  Output format (default json)\n"
        "  --verbose                Log each request, answer, cache use and write step on stderr\n"
        "                           (operation, status, request id; never keys or bodies)\n"
        "  --reveal                 Show personal data unmasked (masked by default in every "
        "format)\n"
        "  --version, --help\n"
        "\n"
        "Without --profile, the credentials come from HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK and\n"
        "HUAWEICLOUD_SDK_DOMAIN_ID (optional; discovered through IAM when absent).\n"
        "Exit status: 0 success, 1 the operation failed, 2 bad usage or input.\n");
}
