#include "bss/signer.h"

#include "bss/crypto.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace {

const QByteArray kSdkAlgorithm = "SDK-HMAC-SHA256";
const QByteArray kV11Algorithm = "V11-HMAC-SHA256";
const QByteArray kUnsignedPayload = "UNSIGNED-PAYLOAD";

const Canonical::Header *findHeader(const QList<Canonical::Header> &lower, QByteArrayView name)
{
    for (const auto &h : lower) {
        if (h.name == name)
            return &h;
    }
    return nullptr;
}

void setHeader(QList<Canonical::Header> &headers, const QByteArray &name, const QByteArray &value)
{
    const QByteArray lower = name.toLower();
    headers.removeIf([&](const Canonical::Header &h) { return h.name.toLower() == lower; });
    headers.append({name, value});
}

} // namespace

std::optional<Signer::Request> Signer::Request::fromUrl(QByteArrayView method, QByteArrayView url)
{
    static const QRegularExpression re(
        QStringLiteral("^([a-zA-Z][a-zA-Z0-9+.-]*)://([^/?#]*)([^?#]*)(?:\\?([^#]*))?"));
    const QString text = QString::fromUtf8(url);
    const auto m = re.match(text);
    if (!m.hasMatch() || m.capturedView(2).isEmpty())
        return std::nullopt;
    Request r;
    r.method = method.toByteArray().toUpper();
    r.scheme = m.captured(1).toLower().toUtf8();
    QByteArray authority = m.captured(2).toLower().toUtf8();
    if (const qsizetype at = authority.lastIndexOf('@'); at >= 0)
        authority = authority.mid(at + 1);
    if ((r.scheme == "https" && authority.endsWith(":443")) ||
        (r.scheme == "http" && authority.endsWith(":80")))
        authority.truncate(authority.lastIndexOf(':'));
    r.host = authority;
    r.path = m.captured(3).toUtf8();
    if (r.path.isEmpty())
        r.path = "/";
    r.query = Canonical::parseQuery(m.captured(4).toUtf8());
    return r;
}

QByteArray Signer::Result::wireUrl(const QByteArray &scheme, const QByteArray &host) const
{
    QByteArray url = scheme + "://" + host + wirePath;
    if (!wireQuery.isEmpty())
        url += '?' + wireQuery;
    return url;
}

QByteArray Signer::formatSdkDate(const QDateTime &time)
{
    // yyyyMMdd'T'HHmmss'Z' without QDateTime::toString's locale machinery (a third of the
    // signing time before; bench_signing).
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    char out[17];
    const auto put = [&out](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            out[at + i] = char('0' + value % 10);
    };
    put(0, d.year(), 4);
    put(4, d.month(), 2);
    put(6, d.day(), 2);
    out[8] = 'T';
    put(9, t.hour(), 2);
    put(11, t.minute(), 2);
    put(13, t.second(), 2);
    out[15] = 'Z';
    out[16] = 0;
    return QByteArray(out, 16);
}

QDateTime Signer::parseSdkDate(QByteArrayView text)
{
    const QString s = QString::fromLatin1(text).trimmed();
    QDateTime t = QDateTime::fromString(s, QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (t.isValid()) {
        t.setTimeZone(QTimeZone::utc());
        return t;
    }
    t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.isValid() && t.timeSpec() != Qt::LocalTime ? t.toUTC() : QDateTime();
}

QByteArray Signer::payloadHash(const QList<Canonical::Header> &lowerHeaders, QByteArrayView body)
{
    if (const auto *h = findHeader(lowerHeaders, "x-sdk-content-sha256"))
        return h->value;
    return crypto::sha256Hex(body);
}

QByteArray Signer::canonicalRequest(QByteArrayView method, QByteArrayView canonicalUri,
                                    QByteArrayView canonicalQuery,
                                    const QList<Canonical::Header> &sortedLowerHeaders,
                                    QByteArrayView payloadHash)
{
    QByteArray out;
    out.reserve(256 + canonicalQuery.size());
    out.append(method).append('\n').append(canonicalUri).append('\n');
    out.append(canonicalQuery).append('\n');
    QByteArray names;
    for (const auto &h : sortedLowerHeaders) {
        out.append(h.name).append(':').append(h.value).append('\n');
        if (!names.isEmpty())
            names.append(';');
        names.append(h.name);
    }
    out.append('\n').append(names).append('\n').append(payloadHash);
    return out;
}

QByteArray Signer::sdkSignature(const SecretBytes &sk, QByteArrayView stringToSign)
{
    return crypto::hmacSha256Hex(sk.view(), stringToSign);
}

Signer::Result Signer::sign(const Request &request, const Credentials &credentials,
                            const QDateTime &time, const std::optional<Derived> &derived)
{
    Result r;
    r.xSdkDate = formatSdkDate(time);

    // The headers to send: the caller's (values trimmed), then those the credentials add.
    QList<Canonical::Header> send;
    for (const auto &h : request.headers) {
        const QByteArray lower = Canonical::headerName(h.name);
        if (lower == "x-sdk-date" || lower == "authorization" || lower == "host")
            continue;
        setHeader(send, h.name.trimmed(), Canonical::headerValue(h.value));
    }
    if (!credentials.domainId.isEmpty())
        setHeader(send, "X-Domain-Id", credentials.domainId);
    if (!credentials.projectId.isEmpty())
        setHeader(send, "X-Project-Id", credentials.projectId);
    if (!credentials.securityToken.isEmpty())
        setHeader(send, "X-Security-Token", credentials.securityToken);

    QList<Canonical::Header> lower;
    for (const auto &h : send)
        lower.append({Canonical::headerName(h.name), h.value});
    // As the SDKs do: a body that is not plain JSON is sent with an unsigned payload.
    const auto *contentType = findHeader(lower, "content-type");
    if (contentType && contentType->value != "application/json" &&
        !findHeader(lower, "x-sdk-content-sha256")) {
        send.append({"X-Sdk-Content-Sha256", kUnsignedPayload});
        lower.append({"x-sdk-content-sha256", kUnsignedPayload});
    }
    send.append({"X-Sdk-Date", r.xSdkDate});
    lower.append({"x-sdk-date", r.xSdkDate});
    send.append({"host", request.host});
    lower.append({"host", request.host});

    QList<Canonical::Header> signedLower;
    for (const auto &h : lower) {
        if (Canonical::isSignable(h.name))
            signedLower.append(h);
    }
    std::stable_sort(signedLower.begin(), signedLower.end(),
                     [](const auto &a, const auto &b) { return a.name < b.name; });
    for (const auto &h : signedLower)
        r.signedHeaders.append(h.name);

    r.payloadHash = payloadHash(lower, request.body);
    r.wirePath = Canonical::wirePath(request.path);
    r.wireQuery = Canonical::canonicalQuery(request.query);
    r.canonicalRequest =
        canonicalRequest(request.method.toUpper(), Canonical::canonicalUri(request.path),
                         r.wireQuery, signedLower, r.payloadHash);
    const QByteArray hashed = crypto::sha256Hex(r.canonicalRequest);
    const QByteArray signedList = r.signedHeaders.join(';');
    static const SecretBytes noKey;
    const SecretBytes &sk = credentials.sk ? *credentials.sk : noKey;

    if (!derived) {
        r.stringToSign = kSdkAlgorithm + '\n' + r.xSdkDate + '\n' + hashed;
        r.authorization = kSdkAlgorithm + " Access=" + credentials.ak +
                          ", SignedHeaders=" + signedList +
                          ", Signature=" + sdkSignature(sk, r.stringToSign);
    } else {
        const QByteArray info =
            r.xSdkDate.left(8) + '/' + derived->regionId + '/' + derived->serviceName;
        r.stringToSign = kV11Algorithm + '\n' + r.xSdkDate + '\n' + info + '\n' + hashed;
        QByteArray okm = crypto::hkdfSha256(sk.view(), credentials.ak, info);
        QByteArray key = okm.toHex();
        crypto::cleanse(okm);
        r.authorization = kV11Algorithm + " Credential=" + credentials.ak + '/' + info +
                          ", SignedHeaders=" + signedList +
                          ", Signature=" + crypto::hmacSha256Hex(key, r.stringToSign);
        crypto::cleanse(key);
    }
    send.append({"Authorization", r.authorization});
    r.headers = send;
    return r;
}
