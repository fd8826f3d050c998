#include "widgets/resellerscopebox.h"

#include "bss/bssjob.h"
#include "bss/operations.h"
#include "core/masking.h"
#include "models/session.h"

#include <QEvent>
#include <QJsonArray>

ResellerScopeBox::ResellerScopeBox(Session *session, QWidget *parent, Purpose purpose)
    : QComboBox(parent), m_session(session), m_purpose(purpose)
{
    addItem(QString(), QString());
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    hide(); // shown for distributors, who have resellers
    connect(this, &QComboBox::activated, this, [this] { emit scopeChanged(indirectPartnerId()); });
    connect(session, &Session::ready, this, &ResellerScopeBox::reload);
    retranslate();
}

void ResellerScopeBox::reload()
{
    const QString current = indirectPartnerId();
    while (count() > 1)
        removeItem(1);
    hide();
    const int generation = ++m_generation;
    QString problem;
    ApiRequest r = Operations::byName(QStringLiteral("ListIndirectPartners"), &problem);
    r.body = QByteArrayLiteral("{\"offset\":0,\"limit\":100}");
    BssJob *job = m_session->client()->call(r);
    connect(job, &BssJob::finished, this, [this, job, generation, current] {
        if (generation != m_generation)
            return; // a newer reload (another profile) answers instead
        const QJsonArray list = job->json().value(QLatin1String("indirect_partners")).toArray();
        if (job->error().isError() || list.isEmpty()) {
            emit resellersLoaded(0);
            return; // not a distributor (or no resellers): nothing to choose
        }
        for (const QJsonValue &v : list) {
            const QString id = v[QLatin1String("indirect_partner_id")].toString();
            addItem(
                QStringLiteral("%1 (%2)").arg(
                    Masking::mask(v[QLatin1String("name")].toString(), Masking::Kind::Name), id),
                id);
        }
        setIndirectPartnerId(current);
        show();
        emit resellersLoaded(count() - 1);
    });
}

QString ResellerScopeBox::indirectPartnerId() const
{
    return currentData().toString();
}

bool ResellerScopeBox::setIndirectPartnerId(const QString &id)
{
    const int i = findData(id);
    if (i < 0)
        return false;
    setCurrentIndex(i);
    return true;
}

void ResellerScopeBox::retranslate()
{
    if (m_purpose == Purpose::Account) {
        setItemText(0, tr("My account"));
        setToolTip(tr("A reseller's account: balances, ledger and adjust records (distributors)"));
    } else {
        setItemText(0, tr("My customers"));
        setToolTip(tr("A reseller's customers (distributors)"));
    }
}

void ResellerScopeBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QComboBox::changeEvent(event);
}
