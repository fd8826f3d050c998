#include "cli/signcommand.h"

#include "bss/signer.h"
#include "core/secretbytes.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QByteArray text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().toUtf8();
}

bool optionalString(const QJsonObject &o, const char *key, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isUndefined() && !v.isNull() && !v.isString()) {
        *error = SignCommand::tr("\"%1\" must be a string.").arg(QLatin1String(key));
        return false;
    }
    return true;
}

QByteArray valueText(const QJsonValue &v)
{
    if (v.isDouble())
        return QByteArray::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? "true" : "false";
    return v.toString().toUtf8();
}

} // namespace

QJsonObject SignCommand::signOne(const QJsonObject &in, QString *error)
{
    for (const char *key : {"method", "url", "ak", "sk"}) {
        if (!in.value(QLatin1String(key)).isString() ||
            in.value(QLatin1String(key)).toString().isEmpty()) {
            *error =
                tr("\"%1\" is required and must be a non-empty string.").arg(QLatin1String(key));
            return {};
        }
    }
    for (const char *key : {"date", "domainId", "projectId", "securityToken"}) {
        if (!optionalString(in, key, error))
            return {};
    }
    auto request = Signer::Request::fromUrl(text(in, "method"), text(in, "url"));
    if (!request) {
        *error = tr("\"url\" must be an absolute URL such as https://bss.myhuaweicloud.com/v2/...");
        return {};
    }
    const QJsonValue query = in.value(QLatin1String("query"));
    if (query.isObject()) {
        request->query.clear();
        const QJsonObject q = query.toObject();
        for (auto it = q.begin(); it != q.end(); ++it) {
            const QJsonArray values =
                it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
            for (const QJsonValue &v : values)
                request->query.append({it.key().toUtf8(), valueText(v)});
        }
    } else if (!query.isUndefined() && !query.isNull()) {
        *error = tr("\"query\" must be an object.");
        return {};
    }
    const QJsonValue headers = in.value(QLatin1String("headers"));
    if (!headers.isUndefined() && !headers.isNull() && !headers.isObject()) {
        *error = tr("\"headers\" must be an object.");
        return {};
    }
    const QJsonObject h = headers.toObject();
    for (auto it = h.begin(); it != h.end(); ++it)
        request->headers.append({it.key().toUtf8(), valueText(it.value())});
    const QJsonValue body = in.value(QLatin1String("body"));
    if (body.isString())
        request->body = body.toString().toUtf8();
    else if (body.isObject())
        request->body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        request->body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    else if (!body.isUndefined() && !body.isNull()) {
        *error = tr("\"body\" must be a string, an object or an array.");
        return {};
    }

    QDateTime time = QDateTime::currentDateTimeUtc();
    if (in.contains(QLatin1String("date"))) {
        time = Signer::parseSdkDate(text(in, "date"));
        if (!time.isValid()) {
            *error = tr("\"date\" must look like 20250301T081500Z.");
            return {};
        }
    }
    std::optional<Signer::Derived> derived;
    const QJsonValue d = in.value(QLatin1String("derived"));
    if (d.isObject()) {
        derived =
            Signer::Derived{text(d.toObject(), "regionId"), text(d.toObject(), "serviceName")};
        if (derived->regionId.isEmpty() || derived->serviceName.isEmpty()) {
            *error = tr("\"derived\" needs \"regionId\" and \"serviceName\".");
            return {};
        }
    } else if (!d.isUndefined() && !d.isNull()) {
        *error = tr("\"derived\" must be an object.");
        return {};
    }

    QByteArray skText = text(in, "sk");
    const SecretBytes sk = SecretBytes::takeFrom(skText);
    Signer::Credentials creds;
    creds.ak = text(in, "ak");
    creds.sk = &sk;
    creds.domainId = text(in, "domainId");
    creds.projectId = text(in, "projectId");
    creds.securityToken = text(in, "securityToken");
    const Signer::Result r = Signer::sign(*request, creds, time, derived);

    QJsonObject out;
    out.insert(QLatin1String("authorization"), QString::fromUtf8(r.authorization));
    out.insert(QLatin1String("xSdkDate"), QString::fromUtf8(r.xSdkDate));
    QJsonArray signedHeaders;
    for (const QByteArray &n : r.signedHeaders)
        signedHeaders.append(QString::fromUtf8(n));
    out.insert(QLatin1String("signedHeaders"), signedHeaders);
    QJsonObject sent;
    for (const auto &hdr : r.headers)
        sent.insert(QString::fromUtf8(hdr.name), QString::fromUtf8(hdr.value));
    out.insert(QLatin1String("headers"), sent);
    out.insert(QLatin1String("canonicalRequest"), QString::fromUtf8(r.canonicalRequest));
    out.insert(QLatin1String("stringToSign"), QString::fromUtf8(r.stringToSign));
    out.insert(QLatin1String("payloadHash"), QString::fromUtf8(r.payloadHash));
    out.insert(QLatin1String("body"), QString::fromUtf8(request->body));
    out.insert(QLatin1String("wireUrl"),
               QString::fromUtf8(r.wireUrl(request->scheme, request->host)));
    return out;
}

int SignCommand::run(const QByteArray &input, QByteArray *output, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(input, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = tr("The input is not valid JSON: %1 (at byte %2).")
                     .arg(pe.errorString())
                     .arg(pe.offset);
        return 2;
    }
    if (doc.isObject()) {
        const QJsonObject r = signOne(doc.object(), error);
        if (r.isEmpty())
            return 2;
        *output = QJsonDocument(r).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (!doc.isArray()) {
        *error = tr("The input must be a request object or an array of them.");
        return 2;
    }
    QJsonArray results;
    const QJsonArray requests = doc.array();
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (!requests.at(i).isObject()) {
            *error = tr("Request %1: not an object.").arg(i + 1);
            return 2;
        }
        QString e;
        const QJsonObject r = signOne(requests.at(i).toObject(), &e);
        if (r.isEmpty()) {
            *error = tr("Request %1: %2").arg(i + 1).arg(e);
            return 2;
        }
        results.append(r);
    }
    *output = QJsonDocument(results).toJson(QJsonDocument::Indented);
    return 0;
}
