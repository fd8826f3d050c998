#include "secrets/profilestore.h"

#include "core/privatefiles.h"

#include <algorithm>

namespace {
const QString kGroup = QStringLiteral("profiles");
}

ProfileStore::ProfileStore(QSettings *settings) : m_settings(settings) {}

QString ProfileStore::checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("Enter a profile name.");
    if (name != name.trimmed())
        return tr("A profile name cannot start or end with a space.");
    if (name.size() > 64)
        return tr("A profile name can have at most 64 characters.");
    for (QChar c : name) {
        if (c == u'/' || c == u'\\' || c.category() == QChar::Other_Control)
            return tr("A profile name cannot contain \"/\", \"\\\" or control characters.");
    }
    return QString();
}

QString ProfileStore::checkProfile(const Profile &profile)
{
    const QString nameProblem = checkName(profile.name);
    if (!nameProblem.isEmpty())
        return nameProblem;
    const Endpoint e = profile.endpoint();
    if (!e.isValid())
        return e.error();
    if (profile.domainId.size() > 64)
        return tr("The account ID can have at most 64 characters.");
    return QString();
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> out;
    m_settings->beginGroup(kGroup);
    const QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &n : names) {
        if (auto p = profile(n))
            out.append(*p);
    }
    std::sort(out.begin(), out.end(), [](const Profile &a, const Profile &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    if (!checkName(name).isEmpty())
        return std::nullopt;
    m_settings->beginGroup(kGroup);
    const bool exists = m_settings->childGroups().contains(name);
    Profile p;
    if (exists) {
        m_settings->beginGroup(name);
        p.name = name;
        p.site = m_settings->value(QStringLiteral("site"), QStringLiteral("china")).toString();
        p.customUrl = QUrl(m_settings->value(QStringLiteral("customUrl")).toString());
        p.domainId = m_settings->value(QStringLiteral("domainId")).toString();
        p.operatorLabel = m_settings->value(QStringLiteral("operator")).toString();
        p.requestsPerSecond =
            std::clamp(m_settings->value(QStringLiteral("requestsPerSecond"), 50).toInt(), 0, 1000);
        m_settings->endGroup();
    }
    m_settings->endGroup();
    return exists ? std::optional<Profile>(p) : std::nullopt;
}

QString ProfileStore::save(const Profile &profile)
{
    const QString problem = checkProfile(profile);
    if (!problem.isEmpty())
        return problem;
    m_settings->beginGroup(kGroup);
    m_settings->beginGroup(profile.name);
    m_settings->setValue(QStringLiteral("site"), profile.site);
    if (profile.site == u"custom")
        m_settings->setValue(QStringLiteral("customUrl"), profile.customUrl.toString());
    else
        m_settings->remove(QStringLiteral("customUrl"));
    m_settings->setValue(QStringLiteral("domainId"), profile.domainId);
    m_settings->setValue(QStringLiteral("operator"), profile.operatorLabel);
    m_settings->setValue(QStringLiteral("requestsPerSecond"), profile.requestsPerSecond);
    m_settings->endGroup();
    m_settings->endGroup();
    m_settings->sync();
    keepPrivate();
    return QString();
}

void ProfileStore::remove(const QString &name)
{
    if (!checkName(name).isEmpty())
        return;
    m_settings->beginGroup(kGroup);
    m_settings->remove(name);
    m_settings->endGroup();
    m_settings->sync();
    keepPrivate();
}

void ProfileStore::keepPrivate()
{
    // No secret is in it, but who the user's partner accounts are is nobody else's business.
    if (m_settings->format() == QSettings::NativeFormat && m_settings->fileName().startsWith(u'/'))
        PrivateFiles::touch(m_settings->fileName());
}
