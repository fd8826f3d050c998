#include "ops/resellerdirectory.h"

#include "bss/operations.h"
#include "bss/pager.h"
#include "core/masking.h"

#include <QJsonDocument>
#include <QJsonObject>

ResellerDirectory::ResellerDirectory(BssClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{}

QString ResellerDirectory::label(const QJsonObject &reseller)
{
    return QStringLiteral("%1 (%2)").arg(
        Masking::mask(reseller.value(QLatin1String("name")).toString(), Masking::Kind::Name),
        reseller.value(QLatin1String("indirect_partner_id")).toString());
}

void ResellerDirectory::reload()
{
    if (Pager *old = m_pager) {
        m_pager = nullptr; // its cancellation is not reported
        old->cancel();
    }
    auto list = std::make_shared<QJsonArray>();
    auto *pager = new Pager(
        m_client,
        [](int offset, int limit) {
            QString ignored;
            ApiRequest r = Operations::byName(QStringLiteral("ListIndirectPartners"), &ignored);
            r.body = QJsonDocument(QJsonObject{{QStringLiteral("offset"), offset},
                                               {QStringLiteral("limit"), limit}})
                         .toJson(QJsonDocument::Compact);
            return r;
        },
        Pager::Options{QStringLiteral("indirect_partners"), 100, 2, -1}, this);
    m_pager = pager;
    connect(pager, &Pager::pageReceived, this, [list](int, const QJsonArray &items, int) {
        for (const QJsonValue &v : items)
            list->append(v);
    });
    connect(pager, &Pager::finished, this, [this, pager, list](const BssError &e) {
        pager->deleteLater();
        if (m_pager != pager)
            return; // replaced by a newer reload
        m_pager = nullptr;
        if (e.isError()) {
            emit failed(e);
            return;
        }
        m_list = *list;
        m_loaded = true;
        emit changed();
    });
    pager->start();
}
