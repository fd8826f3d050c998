#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Where a profile's calls go: the China site, the International site, or a custom base URL (the
// sandbox). Plain HTTP is accepted only for loopback addresses.
class Endpoint
{
    Q_DECLARE_TR_FUNCTIONS(Endpoint)
public:
    enum class Site { China, International, Custom };
    // Which operations the endpoint answers: the China site's (the SDK's bss module) or the
    // International site's (bssintl). A custom endpoint (the sandbox) speaks one of the two.
    enum class Api { China, International };

    static Endpoint china();
    static Endpoint international();
    static Endpoint custom(const QUrl &baseUrl, Api api = Api::China);
    // "china", "intl" or a URL; invalid Endpoint (with error()) otherwise.
    static Endpoint fromSiteName(const QString &site, const QUrl &customUrl = QUrl());

    Site site() const { return m_site; }
    Api api() const { return m_api; }
    // A loopback custom endpoint: where the sandbox's own extensions exist.
    bool isSandbox() const;
    QString siteName() const; // "china", "intl", "custom"
    QString displayName() const;
    QUrl baseUrl() const { return m_base; }
    QUrl iamUrl() const { return m_iam; }
    QString currency() const
    {
        return m_api == Api::International ? QStringLiteral("USD") : QStringLiteral("CNY");
    }

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    static bool isLoopbackHost(const QString &host);
    // Empty when `url` may be used; otherwise a translated reason.
    static QString checkUrl(const QUrl &url);

private:
    Site m_site = Site::China;
    Api m_api = Api::China;
    QUrl m_base;
    QUrl m_iam;
    QString m_error;
};
