#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// Saved filters (named views) per profile and page: a name and the filter state a page reported
// (opaque JSON), kept in the settings under views/<profile>/<page>. Views export to one JSON file
// for every page and import back (merged: a view with the same page and name is replaced).
class SavedViews
{
    Q_DECLARE_TR_FUNCTIONS(SavedViews)
public:
    struct View
    {
        QString name;
        QJsonObject state;
    };

    explicit SavedViews(const QString &profile);

    QList<View> views(const QString &page) const;
    // Adds or replaces the view called `name`; false with a message for a bad name.
    bool save(const QString &page, const QString &name, const QJsonObject &state, QString *problem);
    bool remove(const QString &page, const QString &name);
    QStringList pages() const; // pages that have saved views

    // {"partnerdesk_views": 1, "views": {"customers": [{"name": …, "state": {…}}, …], …}}
    QByteArray exportAll() const;
    // Reads a file written by exportAll; nothing is changed unless the whole file is valid.
    // Returns how many views were imported, or -1 with a message.
    int importAll(const QByteArray &json, QString *problem);

    static constexpr int MaxNameLength = 60;

private:
    QString key(const QString &page) const;
    void store(const QString &page, const QList<View> &views);

    QString m_profile;
};
