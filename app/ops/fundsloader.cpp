#include "ops/fundsloader.h"

#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/operations.h"
#include "bss/responses.h"
#include "models/quotamodel.h"
#include "models/recordtablemodel.h"
#include "ops/recordload.h"

#include <QJsonArray>

FundsLoader::FundsLoader(BssClient *client, RecordTableModel *changes, RecordTableModel *adjust,
                         RecordTableModel *agreements, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_changes(changes)
    , m_adjust(adjust)
    , m_agreements(agreements)
{}

void FundsLoader::loadAccount(const QString &scope)
{
    QString problem; // older reads' answers are no longer wanted
    BssJob *balances = RecordLoad::send(m_client, Operations::listPartnerBalances(scope, &problem),
                                        this, &m_balances);
    connect(balances, &BssJob::finished, this, [this, balances] {
        QString problem;
        const auto list = Responses::partnerBalances(balances->json(), &problem);
        if (balances->error().isError() || !list) {
            emit failed(balances->error().isError() ? balances->error()
                                                    : BssError::malformed(problem));
            return;
        }
        emit accountLoaded(PartnerAccount::fromBalances(*list));
    });
    loadQuotasLeft(scope, 0, Decimal::fromMantissa(0, 2));
}

// Our own quotas in effect (vouchers, then cash coupons: the service lists one type at a time),
// or those issued to the reseller; `before` is what the types read so far left.
void FundsLoader::loadQuotasLeft(const QString &scope, int type, const Decimal &before)
{
    QString problem;
    ApiRequest quotas =
        Operations::byName(scope.isEmpty() ? QStringLiteral("ListQuotaCoupons")
                                           : QStringLiteral("ListIssuedCouponQuotas"),
                           &problem);
    if (scope.isEmpty()) {
        quotas.body = QStringLiteral("{\"quota_type\":%1,\"quota_status_list\":[0],\"offset\":0,"
                                     "\"limit\":100}")
                          .arg(type)
                          .toUtf8();
    } else {
        quotas.addQuery("indirect_partner_id", scope);
        quotas.addQuery("limit", QStringLiteral("100"));
    }
    BssJob *job = RecordLoad::send(m_client, quotas, this, &m_quotas);
    connect(job, &BssJob::finished, this, [this, job, scope, type, before] {
        if (job->error().isError()) {
            emit failed(job->error());
            return;
        }
        // Decoded as the Coupon quotas page decodes them, counted as the overview counts them:
        // the quotas in effect with a known balance.
        QString problem;
        const auto page = Responses::couponQuotas(job->json(), &problem);
        if (!page) {
            emit failed(BssError::malformed(problem));
            return;
        }
        Decimal total = before;
        for (const CouponQuota &q : page->items) {
            if (q.status == 0 && q.balance.isValid())
                total += q.balance;
        }
        if (scope.isEmpty() && type == 0)
            loadQuotasLeft(scope, 1, total);
        else
            emit quotasLeft(total);
    });
}

QString FundsLoader::checkChanges(const ChangeFilter &f)
{
    if (!f.from.isValid() || !f.to.isValid() || f.from > f.to)
        return tr("The start date must not be after the end date.");
    if (f.from.daysTo(f.to) > 366)
        return tr("The records can be read for at most one year at a time.");
    return QString();
}

void FundsLoader::loadChanges(const ChangeFilter &f)
{
    if (!checkChanges(f).isEmpty()) {
        m_changes->setRecords({});
        return; // nothing is sent on bad input; the page says why
    }
    RecordLoad::fill(
        m_client,
        [f](int offset, int limit) {
            QString ignored;
            ApiRequest r =
                Operations::byName(QStringLiteral("ListPartnerAccountChangeRecords"), &ignored);
            r.addQuery("balance_type", QStringLiteral("BALANCE_TYPE_DEBIT"));
            if (!f.tradeType.isEmpty())
                r.addQuery("trade_type", f.tradeType);
            r.addQuery("trade_time_begin", f.from.toString(Qt::ISODate));
            r.addQuery("trade_time_end", f.to.toString(Qt::ISODate));
            if (!f.scope.isEmpty())
                r.addQuery("indirect_partner_id", f.scope);
            r.addQuery("offset", QString::number(offset));
            r.addQuery("limit", QString::number(limit));
            return r;
        },
        Pager::Options{QStringLiteral("records"), 100, 4, 10000}, m_changes, this, &m_changePager,
        [this](const BssError &e) {
            if (e.isError())
                emit failed(e);
            else
                emit changesLoaded();
        });
}

namespace {

Operations::AdjustRecordFilter adjustFilter(const FundsLoader::AdjustFilter &f)
{
    Operations::AdjustRecordFilter out;
    out.operationType = f.operationType;
    out.customerId = f.customerId;
    out.indirectPartnerId = f.scope;
    return out;
}

} // namespace

QString FundsLoader::checkAdjust(const AdjustFilter &filter)
{
    QString problem;
    Operations::listPartnerAdjustRecords(adjustFilter(filter), 0, 100, &problem);
    return problem;
}

void FundsLoader::loadAdjustRecords(const AdjustFilter &filter)
{
    if (!checkAdjust(filter).isEmpty())
        return; // nothing is sent on bad input
    const Operations::AdjustRecordFilter f = adjustFilter(filter);
    RecordLoad::fill(
        m_client,
        [f](int offset, int limit) {
            QString ignored;
            return Operations::listPartnerAdjustRecords(f, offset, limit, &ignored);
        },
        Pager::Options{QStringLiteral("records"), 100, 4, 10000}, m_adjust, this, &m_adjustPager,
        [this](const BssError &e) {
            if (e.isError())
                emit failed(e);
            else
                emit adjustRecordsLoaded();
        });
}

void FundsLoader::loadAgreements()
{
    QString problem;
    BssJob *job = RecordLoad::send(
        m_client, Operations::byName(QStringLiteral("SandboxListPaymentAgreements"), &problem),
        this, &m_agreementJob);
    connect(job, &BssJob::finished, this, [this, job] {
        BssError error;
        const auto list = RecordLoad::listOf(job, "agreements",
                                             tr("the answer has no list of agreements"), &error);
        if (!list || !RecordLoad::accept(m_agreements, *list, false, &error)) {
            emit failed(error);
            return;
        }
        emit agreementsLoaded();
    });
}
