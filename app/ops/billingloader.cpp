#include "ops/billingloader.h"

#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/budgetoperations.h"
#include "bss/budgetresponses.h"
#include "models/recordtablemodel.h"
#include "ops/recordload.h"

#include <QTimeZone>

BillingLoader::BillingLoader(BssClient *client, RecordTableModel *invoices,
                             RecordTableModel *coupons, QObject *parent)
    : QObject(parent), m_client(client), m_invoices(invoices), m_coupons(coupons)
{}

void BillingLoader::loadCoupons(int status)
{
    QString problem;
    BudgetOperations::listOwnCoupons(status, 0, 100, &problem);
    if (!problem.isEmpty()) {
        emit failed(BssError::invalidRequest(problem));
        return;
    }
    RecordLoad::fill(
        m_client,
        [status](int offset, int limit) {
            QString ignored;
            return BudgetOperations::listOwnCoupons(status, offset, limit, &ignored);
        },
        {QStringLiteral("user_coupons")}, m_coupons, this, &m_couponPager,
        [this](const BssError &error) {
            if (error.isError())
                emit failed(error);
            else
                emit couponsLoaded(m_coupons->rowCount());
        });
}

void BillingLoader::loadBill(const QString &cycle)
{
    QString problem;
    const ApiRequest request = BudgetOperations::postpaidBillSum(cycle, &problem);
    if (!problem.isEmpty()) {
        emit failed(BssError::invalidRequest(problem));
        return;
    }
    BssJob *job = RecordLoad::send(m_client, request, this, &m_bill);
    connect(job, &BssJob::finished, this, [this, job] {
        QString problem;
        const auto bill = job->error().isError()
                              ? std::nullopt
                              : BudgetResponses::postpaidBillSum(job->json(), &problem);
        if (!bill) {
            emit failed(job->error().isError() ? job->error() : BssError::malformed(problem));
            return;
        }
        emit billLoaded(*bill);
    });
}

void BillingLoader::loadInvoices(const QDate &from, const QDate &to)
{
    const QTimeZone beijing(8 * 3600);
    const QDateTime start = from.isValid() ? QDateTime(from, QTime(0, 0), beijing) : QDateTime();
    const QDateTime end = to.isValid() ? QDateTime(to, QTime(23, 59, 59), beijing) : QDateTime();
    const QByteArray domain = m_client->domainId();
    QString problem;
    BudgetOperations::listInvoices(domain, start, end, 0, 100, &problem);
    if (!problem.isEmpty()) {
        emit failed(BssError::invalidRequest(problem));
        return;
    }
    RecordLoad::fill(
        m_client,
        [domain, start, end](int offset, int limit) {
            QString ignored;
            return BudgetOperations::listInvoices(domain, start, end, offset, limit, &ignored);
        },
        {QStringLiteral("invoices")}, m_invoices, this, &m_pager,
        [this](const BssError &error) {
            if (error.isError())
                emit failed(error);
            else
                emit invoicesLoaded(m_invoices->rowCount());
        });
}
