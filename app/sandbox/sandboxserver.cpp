#include "sandbox/sandboxserver.h"

#include "bss/operations.h"
#include "bss/signatureverifier.h"
#include "core/logging.h"
#include "sandbox/httpcompat.h"
#include "sandbox/sandboxstore.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QTimer>
#include <QUrlQuery>

SandboxServer::SandboxServer(SandboxStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_customers(store)
    , m_funds(store)
    , m_coupons(store)
    , m_quotas(store)
    , m_pricing(store)
    , m_orders(store)
    , m_settlements(store)
    , m_incentives(store)
    , m_mdf(store)
    , m_agreements(store)
    , m_budgets(store)
    , m_billing(store)
{
    m_limiter.setLimit(DefaultRatePerSecond, DefaultBurst);
    addRoutes();
    addControlRoutes();
    m_http.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            const QByteArray path = request.url().path(QUrl::FullyDecoded).toUtf8();
            if (const Route *route = routeFor(HttpCompat::method(request), path)) {
                serve(request, std::move(responder), *route);
                return;
            }
            reply(std::move(responder), request, SandboxAnswer::unknownApi(), QByteArray(), 0,
                  QByteArray(), -1);
        });
}

bool SandboxServer::setRequestLog(const QString &file)
{
    auto log = std::make_unique<QFile>(file);
    if (!log->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return false;
    m_requestLog = std::move(log);
    return true;
}

SandboxServer::~SandboxServer()
{
    m_held.clear(); // before the HTTP server and its sockets
}

void SandboxServer::setCredentials(const QByteArray &ak, SecretBytes sk, const QByteArray &domainId)
{
    m_ak = ak;
    m_sk = std::move(sk);
    m_domainId = domainId;
}

quint16 SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    m_port = HttpCompat::listen(&m_http, address, port);
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QDateTime SandboxServer::now() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_faults.spec().skewSeconds);
}

void SandboxServer::addRoute(const char *operation, Handler handler)
{
    // Method, path and effect come from the client's operation table: one source for both ends.
    QString problem;
    const ApiRequest request = Operations::byName(QString::fromLatin1(operation), &problem);
    Q_ASSERT_X(problem.isEmpty(), operation, "not in the client's operation table");
    // Only the operations of the site it plays: the others are answered as the gateway answers
    // an API that does not exist (APIG.0101).
    const Endpoint site = Endpoint::custom(QUrl(QStringLiteral("http://127.0.0.1")),
                                           m_store->international() ? Endpoint::Api::International
                                                                    : Endpoint::Api::China);
    if (Operations::availableOn(request.operation, site))
        addRoute(request, false, std::move(handler));
}

void SandboxServer::addRoute(const ApiRequest &request, bool control, Handler handler)
{
    Route route;
    route.operation = request.operation;
    route.post = request.method == "POST";
    route.write = request.effect == ApiRequest::Effect::Write;
    route.control = control;
    route.pattern = request.path;
    route.handler = std::move(handler);
    m_routes.insert(request.method + ' ' + request.path, route);
    if (request.path.contains('{'))
        return; // matched by routeFor() in the missing handler
    const auto method =
        route.post ? QHttpServerRequest::Method::Post : QHttpServerRequest::Method::Get;
    m_http.route(
        QString::fromLatin1(request.path), method,
        [this, route](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            serve(request, std::move(responder), route);
        });
}

namespace {

// Whether `path` fits the route's template (segments in braces match any one segment; the
// account's {domain_id} only this server's account id), with the values of the other braces.
bool fits(const QByteArray &pattern, const QByteArray &path, const QByteArray &domainId,
          QList<QPair<QString, QString>> *values)
{
    const QList<QByteArray> want = pattern.split('/');
    const QList<QByteArray> got = path.split('/');
    if (want.size() != got.size())
        return false;
    for (qsizetype i = 0; i < want.size(); ++i) {
        const QByteArray &w = want.at(i);
        if (!w.startsWith('{')) {
            if (w != got.at(i))
                return false;
        } else if (w == "{domain_id}") {
            if (domainId.isEmpty() || got.at(i) != domainId)
                return false;
        } else if (got.at(i).isEmpty()) {
            return false;
        } else if (values) {
            values->append(
                {QString::fromLatin1(w.mid(1, w.size() - 2)), QString::fromUtf8(got.at(i))});
        }
    }
    return true;
}

} // namespace

const SandboxServer::Route *SandboxServer::routeFor(const QByteArray &method,
                                                    const QByteArray &path) const
{
    auto it = m_routes.constFind(method + ' ' + path);
    if (it != m_routes.cend())
        return &*it;
    for (const Route &r : m_routes) { // paths with an ID in them
        if (r.pattern.contains('{') && method == (r.post ? "POST" : "GET") &&
            fits(r.pattern, path, m_domainId, nullptr))
            return &r;
    }
    return nullptr;
}

QStringList SandboxServer::operations() const
{
    QStringList out;
    for (const Route &r : m_routes)
        out.append(r.operation);
    out.sort();
    return out;
}

void SandboxServer::serve(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                          const Route &route)
{
    Incoming in;
    in.method = HttpCompat::method(request);
    in.rawPath = request.url().path(QUrl::FullyEncoded).toLatin1();
    in.rawQuery = request.url().query(QUrl::FullyEncoded).toLatin1();
    in.body = request.body();
    in.header = [&request](const QByteArray &name) { return HttpCompat::header(request, name); };
    const Outgoing out = answer(in, route);
    if (m_requestLog) {
        const QJsonObject line{{QStringLiteral("operation"), route.operation},
                               {QStringLiteral("method"), QString::fromLatin1(in.method)},
                               {QStringLiteral("path"),
                                QString::fromUtf8(QUrl::fromPercentEncoding(in.rawPath).toUtf8())},
                               {QStringLiteral("query"), QString::fromLatin1(in.rawQuery)},
                               {QStringLiteral("body"), QString::fromUtf8(in.body)},
                               {QStringLiteral("status"), out.answer.status}};
        m_requestLog->write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        m_requestLog->flush();
    }
    qCDebug(lcSandbox).noquote() << route.operation << "→"
                                 << (out.action == Outgoing::Action::Hold ? QStringLiteral("held")
                                     : out.action == Outgoing::Action::Abort
                                         ? QStringLiteral("dropped")
                                         : QString::number(out.answer.status))
                                 << QString::fromLatin1(out.requestId);
    switch (out.action) {
    case Outgoing::Action::Hold: // keep the connection open and never answer
        if (m_held.size() >= 1000)
            m_held.erase(m_held.begin());
        m_held.push_back(std::make_shared<QHttpServerResponder>(std::move(responder)));
        return;
    case Outgoing::Action::Abort:
        if (auto socket = HttpCompat::connectionOf(responder, request, &m_http))
            socket->abort();
        return;
    case Outgoing::Action::Reply:
        reply(std::move(responder), request, out.answer, out.requestId, out.delayMs,
              out.bodyOverride, out.retryAfter);
        return;
    }
}

SandboxServer::Outgoing
SandboxServer::answer(const QByteArray &method, const QByteArray &rawPath,
                      const QByteArray &rawQuery, const QByteArray &body,
                      const std::function<QByteArray(const QByteArray &)> &header,
                      const Handler &instead)
{
    const QByteArray path = QUrl::fromPercentEncoding(rawPath).toUtf8();
    const Route *route = routeFor(method, path);
    if (!route) {
        Outgoing out;
        out.answer = SandboxAnswer::unknownApi();
        return out;
    }
    return answer({method, rawPath, rawQuery, body, header}, *route, instead);
}

SandboxServer::Outgoing SandboxServer::answer(const Incoming &in, const Route &route,
                                              const Handler &instead)
{
    ++m_served;
    Outgoing out;
    out.requestId = QByteArrayLiteral("sbx-") + QByteArray::number(m_served);
    const SignatureVerifier::Request v{in.method, in.rawPath, in.rawQuery, in.body, in.header};
    // The control endpoint checks signatures on the true clock, so that a test can always turn
    // the skew fault off again through it.
    const auto outcome = SignatureVerifier::verify(
        v, [this](const QByteArray &ak) { return ak == m_ak ? &m_sk : nullptr; },
        route.control ? QDateTime::currentDateTimeUtc() : now());
    if (outcome.result != SignatureVerifier::Result::Ok) {
        out.answer = SandboxAnswer::error(
            401, QStringLiteral("APIG.0301"),
            QStringLiteral("Incorrect IAM authentication information: ") +
                QString::fromLatin1(SignatureVerifier::describe(outcome.result)));
        return out;
    }
    const bool iam = route.operation == u"KeystoneListAuthDomains";
    if (!iam && in.header("x-domain-id") != m_domainId) {
        out.answer =
            SandboxAnswer::error(403, QStringLiteral("CBC.0155"),
                                 QStringLiteral("Request not allowed: wrong X-Domain-Id."));
        return out;
    }
    int retryAfter = 0;
    if (!route.control && !m_limiter.take(m_ak, &retryAfter)) {
        out.answer =
            SandboxAnswer::error(429, QStringLiteral("APIG.0308"),
                                 QStringLiteral("The throttling threshold has been reached."));
        out.retryAfter = retryAfter;
        return out;
    }
    const QString path = QUrl::fromPercentEncoding(in.rawPath);
    const FaultInjector::Decision fault = route.control
                                              ? FaultInjector::Decision()
                                              : m_faults.decide(route.write, route.operation, path);
    using Kind = FaultInjector::Kind;
    out.delayMs = fault.delayMs;
    switch (fault.kind) {
    case Kind::Timeout:
        out.action = Outgoing::Action::Hold;
        return out;
    case Kind::Drop:
        out.action = Outgoing::Action::Abort;
        return out;
    case Kind::Error5xx:
        out.answer = SandboxAnswer::internalError();
        return out;
    case Kind::Throttle:
        out.answer =
            SandboxAnswer::error(429, QStringLiteral("APIG.0308"),
                                 QStringLiteral("The throttling threshold has been reached."));
        out.retryAfter = m_faults.spec().retryAfterSeconds;
        return out;
    default:
        break;
    }
    QJsonParseError pe;
    const QJsonDocument doc = route.post ? QJsonDocument::fromJson(in.body, &pe) : QJsonDocument();
    if (route.post && !doc.isObject()) {
        out.answer = SandboxAnswer::paramError(QStringLiteral("the body is not a JSON object"));
    } else {
        QList<QPair<QString, QString>> query;
        if (!route.post) {
            const QUrlQuery q(QString::fromLatin1(in.rawQuery));
            query = q.queryItems(QUrl::FullyDecoded);
        }
        SandboxParams params =
            route.post ? SandboxParams::fromBody(doc.object()) : SandboxParams::fromQuery(query);
        params.setChinese(!in.header("x-language").toLower().startsWith("en"));
        if (route.pattern.contains('{')) { // the IDs in the path, as parameters
            QList<QPair<QString, QString>> values;
            fits(route.pattern, QUrl::fromPercentEncoding(in.rawPath).toUtf8(), m_domainId,
                 &values);
            for (const auto &[key, value] : values)
                params.setPathValue(key, value);
        }
        out.answer = instead ? instead(params) : route.handler(params);
    }
    if (fault.kind == Kind::Lost) { // applied, but the answer never arrives
        out.action = Outgoing::Action::Abort;
        return out;
    }
    if (fault.kind == Kind::Malformed) {
        const QByteArray full = QJsonDocument(out.answer.body).toJson(QJsonDocument::Compact);
        out.bodyOverride = full.left(std::max<qsizetype>(1, full.size() / 2)) + "\x01<html>";
    }
    return out;
}

void SandboxServer::reply(QHttpServerResponder &&responder, const QHttpServerRequest &request,
                          const SandboxAnswer &answer, const QByteArray &requestId, int delayMs,
                          const QByteArray &bodyOverride, int retryAfter)
{
    const int status = bodyOverride.isEmpty() ? answer.status : 200;
    const QByteArray body = !bodyOverride.isEmpty() ? bodyOverride
                            : answer.status == 204
                                ? QByteArray()
                                : QJsonDocument(answer.body).toJson(QJsonDocument::Compact);
    QList<QPair<QByteArray, QByteArray>> headers{
        {QByteArrayLiteral("X-Request-Id"), requestId},
        {QByteArrayLiteral("Date"), HttpCompat::httpDate(now())}};
    if (retryAfter >= 0)
        headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)});
    auto response =
        std::make_shared<QHttpServerResponse>(HttpCompat::response(status, body, headers));
    if (delayMs <= 0) {
        HttpCompat::send(std::move(responder), *response);
        return;
    }
    const QPointer<QTcpSocket> socket = HttpCompat::connectionOf(responder, request, &m_http);
    const bool tracked = !socket.isNull();
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QTimer::singleShot(delayMs, this, [held, socket, tracked, response]() {
        if (tracked && socket.isNull())
            return; // the client gave up and closed the connection
        HttpCompat::send(std::move(*held), *response);
    });
}
