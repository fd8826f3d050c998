#include "ops/couponsloader.h"

#include "bss/bssclient.h"
#include "bss/operations.h"
#include "bss/pager.h"
#include "bss/responses.h"
#include "models/couponmodel.h"
#include "ops/recordload.h"

CouponsLoader::CouponsLoader(BssClient *client, CouponModel *model, QObject *parent)
    : QObject(parent), m_client(client), m_model(model)
{}

void CouponsLoader::load(const QString &scope)
{
    Operations::CouponFilter filter;
    filter.indirectPartnerId = scope; // a reseller's coupons
    load(filter);
}

void CouponsLoader::load(const Operations::CouponFilter &filter)
{
    m_model->clear();
    m_scope = filter.indirectPartnerId;
    if (!m_client->offers("ListIssuedPartnerCoupons")) { // not on this site: nothing to list
        RecordLoad::stop(&m_pager, this);
        QMetaObject::invokeMethod(this, &CouponsLoader::loaded, Qt::QueuedConnection);
        return;
    }
    Pager *pager = RecordLoad::replace(
        m_client,
        [filter](int offset, int limit) {
            QString ignored;
            return Operations::listIssuedPartnerCoupons(filter, offset, limit, &ignored);
        },
        Pager::Options{QStringLiteral("user_coupons"), 100, 4, -1}, this, &m_pager);
    connect(pager, &Pager::pageReceived, this, [this](int, const QJsonArray &items, int total) {
        QString problem;
        const auto page = Responses::issuedCoupons(
            QJsonObject{{QStringLiteral("user_coupons"), items}}, &problem);
        if (!page) { // a malformed page: stop, and say so
            RecordLoad::stop(&m_pager, this);
            emit failed(BssError::malformed(problem));
            return;
        }
        m_model->append(page->items);
        emit progress(m_model->rowCount(), std::max(total, m_model->rowCount()));
    });
    connect(pager, &Pager::finished, this, [this, pager](const BssError &error) {
        pager->deleteLater();
        if (error.isError())
            emit failed(error);
        else
            emit loaded();
    });
    pager->start();
}
