#pragma once

#include "bss/bsserror.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>

class BssClient;
class Pager;

// The distributor's resellers (ListIndirectPartners, every page), read once per sync and shared
// by everything that lists them: the Resellers page and each page's reseller scope box. Empty
// for an account without resellers.
class ResellerDirectory : public QObject
{
    Q_OBJECT
public:
    explicit ResellerDirectory(BssClient *client, QObject *parent = nullptr);

    void reload(); // a newer reload replaces one still running
    const QJsonArray &resellers() const { return m_list; }
    bool isLoaded() const { return m_loaded; }
    // "武***司 (rp-0001)": the name is personal data, so lists show it masked, with the id.
    static QString label(const QJsonObject &reseller);

signals:
    void changed(); // a complete new list
    void failed(const BssError &error);

private:
    BssClient *m_client;
    QPointer<Pager> m_pager;
    QJsonArray m_list;
    bool m_loaded = false;
};
