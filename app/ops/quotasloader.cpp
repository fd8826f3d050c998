#include "ops/quotasloader.h"

#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/jsonbody.h"
#include "bss/operations.h"
#include "bss/responses.h"
#include "models/couponrecordmodel.h"
#include "models/quotamodel.h"
#include "ops/recordload.h"

QuotasLoader::QuotasLoader(BssClient *client, QuotaModel *quotas, CouponRecordModel *records,
                           QuotaModel *resellerQuotas, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_quotas(quotas)
    , m_records(records)
    , m_resellerQuotas(resellerQuotas)
{}

void QuotasLoader::loadQuotas()
{
    if (!m_client->offers("ListQuotaCoupons")) { // not on this site: no quotas to show
        m_quotas->setQuotas({});
        QMetaObject::invokeMethod(this, &QuotasLoader::quotasLoaded, Qt::QueuedConnection);
        return;
    }
    collectQuotas(0, {}); // vouchers, then cash coupons: the service lists one type at a time
}

void QuotasLoader::collectQuotas(int type, const QList<CouponQuota> &before)
{
    RecordLoad::collect(
        m_client,
        [type](int offset, int limit) {
            QString ignored;
            ApiRequest r = Operations::byName(QStringLiteral("ListQuotaCoupons"), &ignored);
            JsonBody b;
            b.add("quota_type", qint64(type))
                .add("offset", qint64(offset))
                .add("limit", qint64(limit));
            r.body = b.bytes();
            return r;
        },
        Pager::Options{QStringLiteral("quotas"), 100, 1, -1}, this, &m_pager,
        [this, type, before](const BssError &e, const QJsonObject &, const QJsonArray &items) {
            if (e.isError()) {
                emit failed(e);
                return;
            }
            QString problem;
            const auto page =
                Responses::couponQuotas(QJsonObject{{QStringLiteral("quotas"), items}}, &problem);
            if (!page) {
                m_quotas->setQuotas({});
                emit failed(BssError::malformed(problem));
                return;
            }
            if (type == 0) {
                collectQuotas(1, page->items);
                return;
            }
            m_quotas->setQuotas(before + page->items);
            emit quotasLoaded();
        });
}

void QuotasLoader::loadRecords(const RecordFilter &f)
{
    QString problem;
    ApiRequest r = Operations::byName(QStringLiteral("ListPartnerCouponsRecord"), &problem);
    if (!f.quotaId.isEmpty())
        r.addQuery("quota_id", f.quotaId);
    if (!f.customerId.isEmpty())
        r.addQuery("customer_id", f.customerId);
    r.addQuery("operation_time_begin", Operations::utcTimestamp(f.from.startOfDay()));
    r.addQuery("operation_time_end", Operations::utcTimestamp(f.to.endOfDay()));
    r.addQuery("limit", QStringLiteral("100"));                      // the newest 100
    BssJob *job = RecordLoad::send(m_client, r, this, &m_recordJob); // replaces an older query
    connect(job, &BssJob::finished, this, [this, job] {
        BssError error;
        const auto list =
            RecordLoad::listOf(job, "records", tr("the answer has no list of records"), &error);
        if (!list) {
            emit failed(error);
            return;
        }
        m_records->setRecords(*list);
        emit recordsLoaded();
    });
}

void QuotasLoader::loadResellerQuotas()
{
    if (!m_client->offers("ListIssuedCouponQuotas")) {
        m_resellerQuotas->setQuotas({});
        QMetaObject::invokeMethod(
            this, [this] { emit resellerQuotasLoaded(false); }, Qt::QueuedConnection);
        return;
    }
    QString problem;
    ApiRequest r = Operations::byName(QStringLiteral("ListIssuedCouponQuotas"), &problem);
    r.addQuery("limit", QStringLiteral("100"));
    BssJob *job = m_client->call(r);
    connect(job, &BssJob::finished, this, [this, job] {
        QString problem;
        const auto page =
            job->error().isError() ? std::nullopt : Responses::couponQuotas(job->json(), &problem);
        const QList<CouponQuota> quotas = page ? page->items : QList<CouponQuota>();
        m_resellerQuotas->setQuotas(quotas);
        if (!job->error().isError() && !page) // answered, but not readable: that is shown
            emit failed(BssError::malformed(problem));
        // An account that is not a distributor may be refused here: that is not an error to show.
        emit resellerQuotasLoaded(!job->error().isError() && !quotas.isEmpty());
    });
}
