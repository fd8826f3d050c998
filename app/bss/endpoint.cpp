#include "bss/endpoint.h"

#include <QHostAddress>

Endpoint Endpoint::china()
{
    Endpoint e;
    e.m_site = Site::China;
    e.m_base = QUrl(QStringLiteral("https://bss.myhuaweicloud.com"));
    e.m_iam = QUrl(QStringLiteral("https://iam.myhuaweicloud.com"));
    return e;
}

Endpoint Endpoint::international()
{
    Endpoint e;
    e.m_site = Site::International;
    e.m_api = Api::International;
    e.m_base = QUrl(QStringLiteral("https://bss-intl.myhuaweicloud.com"));
    e.m_iam = QUrl(QStringLiteral("https://iam.ap-southeast-1.myhuaweicloud.com"));
    return e;
}

Endpoint Endpoint::custom(const QUrl &baseUrl, Api api)
{
    Endpoint e;
    e.m_site = Site::Custom;
    e.m_api = api;
    QUrl base =
        baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    e.m_base = base;
    e.m_iam = base; // the sandbox serves IAM's /v3/auth/domains itself
    e.m_error = checkUrl(base);
    return e;
}

Endpoint Endpoint::fromSiteName(const QString &site, const QUrl &customUrl)
{
    const QString s = site.trimmed().toLower();
    if (s == u"china" || s == u"cn")
        return china();
    if (s == u"intl" || s == u"international")
        return international();
    if (s == u"custom" || s.isEmpty())
        return custom(customUrl);
    Endpoint e;
    e.m_error = tr("Unknown site \"%1\": use china, intl or a custom URL.").arg(site);
    return e;
}

bool Endpoint::isSandbox() const
{
    return m_site == Site::Custom && isLoopbackHost(m_base.host());
}

QString Endpoint::siteName() const
{
    switch (m_site) {
    case Site::China:
        return QStringLiteral("china");
    case Site::International:
        return QStringLiteral("intl");
    case Site::Custom:
        return QStringLiteral("custom");
    }
    return QString();
}

QString Endpoint::displayName() const
{
    switch (m_site) {
    case Site::China:
        return tr("China site");
    case Site::International:
        return tr("International site");
    case Site::Custom:
        return tr("Custom (%1)").arg(m_base.toString());
    }
    return QString();
}

bool Endpoint::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

QString Endpoint::checkUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("The endpoint \"%1\" is not a valid URL.").arg(url.toString());
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return QString();
    if (scheme == u"http") {
        if (isLoopbackHost(url.host()))
            return QString();
        return tr("Plain HTTP is only allowed to this computer (loopback); use https:// for %1.")
            .arg(url.host());
    }
    return tr("The endpoint must start with https://.");
}
