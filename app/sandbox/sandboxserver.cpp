#include "sandbox/sandboxserver.h"

#include "bss/signatureverifier.h"
#include "sandbox/httpcompat.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QUrlQuery>

namespace {

QMap<QString, QString> queryMap(const QHttpServerRequest &request)
{
    QMap<QString, QString> out;
    const auto items = request.query().queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        out.insert(item.first, item.second);
    return out;
}

} // namespace

SandboxServer::SandboxServer(SandboxStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    addRoute("/v3/auth/domains", false, false, [this](const QHttpServerRequest &) {
        return SandboxStore::Answer{
            200,
            QJsonObject{
                {QStringLiteral("domains"),
                 QJsonArray{QJsonObject{{QStringLiteral("id"), QString::fromLatin1(m_domainId)},
                                        {QStringLiteral("name"), QStringLiteral("sandbox-partner")},
                                        {QStringLiteral("enabled"), true}}}}}};
    });
    auto body = [](const QHttpServerRequest &r) {
        return QJsonDocument::fromJson(r.body()).object();
    };
    addRoute(
        "/v2/partners/sub-customers/query", true, true,
        [this, body](const QHttpServerRequest &r) { return m_store->listSubCustomers(body(r)); });
    addRoute("/v2/accounts/partner-accounts/balances", false, true,
             [this](const QHttpServerRequest &r) {
                 return m_store->partnerBalances(
                     queryMap(r).value(QStringLiteral("indirect_partner_id")));
             });
    addRoute(
        "/v2/accounts/partner-accounts/adjust-amount", true, true,
        [this, body](const QHttpServerRequest &r) { return m_store->transfer(true, body(r)); });
    addRoute(
        "/v2/accounts/partner-accounts/reclaim", true, true,
        [this, body](const QHttpServerRequest &r) { return m_store->transfer(false, body(r)); });
    addRoute("/v3/accounts/partner-accounts/adjust-records", false, true,
             [this](const QHttpServerRequest &r) { return m_store->adjustRecords(queryMap(r)); });
    addRoute("/v2/promotions/benefits/partner-coupons", false, true,
             [this](const QHttpServerRequest &r) { return m_store->issuedCoupons(queryMap(r)); });
    addRoute("/v2/promotions/benefits/partner-coupons/reclaim", true, true,
             [this, body](const QHttpServerRequest &r) { return m_store->reclaimCoupon(body(r)); });
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

void SandboxServer::addRoute(const char *path, bool post, bool needsDomain, Operation op)
{
    const auto method = post ? QHttpServerRequest::Method::Post : QHttpServerRequest::Method::Get;
    m_http.route(QString::fromLatin1(path), method,
                 [this, needsDomain, op](const QHttpServerRequest &request) {
                     return serve(request, needsDomain, op);
                 });
}

QHttpServerResponse SandboxServer::serve(const QHttpServerRequest &request, bool needsDomain,
                                         const Operation &op)
{
    ++m_served;
    const QByteArray requestId = QByteArrayLiteral("sbx-") + QByteArray::number(m_served);
    auto reply = [&](const SandboxStore::Answer &a) {
        const QByteArray body =
            a.status == 204 ? QByteArray() : QJsonDocument(a.body).toJson(QJsonDocument::Compact);
        return HttpCompat::response(a.status, body,
                                    {{QByteArrayLiteral("X-Request-Id"), requestId}});
    };
    SignatureVerifier::Request v{
        HttpCompat::method(request), request.url().path(QUrl::FullyEncoded).toLatin1(),
        request.url().query(QUrl::FullyEncoded).toLatin1(), request.body(),
        [&request](const QByteArray &name) { return HttpCompat::header(request, name); }};
    const auto outcome = SignatureVerifier::verify(
        v, [this](const QByteArray &ak) { return ak == m_ak ? &m_sk : nullptr; },
        QDateTime::currentDateTimeUtc());
    if (outcome.result != SignatureVerifier::Result::Ok)
        return reply(SandboxStore::Answer::error(
            401, QStringLiteral("APIG.0301"),
            QStringLiteral("Incorrect IAM authentication information: ") +
                QString::fromLatin1(SignatureVerifier::describe(outcome.result))));
    if (needsDomain && HttpCompat::header(request, "x-domain-id") != m_domainId)
        return reply(
            SandboxStore::Answer::error(403, QStringLiteral("CBC.0155"),
                                        QStringLiteral("Request not allowed: wrong X-Domain-Id.")));
    if (HttpCompat::method(request) == "POST" &&
        !QJsonDocument::fromJson(request.body()).isObject())
        return reply(SandboxStore::Answer::error(
            400, QStringLiteral("CBC.0100"),
            QStringLiteral("Parameter error: the body is not a JSON object.")));
    return reply(op(request));
}
