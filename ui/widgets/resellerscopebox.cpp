#include "widgets/resellerscopebox.h"

#include "ops/resellerdirectory.h"
#include "ops/session.h"

#include <QEvent>
#include <QJsonArray>

ResellerScopeBox::ResellerScopeBox(Session *session, QWidget *parent, Purpose purpose)
    : QComboBox(parent), m_session(session), m_purpose(purpose)
{
    addItem(QString(), QString());
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setProperty("pcData", true); // resellers' names: data, in whatever language they were given
    hide();                      // shown for distributors, who have resellers
    connect(this, &QComboBox::activated, this, [this] { emit scopeChanged(indirectPartnerId()); });
    connect(session->resellers(), &ResellerDirectory::changed, this, &ResellerScopeBox::fill);
    retranslate();
}

void ResellerScopeBox::fill()
{
    const QString current = indirectPartnerId();
    while (count() > 1)
        removeItem(1);
    const QJsonArray list = m_session->resellers()->resellers();
    for (const QJsonValue &v : list)
        addItem(ResellerDirectory::label(v.toObject()),
                v[QLatin1String("indirect_partner_id")].toString());
    if (!setIndirectPartnerId(current) && !current.isEmpty()) {
        setCurrentIndex(0); // that reseller is gone: back to our own, and say so
        emit scopeChanged(QString());
    }
    setVisible(!list.isEmpty()); // only distributors have resellers
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
