#include "bss/signatureverifier.h"

#include "bss/canonical.h"
#include "bss/crypto.h"
#include "bss/signer.h"

namespace {

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

// "SDK-HMAC-SHA256 Access=AK, SignedHeaders=a;b, Signature=hex"
bool parseAuthorization(const QByteArray &value, QByteArray *algorithm, QByteArray *ak,
                        QByteArray *signedHeaders, QByteArray *signature)
{
    const qsizetype space = value.indexOf(' ');
    if (space <= 0)
        return false;
    *algorithm = value.left(space);
    for (const QByteArray &part : value.mid(space + 1).split(',')) {
        const QByteArray p = part.trimmed();
        const qsizetype eq = p.indexOf('=');
        if (eq <= 0)
            return false;
        const QByteArray key = p.left(eq);
        const QByteArray val = p.mid(eq + 1);
        if (key == "Access")
            *ak = val;
        else if (key == "SignedHeaders")
            *signedHeaders = val;
        else if (key == "Signature")
            *signature = val;
        else
            return false;
    }
    return !ak->isEmpty() && !signedHeaders->isEmpty() && signature->size() == 64;
}

} // namespace

SignatureVerifier::Outcome SignatureVerifier::verify(const Request &request,
                                                     const SecretLookup &secretFor,
                                                     const QDateTime &now, int windowSeconds)
{
    Outcome out;
    const QByteArray authorization = request.header("authorization");
    if (authorization.isEmpty()) {
        out.result = Result::MissingAuthorization;
        return out;
    }
    QByteArray algorithm, ak, signedList, signature;
    if (!parseAuthorization(authorization.trimmed(), &algorithm, &ak, &signedList, &signature)) {
        out.result = Result::MalformedAuthorization;
        return out;
    }
    out.accessKey = ak;
    if (algorithm != "SDK-HMAC-SHA256") {
        out.result = Result::UnsupportedAlgorithm;
        return out;
    }
    const QList<QByteArray> names = signedList.split(';');
    if (!names.contains("x-sdk-date")) {
        out.result = Result::MissingDate;
        return out;
    }
    const QByteArray date = request.header("x-sdk-date").trimmed();
    const QDateTime signedAt = Signer::parseSdkDate(date);
    if (date.size() != 16 || !signedAt.isValid()) {
        out.result = Result::MissingDate;
        return out;
    }
    out.skewSeconds = now.secsTo(signedAt);
    if (qAbs(out.skewSeconds) > windowSeconds) {
        out.result = Result::Expired;
        return out;
    }
    const SecretBytes *sk = secretFor(ak);
    if (!sk) {
        out.result = Result::UnknownAccessKey;
        return out;
    }
    QList<Canonical::Header> headers;
    for (const QByteArray &name : names) {
        const QByteArray value = request.header(name.toLower());
        if (value.isNull()) {
            out.result = Result::MissingSignedHeader;
            return out;
        }
        headers.append({name.toLower(), Canonical::headerValue(value)});
    }
    std::stable_sort(headers.begin(), headers.end(),
                     [](const auto &a, const auto &b) { return a.name < b.name; });
    out.canonicalRequest =
        Signer::canonicalRequest(request.method.toUpper(), Canonical::canonicalUri(request.rawPath),
                                 Canonical::canonicalQuery(Canonical::parseQuery(request.rawQuery)),
                                 headers, Signer::payloadHash(headers, request.body));
    const QByteArray stringToSign =
        "SDK-HMAC-SHA256\n" + date + '\n' + crypto::sha256Hex(out.canonicalRequest);
    out.result = constantTimeEquals(Signer::sdkSignature(*sk, stringToSign), signature.toLower())
                     ? Result::Ok
                     : Result::Mismatch;
    return out;
}

QByteArray SignatureVerifier::describe(Result result)
{
    switch (result) {
    case Result::Ok:
        return "ok";
    case Result::MissingAuthorization:
        return "x-auth-token or Authorization not found";
    case Result::MalformedAuthorization:
        return "malformed Authorization header";
    case Result::UnsupportedAlgorithm:
        return "unsupported signing algorithm";
    case Result::MissingDate:
        return "x-sdk-date missing, unsigned or malformed";
    case Result::Expired:
        return "signature expired: x-sdk-date is more than 15 minutes from server time";
    case Result::UnknownAccessKey:
        return "Get secretKey failed, err: ak not exist";
    case Result::MissingSignedHeader:
        return "a signed header is missing from the request";
    case Result::Mismatch:
        return "verify aksk signature fail";
    }
    return QByteArray();
}
