#include "bss/bsserror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

BssError::BssError(Kind kind, QString code, QString message, int httpStatus)
    : m_kind(kind), m_code(std::move(code)), m_message(std::move(message)), m_httpStatus(httpStatus)
{}

BssError BssError::malformed(const QString &what)
{
    return BssError(Kind::MalformedResponse, QString(), what);
}

BssError BssError::invalidRequest(const QString &message)
{
    return BssError(Kind::InvalidRequest, QString(), message);
}

BssError::Kind BssError::classify(int httpStatus, const QString &code)
{
    const QString c = code.toUpper();
    if (httpStatus == 429 || c == u"CBC.99007197" || c.endsWith(u".0308"))
        return Kind::RateLimited;
    if (c == u"APIG.0301" || c == u"APIGW.0301" || c == u"APIG.0303" || c == u"APIGW.0303" ||
        c == u"CBC.0154" || c == u"CBC.0155" || c == u"CBC.0105")
        return Kind::Credentials;
    if (c == u"CBC.0150" || c == u"CBC.0151" || c == u"CBC.0156" || c == u"CBC.99000000" ||
        c == u"CBC.99000037" || c == u"CBC.18000016")
        return Kind::Permission;
    if (httpStatus >= 500)
        return Kind::Server;
    if (httpStatus == 401)
        return Kind::Credentials;
    if (httpStatus == 403)
        return Kind::Permission;
    return Kind::BusinessRule;
}

BssError BssError::fromDetail(const Detail &d)
{
    BssError e(classify(400, d.code), d.code, d.message, 200);
    return e;
}

BssError BssError::fromHttp(int httpStatus, const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    QString code;
    QString message;
    QList<Detail> details;
    if (pe.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        code = o.value(QLatin1String("error_code")).toString();
        message = o.value(QLatin1String("error_msg")).toString();
        if (code.isEmpty())
            code = o.value(QLatin1String("code")).toString();
        if (message.isEmpty())
            message = o.value(QLatin1String("message")).toString();
        // IAM / gateway style: {"error": {"code": ..., "message": ...}}
        const QJsonObject inner = o.value(QLatin1String("error")).toObject();
        if (code.isEmpty() && !inner.isEmpty()) {
            const QJsonValue c = inner.value(QLatin1String("code"));
            code = c.isString() ? c.toString() : QString::number(c.toInt());
            message = inner.value(QLatin1String("message")).toString();
        }
        details = detailsOf(o);
    }
    Kind kind = classify(httpStatus, code);
    if (kind == Kind::BusinessRule && code.isEmpty() && message.isEmpty()) {
        // A 4xx whose body is not the documented error shape: say so rather than guess.
        kind = Kind::MalformedResponse;
        message = QString::fromUtf8(body.left(200));
    }
    BssError e(kind, code, message, httpStatus);
    e.setDetails(details);
    return e;
}

QList<BssError::Detail> BssError::detailsOf(const QJsonObject &body)
{
    QList<Detail> details;
    for (const QJsonValue &v : body.value(QLatin1String("error_details")).toArray()) {
        const QJsonObject d = v.toObject();
        details.append({d.value(QLatin1String("id")).toString(),
                        d.value(QLatin1String("error_code")).toString(),
                        d.value(QLatin1String("error_msg")).toString()});
    }
    return details;
}

QString BssError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Credentials:
        return QStringLiteral("credentials");
    case Kind::Permission:
        return QStringLiteral("permission");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::BusinessRule:
        return QStringLiteral("business_rule");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::MalformedResponse:
        return QStringLiteral("malformed_response");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::InvalidRequest:
        return QStringLiteral("invalid_request");
    }
    return QString();
}

QString BssError::knownCodeMessage(const QString &code)
{
    const QString c = code.toUpper();
    if (c == u"CBC.99005003" || c == u"CBC.5003")
        return tr("The balance is insufficient for this amount.");
    if (c == u"CBC.99000035")
        return tr("This customer is not one of your customers.");
    if (c == u"CBC.99000037")
        return tr("You have no permission to operate this reseller.");
    if (c == u"CBC.99000000")
        return tr("You have no permission to operate this customer.");
    if (c == u"CBC.5021")
        return tr("Funds cannot be allocated to or reclaimed from a referral-sale customer.");
    if (c == u"CBC.99000012")
        return tr("The quota does not exist or is not in a usable state.");
    if (c == u"CBC.99007461")
        return tr(
            "Another allocation or reclaim for this account is still running; try again later.");
    if (c == u"CBC.0100" || c == u"CBC.0101")
        return tr("A request parameter was rejected.");
    if (c == u"CBC.0151" || c == u"CBC.0150")
        return tr("Access denied: this account or operator lacks the permission item.");
    // The sandbox-only extensions' codes whose text is fixed (docs/sandbox-api.md), so that a
    // Chinese message never carries the server's English.
    if (c == u"SBX.3001")
        return tr("An agreement for this remitter is already in effect.");
    if (c == u"SBX.3002")
        return tr("Only an agreement in effect can be voided.");
    if (c == u"SBX.6001")
        return tr("The customer's account is already frozen.");
    if (c == u"SBX.6002")
        return tr("The customer's account is not frozen.");
    if (c == u"SBX.6003")
        return tr("Unfreeze with the type the account was frozen with.");
    if (c == u"SBX.6004")
        return tr("The account was frozen by Huawei Cloud, not by you.");
    if (c == u"SBX.2001")
        return tr("The incentive is frozen: the period's spend is unpaid.");
    if (c == u"SBX.2002")
        return tr("Resale incentives are paid as a top-up or voucher quota.");
    if (c == u"SBX.2003")
        return tr("The incentive is not waiting for a payout request.");
    if (c == u"SBX.5001")
        return tr("Some expense lines are in categories MDF does not cover.");
    return QString();
}

QString BssError::userMessage() const
{
    const QString known = knownCodeMessage(m_code);
    const QString detail = !known.isEmpty() ? known : m_message;
    const QString coded = m_code.isEmpty() ? detail : tr("%1 (%2)").arg(detail, m_code);
    QString text;
    switch (m_kind) {
    case Kind::None:
        return QString();
    case Kind::Network:
        text = tr("Could not reach the server: %1. Check the network connection.").arg(m_message);
        break;
    case Kind::Tls:
        text = tr("The secure connection failed: %1. PartnerDesk never ignores certificate "
                  "errors.")
                   .arg(m_message);
        break;
    case Kind::Timeout:
        text = tr("The server did not answer in time.");
        break;
    case Kind::Credentials:
        text = tr("The access key was rejected: %1. Check this profile's AK/SK and account ID.")
                   .arg(coded);
        if (qAbs(m_clockSkew) > 5 * 60)
            text += u' ' + tr("Your computer's clock differs from the server's by %n minute(s); "
                              "signatures are only valid for 15 minutes.",
                              nullptr, int(qAbs(m_clockSkew) / 60));
        break;
    case Kind::Permission:
        text = tr("Permission denied: %1.").arg(coded);
        break;
    case Kind::RateLimited:
        text = m_retryAfter > 0
                   ? tr("Too many requests: the server asked to wait %n second(s).", nullptr,
                        m_retryAfter)
                   : tr("Too many requests: the server is limiting this account for now.");
        break;
    case Kind::BusinessRule:
        text = tr("The request was refused: %1.").arg(coded);
        break;
    case Kind::Server:
        text = tr("The server had an internal error (HTTP %1). Try again later.").arg(m_httpStatus);
        break;
    case Kind::MalformedResponse:
        text = tr("The server's answer could not be read: %1.").arg(m_message);
        break;
    case Kind::Cancelled:
        text = tr("Cancelled.");
        break;
    case Kind::InvalidRequest:
        text = m_message;
        break;
    }
    if (!m_code.isEmpty() && !text.contains(m_code))
        text += u' ' + tr("[code %1]").arg(m_code);
    if (m_outcomeUnknown)
        text += u' ' + tr("The outcome is unknown and PartnerDesk did not retry: check the records "
                          "before you try again.");
    return text;
}

QString BssError::diagnosticText() const
{
    QString text = userMessage();
    if (m_httpStatus > 0)
        text += u' ' + tr("[HTTP %1]").arg(m_httpStatus);
    if (!m_requestId.isEmpty())
        text += u' ' + tr("[X-Request-Id: %1]").arg(m_requestId);
    return text;
}
