#include "ops/savedviews.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>

namespace {

bool validPage(const QString &page)
{
    static const QRegularExpression re(QStringLiteral("^[a-z]{1,32}$"));
    return re.match(page).hasMatch();
}

} // namespace

SavedViews::SavedViews(const QString &profile) : m_profile(profile)
{
    m_profile.replace(u'/', u'_');
}

QString SavedViews::key(const QString &page) const
{
    return QStringLiteral("views/%1/%2").arg(m_profile, page);
}

QList<SavedViews::View> SavedViews::views(const QString &page) const
{
    QList<View> out;
    const QJsonArray list =
        QJsonDocument::fromJson(QSettings().value(key(page)).toByteArray()).array();
    for (const QJsonValue &v : list) {
        const QString name = v[QLatin1String("name")].toString();
        if (!name.isEmpty())
            out.append({name, v[QLatin1String("state")].toObject()});
    }
    return out;
}

void SavedViews::store(const QString &page, const QList<View> &views)
{
    QJsonArray list;
    for (const View &v : views)
        list.append(
            QJsonObject{{QStringLiteral("name"), v.name}, {QStringLiteral("state"), v.state}});
    QSettings settings;
    if (list.isEmpty())
        settings.remove(key(page));
    else
        settings.setValue(key(page), QJsonDocument(list).toJson(QJsonDocument::Compact));
}

bool SavedViews::save(const QString &page, const QString &name, const QJsonObject &state,
                      QString *problem)
{
    const QString n = name.trimmed();
    if (n.isEmpty() || n.size() > MaxNameLength) {
        *problem = tr("A view needs a name of 1 to %1 characters.").arg(MaxNameLength);
        return false;
    }
    if (!validPage(page)) {
        *problem = tr("This page has no filters to save.");
        return false;
    }
    QList<View> list = views(page);
    bool replaced = false;
    for (View &v : list) {
        if (v.name == n) {
            v.state = state;
            replaced = true;
        }
    }
    if (!replaced)
        list.append({n, state});
    store(page, list);
    return true;
}

bool SavedViews::remove(const QString &page, const QString &name)
{
    QList<View> list = views(page);
    const qsizetype before = list.size();
    list.removeIf([&](const View &v) { return v.name == name; });
    if (list.size() == before)
        return false;
    store(page, list);
    return true;
}

QStringList SavedViews::pages() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("views/%1").arg(m_profile));
    return settings.childKeys();
}

QByteArray SavedViews::exportAll() const
{
    QJsonObject byPage;
    for (const QString &page : pages()) {
        QJsonArray list;
        for (const View &v : views(page))
            list.append(
                QJsonObject{{QStringLiteral("name"), v.name}, {QStringLiteral("state"), v.state}});
        byPage.insert(page, list);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("partnerdesk_views"), 1},
                                     {QStringLiteral("views"), byPage}})
        .toJson(QJsonDocument::Indented);
}

int SavedViews::importAll(const QByteArray &json, QString *problem)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() ||
        doc.object().value(QLatin1String("partnerdesk_views")).toInt() != 1 ||
        !doc.object().value(QLatin1String("views")).isObject()) {
        *problem = tr("This is not a PartnerDesk views file.");
        return -1;
    }
    // Checked whole before anything is written: a bad entry leaves the saved views as they were.
    const QJsonObject byPage = doc.object().value(QLatin1String("views")).toObject();
    QList<std::pair<QString, View>> incoming;
    for (auto it = byPage.begin(); it != byPage.end(); ++it) {
        if (!validPage(it.key()) || !it.value().isArray()) {
            *problem = tr("Unknown page “%1” in the views file.").arg(it.key());
            return -1;
        }
        for (const QJsonValue &v : it.value().toArray()) {
            const QString name = v[QLatin1String("name")].toString().trimmed();
            if (name.isEmpty() || name.size() > MaxNameLength ||
                !v[QLatin1String("state")].isObject()) {
                *problem = tr("A view of page “%1” has no valid name or state.").arg(it.key());
                return -1;
            }
            incoming.append({it.key(), {name, v[QLatin1String("state")].toObject()}});
        }
    }
    QString ignored;
    for (const auto &[page, view] : incoming)
        save(page, view.name, view.state, &ignored);
    return int(incoming.size());
}
