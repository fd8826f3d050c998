#include "dialogs/batchtransferdialog.h"

#include "core/money.h"
#include "models/allocatablebalance.h"
#include "models/batchrunner.h"
#include "models/session.h"
#include "widgets/amountfield.h"
#include "widgets/batchresultpanel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

BatchTransferDialog::BatchTransferDialog(Session *session, const QList<Target> &targets,
                                         QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_targets(targets)
    , m_pages(new QStackedWidget(this))
    , m_amount(new AmountField(this))
    , m_preview(new QTableWidget(int(targets.size()), 3, this))
    , m_total(new QLabel(this))
    , m_confirm(new QPushButton(tr("Allocate to all"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_runner(new BatchRunner(
          BatchRunner::transferTask(session->client(), TransferRunner::Kind::Allocate), this))
    , m_panel(new BatchResultPanel(m_runner, session, this))
{
    setWindowTitle(tr("Allocate funds to %n customer(s)", nullptr, int(targets.size())));
    resize(760, 480);
    m_runner->setCurrency(session->currency());
    m_amount->setCurrency(session->currency());
    m_preview->setHorizontalHeaderLabels({tr("Customer"), tr("Balance now"), tr("Balance after")});
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_total->setWordWrap(true);

    auto *entry = new QWidget(m_pages);
    auto *form = new QFormLayout(entry);
    form->addRow(tr("Amount for each customer"), m_amount);
    form->addRow(m_preview);
    form->addRow(m_total);
    m_pages->addWidget(entry);
    m_pages->addWidget(m_panel);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    connect(m_amount, &AmountField::amountChanged, this, &BatchTransferDialog::updatePreview);
    connect(m_confirm, &QPushButton::clicked, this, &BatchTransferDialog::run);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_runner, &BatchRunner::batchFinished, this, [this] {
        m_close->setEnabled(true);
        emit batchFinished();
    });
    updatePreview();
    loadPartnerBalance();
}

QString BatchTransferDialog::money(const Decimal &amount) const
{
    return amount.isValid() ? Money(amount, m_session->currency()).format(locale()) : tr("unknown");
}

QString BatchTransferDialog::totalText() const
{
    return m_total->text();
}

void BatchTransferDialog::loadPartnerBalance()
{
    // The targets come from one listing: the partner's own customers or one reseller's.
    const QString ip =
        m_targets.isEmpty() ? QString() : m_targets.first().customer.indirectPartnerId;
    AllocatableBalance::fetch(m_session->client(), ip, this, [this](const Decimal &allocatable) {
        if (!allocatable.isValid())
            return;
        m_allocatable = allocatable;
        updatePreview();
    });
}

void BatchTransferDialog::updatePreview()
{
    const auto amount = m_amount->amount();
    for (int r = 0; r < m_targets.size(); ++r) {
        const Target &t = m_targets.at(r);
        auto set = [this, r](int c, const QString &text, bool right) {
            auto *item = new QTableWidgetItem(text);
            if (right)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_preview->setItem(r, c, item);
        };
        set(0, QStringLiteral("%1 (%2)").arg(t.shownName, t.customer.customerId), false);
        set(1, money(t.balance), true);
        set(2, amount && t.balance.isValid() ? money(t.balance + *amount) : QString(), true);
    }
    const Decimal total = amount ? *amount * m_targets.size() : Decimal::invalid();
    const bool tooMuch = total.isValid() && m_allocatable.isValid() && total > m_allocatable;
    m_total->setText(
        amount ? tr("Total: %1 from your allocatable balance of %2.")
                         .arg(money(total), money(m_allocatable)) +
                     (tooMuch ? u' ' + tr("That is more than you can allocate.") : QString())
               : tr("Enter the amount each customer gets."));
    m_confirm->setEnabled(amount.has_value() && !tooMuch && !m_targets.isEmpty());
}

void BatchTransferDialog::run()
{
    const auto amount = m_amount->amount();
    if (!amount)
        return; // nothing is sent on bad input
    QList<BatchRunner::Item> items;
    for (const Target &t : std::as_const(m_targets))
        items.append({t.customer.customerId, t.shownName, *amount, t.customer.indirectPartnerId,
                      BatchRunner::State::Pending, BatchRunner::Result()});
    m_runner->setItems(items);
    m_pages->setCurrentWidget(m_panel);
    m_confirm->hide();
    m_close->setEnabled(false);
    m_runner->start();
}
