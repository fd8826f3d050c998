#include "dialogs/settlementdetailsdialog.h"

#include "core/money.h"
#include "core/settlementflow.h"
#include "core/statuslabels.h"
#include "models/recordspecs.h"
#include "models/recordtablemodel.h"
#include "ops/marketplaceloader.h"
#include "ops/session.h"
#include "widgets/accessiblenames.h"
#include "widgets/datatableview.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QJsonArray>
#include <QLabel>
#include <QVBoxLayout>

SettlementDetailsDialog::SettlementDetailsDialog(Session *session, const QString &settlementId,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_id(settlementId)
    , m_items(new RecordTableModel(RecordSpecs::settlementItems(), this))
    , m_history(new RecordTableModel(RecordSpecs::settlementHistory(), this))
    , m_summary(new QLabel(this))
    , m_itemsTitle(new QLabel(this))
    , m_historyTitle(new QLabel(this))
    , m_itemTable(new DataTableView(this))
    , m_historyTable(new DataTableView(this))
{
    m_itemTable->setSortableModel(m_items);
    m_historyTable->setSortableModel(m_history);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_itemsTitle);
    layout->addWidget(m_itemTable, 2);
    layout->addWidget(m_historyTitle);
    layout->addWidget(m_historyTable, 1);
    layout->addWidget(buttons);
    resize(900, 600);
    retranslate();
    load();
    AccessibleNames::watch(this);
}

void SettlementDetailsDialog::load()
{
    auto *loader = new MarketplaceLoader(m_session->client(), nullptr, this);
    connect(loader, &MarketplaceLoader::failed, this, [this, loader](const BssError &e) {
        loader->deleteLater();
        m_summary->setText(e.userMessage());
        emit failed(e);
    });
    connect(loader, &MarketplaceLoader::detailsLoaded, this,
            [this, loader](const QJsonObject &bill, const QJsonArray &items,
                           const QJsonArray &history) {
                loader->deleteLater();
                m_bill = bill;
                m_items->setCurrency(m_bill.value(QLatin1String("currency")).toString());
                m_items->setRecords(items);
                m_history->setRecords(history);
                m_itemTable->resizeColumnsToContents();
                m_historyTable->resizeColumnsToContents();
                showBill();
                emit loaded();
            });
    loader->loadDetails(m_id);
}

QString SettlementDetailsDialog::summaryText() const
{
    return m_summary->text();
}

void SettlementDetailsDialog::showBill()
{
    if (m_bill.isEmpty()) {
        m_summary->setText(tr("Loading %1…").arg(m_id));
        return;
    }
    const QString currency = m_bill.value(QLatin1String("currency")).toString();
    auto money = [&](const char *field) {
        const auto d = Decimal::fromJson(m_bill.value(QLatin1String(field)));
        return d ? Money(*d, currency).format(locale()) : QStringLiteral("—");
    };
    const QString status = m_bill.value(QLatin1String("status")).toString();
    const QString action = StatusLabels::settlementAction(status);
    QStringList lines;
    lines << tr("%1 · %2 · bill period %3 (UTC+8)")
                 .arg(m_bill.value(QLatin1String("product_name")).toString(),
                      StatusLabels::productKind(
                          m_bill.value(QLatin1String("product_kind")).toString()),
                      m_bill.value(QLatin1String("bill_cycle")).toString());
    lines << tr("Phase: %1 · Status: %2")
                 .arg(
                     StatusLabels::settlementPhase(m_bill.value(QLatin1String("phase")).toString()),
                     StatusLabels::settlementStatus(status));
    // The flow with the bill's place in it: phases passed ticked, the current one in brackets.
    const QString phase = m_bill.value(QLatin1String("phase")).toString();
    const QStringList phases = SettlementFlow::phases();
    const int at = int(phases.indexOf(phase));
    QStringList flow;
    for (int i = 0; i < phases.size(); ++i) {
        const QString label = StatusLabels::settlementPhase(phases.at(i));
        flow << (i == at                       ? QStringLiteral("[%1]").arg(label)
                 : i < at || status == u"PAID" ? QStringLiteral("✓ %1").arg(label)
                                               : label);
    }
    lines << tr("Flow: %1").arg(flow.join(QStringLiteral(" → ")));
    lines << tr("Amount %1 · settlement amount %2").arg(money("amount"), money("settle_amount"));
    const QString payRequest = m_bill.value(QLatin1String("pay_request_no")).toString();
    if (!payRequest.isEmpty())
        lines << tr("Payment request number: %1").arg(payRequest);
    if (!action.isEmpty())
        lines << tr("Next: %1").arg(action);
    m_summary->setText(lines.join(u'\n'));
}

void SettlementDetailsDialog::retranslate()
{
    setWindowTitle(tr("Settlement bill %1").arg(m_id));
    m_itemsTitle->setText(tr("Line items"));
    m_historyTitle->setText(tr("State history"));
    m_items->setLocale(locale());
    m_history->setLocale(locale());
    showBill();
}

void SettlementDetailsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
