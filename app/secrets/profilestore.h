#pragma once

#include "secrets/profile.h"

#include <QCoreApplication>
#include <QList>
#include <QSettings>

#include <optional>

// Reads and writes the non-secret part of profiles in QSettings (group "profiles").
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
public:
    explicit ProfileStore(QSettings *settings);

    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &name) const;
    // Validates first; returns a translated problem, or an empty string when saved.
    QString save(const Profile &profile);
    void remove(const QString &name);

    // Empty when `name` can name a profile (1–64 characters, no slash, backslash or control char).
    static QString checkName(const QString &name);
    static QString checkProfile(const Profile &profile);

private:
    void keepPrivate(); // the settings file 0600 (Unix)
    QSettings *m_settings;
};
