#include "ops/incentivesloader.h"

#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/operations.h"
#include "bss/orderoperations.h"
#include "core/billperiod.h"
#include "models/recordtablemodel.h"
#include "ops/recordload.h"

#include <QJsonArray>

namespace {

ApiRequest request(const char *operation)
{
    QString ignored;
    return Operations::byName(QString::fromLatin1(operation), &ignored);
}

} // namespace

IncentivesLoader::IncentivesLoader(BssClient *client, RecordTableModel *payouts,
                                   RecordTableModel *claims, RecordTableModel *policies,
                                   QObject *parent)
    : QObject(parent), m_client(client), m_payouts(payouts), m_claims(claims), m_policies(policies)
{}

void IncentivesLoader::loadPolicies(const QString &month, const QString &serviceType)
{
    QString problem;
    OrderOperations::listIncentivePolicies(month, serviceType, 0, 100, &problem);
    if (!problem.isEmpty()) {
        emit failed(BssError::invalidRequest(problem));
        return;
    }
    RecordLoad::fill(
        m_client,
        [month, serviceType](int offset, int limit) {
            QString ignored;
            return OrderOperations::listIncentivePolicies(month, serviceType, offset, limit,
                                                          &ignored);
        },
        {QStringLiteral("policies")}, m_policies, this, &m_policyPager,
        [this](const BssError &error) {
            if (error.isError())
                emit failed(error);
            else
                emit policiesLoaded();
        });
}

void IncentivesLoader::loadPayouts(const QString &status, const QString &period)
{
    RecordLoad::collect(
        m_client,
        [status, period](int offset, int limit) {
            ApiRequest r = request("SandboxListIncentivePayouts");
            if (!status.isEmpty())
                r.addQuery("status", status);
            if (!period.isEmpty())
                r.addQuery("period", period);
            r.addQuery("offset", QString::number(offset));
            r.addQuery("limit", QString::number(limit));
            return r;
        },
        Pager::Options{QStringLiteral("payouts"), 100, 2, 10000}, this, &m_pager,
        [this](const BssError &e, const QJsonObject &, const QJsonArray &items) {
            if (e.isError()) {
                emit failed(e);
                return;
            }
            QJsonArray payouts;
            for (const QJsonValue &v : items) { // with the key of what to do next
                QJsonObject o = v.toObject();
                o.insert(QLatin1String("hint"),
                         o.value(QLatin1String("status")).toString() + u'|' +
                             o.value(QLatin1String("payout_method")).toString());
                payouts.append(o);
            }
            BssError error;
            if (!RecordLoad::accept(m_payouts, payouts, false, &error)) {
                emit failed(error);
                return;
            }
            emit payoutsLoaded();
        });
}

void IncentivesLoader::loadClaims(const QString &status)
{
    ApiRequest r = request("SandboxListMdfClaims");
    if (!status.isEmpty())
        r.addQuery("status", status);
    BssJob *job = RecordLoad::send(m_client, r, this, &m_claimJob);
    connect(job, &BssJob::finished, this, [this, job] {
        BssError error;
        const auto list =
            RecordLoad::listOf(job, "claims", tr("the answer has no list of claims"), &error);
        if (!list) {
            emit failed(error);
            return;
        }
        const QDate today = BillPeriod::today();
        QJsonArray claims;
        for (const QJsonValue &v : *list) {
            QJsonObject o = v.toObject();
            const QString s = o.value(QLatin1String("status")).toString();
            const QDate deadline =
                QDate::fromString(o.value(QLatin1String("claim_deadline")).toString(), Qt::ISODate);
            if (deadline.isValid() && (s == u"CLAIM_PENDING" || s == u"CLAIM_REJECTED"))
                o.insert(QLatin1String("days_left"), int(today.daysTo(deadline)));
            claims.append(o);
        }
        if (!RecordLoad::accept(m_claims, claims, false, &error)) {
            emit failed(error);
            return;
        }
        emit claimsLoaded();
    });
}
