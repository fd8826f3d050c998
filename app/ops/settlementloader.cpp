#include "ops/settlementloader.h"

#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/operations.h"
#include "bss/pager.h"
#include "bss/responses.h"

#include <QMap>

#include <memory>

SettlementLoader::SettlementLoader(BssClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{}

ApiRequest SettlementLoader::listRequest(const QString &kind, const QString &status,
                                         const QString &period, int offset, int limit)
{
    QString ignored;
    ApiRequest r = Operations::byName(QStringLiteral("SandboxListSettlements"), &ignored);
    if (!kind.isEmpty())
        r.addQuery("product_kind", kind);
    if (!status.isEmpty())
        r.addQuery("status", status);
    if (!period.isEmpty())
        r.addQuery("bill_cycle", period);
    r.addQuery("offset", QString::number(offset));
    r.addQuery("limit", QString::number(limit));
    return r;
}

ApiRequest SettlementLoader::detailRequest(const QString &settlementId)
{
    QString ignored;
    ApiRequest r = Operations::byName(QStringLiteral("SandboxShowSettlement"), &ignored);
    r.addQuery("settlement_id", settlementId);
    return r;
}

void SettlementLoader::load(const QString &period, const QString &kind)
{
    m_bills = {};
    m_lines.clear();
    m_failed = false;
    auto *pager = new Pager(
        m_client,
        [period, kind](int offset, int limit) {
            return listRequest(kind, QString(), period, offset, limit);
        },
        Pager::Options{QStringLiteral("settlements"), 100, 2, -1}, this);
    connect(pager, &Pager::pageReceived, this, [this](int, const QJsonArray &items, int) {
        for (const QJsonValue &v : items)
            m_bills.append(v);
    });
    connect(pager, &Pager::finished, this, [this, pager](const BssError &e) {
        pager->deleteLater();
        if (e.isError())
            emit finished(e);
        else
            loadDetails();
    });
    pager->start();
}

void SettlementLoader::loadDetails()
{
    m_pending = int(m_bills.size());
    if (m_pending == 0) {
        emit finished(BssError());
        return;
    }
    // Lines are kept in bill order whatever order the answers arrive in.
    auto perBill = std::make_shared<QMap<int, QList<SettlementLine>>>();
    for (int i = 0; i < m_bills.size(); ++i) {
        const QJsonObject bill = m_bills.at(i).toObject();
        BssJob *job =
            m_client->call(detailRequest(bill.value(QLatin1String("settlement_id")).toString()));
        connect(job, &BssJob::finished, this, [this, job, i, perBill] {
            if (m_failed)
                return;
            if (job->error().isError()) {
                m_failed = true;
                emit finished(job->error());
                return;
            }
            QString problem;
            const auto detail = Responses::settlementDetail(job->json(), &problem);
            if (!detail) {
                m_failed = true;
                emit finished(BssError::malformed(problem));
                return;
            }
            QList<SettlementLine> lines;
            for (const SettlementItem &item : detail->items)
                lines.append(SettlementLine::fromItem(*detail, item));
            perBill->insert(i, lines);
            if (--m_pending == 0) {
                for (const QList<SettlementLine> &l : *perBill)
                    m_lines.append(l);
                emit finished(BssError());
            }
        });
    }
}
