#pragma once

#include "bss/apirequest.h"
#include "core/secretbytes.h"
#include "sandbox/agreementservice.h"
#include "sandbox/budgetservice.h"
#include "sandbox/couponservice.h"
#include "sandbox/customerservice.h"
#include "sandbox/faultinjector.h"
#include "sandbox/fundsservice.h"
#include "sandbox/incentiveservice.h"
#include "sandbox/intlbillingservice.h"
#include "sandbox/mdfservice.h"
#include "sandbox/orderservice.h"
#include "sandbox/pricingservice.h"
#include "sandbox/quotaservice.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/settlementservice.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

class QHttpServerRequest;
class QHttpServerResponder;
class SandboxStore;

// The sandbox BSS server: real HTTP (QHttpServer) on a loopback port, the gateway's AK/SK
// signature check and per-AK rate limit, the BSS paths and JSON of bss-api.md and the
// sandbox-only extensions (docs/sandbox-api.md) answered from a SandboxStore, with fault
// injection and a control endpoint under /sandbox/v1/control.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxStore *store, QObject *parent = nullptr);
    ~SandboxServer() override;

    void setCredentials(const QByteArray &ak, SecretBytes sk, const QByteArray &domainId);
    // Appends each request received to `file` as one JSON line (operation, method, path, query,
    // body, status): what the SDK conformance test checks the app's requests with. No headers,
    // so no signature or key is ever written.
    bool setRequestLog(const QString &file);
    QByteArray accessKey() const { return m_ak; }
    QByteArray domainId() const { return m_domainId; }

    // Returns the bound port, 0 on failure. Port 0 picks a free one.
    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    QUrl baseUrl() const;
    int requestsServed() const { return m_served; }

    FaultInjector &faults() { return m_faults; }
    RateLimiter &rateLimiter() { return m_limiter; }
    // The server's clock: real UTC time plus the injected skew.
    QDateTime now() const;

    // What the server does with one request, without HTTP: the signature and domain checks, the
    // rate limit, the injected faults, the body or query, the route's handler. Used for every
    // request that arrives, and directly by the request-handling fuzz target.
    struct Outgoing
    {
        enum class Action { Reply, Hold, Abort }; // Hold: never answer; Abort: drop the socket
        Action action = Action::Reply;
        SandboxAnswer answer;
        QByteArray requestId;
        int delayMs = 0;
        QByteArray bodyOverride; // a garbled body instead of the answer's
        int retryAfter = -1;
    };
    // Routes by method and path first (an unknown one is APIG.0101, as the gateway answers).
    // `instead`, when set, is called with the parsed parameters in place of the route's handler
    // (the fuzz target checks the parsing that way without running every handler).
    using Handler = std::function<SandboxAnswer(SandboxParams)>;
    Outgoing answer(const QByteArray &method, const QByteArray &rawPath, const QByteArray &rawQuery,
                    const QByteArray &body,
                    const std::function<QByteArray(const QByteArray &lowerName)> &header,
                    const Handler &instead = Handler());

    // Every route as "METHOD /path".
    QList<QByteArray> routes() const { return m_routes.keys(); }
    // The operations it serves (sorted): the client's table and the control table, no others.
    QStringList operations() const;

    static constexpr double DefaultRatePerSecond = 50;
    static constexpr int DefaultBurst = 100;

private:
    struct Route;
    // The route of `method` and `path` (decoded); a path naming this server's account id matches
    // the table's {domain_id}, any other segment a {name} (handed to the handler as a parameter).
    const Route *routeFor(const QByteArray &method, const QByteArray &path) const;
    struct Route
    {
        QString operation;
        bool post = false;
        bool write = false;
        bool control = false; // sandbox control: no faults, no rate limit
        QByteArray pattern;   // the table's path; {order_id} and the like match one segment
        Handler handler;
    };
    struct Incoming
    {
        QByteArray method, rawPath, rawQuery, body;
        std::function<QByteArray(const QByteArray &lowerName)> header;
    };
    Outgoing answer(const Incoming &in, const Route &route, const Handler &instead = Handler());
    void addRoutes();
    void addControlRoutes();
    void addRoute(const char *operation, Handler handler);
    void addRoute(const ApiRequest &request, bool control, Handler handler);
    void serve(const QHttpServerRequest &request, QHttpServerResponder &&responder,
               const Route &route);
    void reply(QHttpServerResponder &&responder, const QHttpServerRequest &request,
               const SandboxAnswer &answer, const QByteArray &requestId, int delayMs,
               const QByteArray &bodyOverride = QByteArray(), int retryAfter = -1);

    SandboxStore *m_store;
    CustomerService m_customers;
    FundsService m_funds;
    CouponService m_coupons;
    QuotaService m_quotas;
    PricingService m_pricing;
    OrderService m_orders;
    SettlementService m_settlements;
    IncentiveService m_incentives;
    MdfService m_mdf;
    AgreementService m_agreements;
    BudgetService m_budgets;
    IntlBillingService m_billing;
    QHash<QByteArray, Route> m_routes;
    std::unique_ptr<QFile> m_requestLog; // "POST /v2/…" → route
    FaultInjector m_faults;
    RateLimiter m_limiter;
    QHttpServer m_http;
    QByteArray m_ak;
    SecretBytes m_sk;
    QByteArray m_domainId;
    quint16 m_port = 0;
    int m_served = 0;
    // Requests that get no answer (the timeout fault), released when the server goes.
    std::vector<std::shared_ptr<QHttpServerResponder>> m_held;
};
