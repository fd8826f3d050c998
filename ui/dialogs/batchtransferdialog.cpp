#include "dialogs/batchtransferdialog.h"

#include "core/money.h"
#include "dialogs/batchdialogframe.h"
#include "models/batchrunner.h"
#include "ops/allocatablebalance.h"
#include "ops/batchwrites.h"
#include "ops/session.h"
#include "widgets/accessiblenames.h"
#include "widgets/amountfield.h"
#include "widgets/batchresultpanel.h"
#include "widgets/previewtable.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>

BatchTransferDialog::BatchTransferDialog(Session *session, const QList<Target> &targets,
                                         FundsWrites::Kind kind, FundsWrites::Target target,
                                         QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(kind)
    , m_resellers(target == FundsWrites::Target::Reseller)
    , m_targets(targets)
    , m_pages(new QStackedWidget(this))
    , m_amount(new AmountField(this))
    , m_whole(new QCheckBox(tr("Reclaim each one's whole balance"), this))
    , m_preview(new PreviewTable(
          int(targets.size()),
          {target == FundsWrites::Target::Reseller ? tr("Reseller") : tr("Customer"),
           tr("Balance now"),
           kind == FundsWrites::Kind::Allocate ? tr("Balance after allocation")
                                               : tr("Balance after reclaim")},
          this))
    , m_total(new QLabel(this))
    , m_confirm(new QPushButton(kind == FundsWrites::Kind::Allocate ? tr("Allocate to all")
                                                                    : tr("Reclaim from all"),
                                this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_runner(new BatchRunner(BatchWrites::transfer(session->writer(), kind, target), this))
    , m_panel(new BatchResultPanel(m_runner, session, this))
{
    const int n = int(targets.size());
    setWindowTitle(kind == FundsWrites::Kind::Allocate
                       ? (m_resellers ? tr("Allocate funds to %n reseller(s)", nullptr, n)
                                      : tr("Allocate funds to %n customer(s)", nullptr, n))
                       : (m_resellers ? tr("Reclaim funds from %n reseller(s)", nullptr, n)
                                      : tr("Reclaim funds from %n customer(s)", nullptr, n)));
    resize(760, 480);
    m_runner->setCurrency(session->currency());
    m_amount->setCurrency(session->currency());
    m_total->setWordWrap(true);

    auto *entry = new QWidget(m_pages);
    auto *form = new QFormLayout(entry);
    form->addRow(m_resellers ? tr("Amount for each reseller") : tr("Amount for each customer"),
                 m_amount);
    if (kind == FundsWrites::Kind::Reclaim)
        form->addRow(QString(), m_whole);
    else
        m_whole->hide();
    form->addRow(m_preview);
    form->addRow(m_total);
    m_pages->addWidget(entry);
    m_pages->addWidget(m_panel);

    m_frame = new BatchDialogFrame(this, m_pages, m_confirm, m_close);
    connect(m_frame, &BatchDialogFrame::finished, this, &BatchTransferDialog::batchFinished);

    connect(m_amount, &AmountField::amountChanged, this, &BatchTransferDialog::updatePreview);
    connect(m_whole, &QCheckBox::toggled, this, [this](bool whole) {
        m_amount->setEnabled(!whole);
        updatePreview();
    });
    connect(m_confirm, &QPushButton::clicked, this, &BatchTransferDialog::run);
    updatePreview();
    loadPartnerBalance();
    AccessibleNames::watch(this);
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
    if (m_kind != FundsWrites::Kind::Allocate)
        return;
    AllocatableBalance::fetch(m_session->client(), ip, this, [this](const Decimal &allocatable) {
        if (!allocatable.isValid())
            return;
        m_allocatable = allocatable;
        updatePreview();
    });
}

std::optional<Decimal> BatchTransferDialog::askedOf(const Target &t) const
{
    if (m_whole->isChecked())
        return t.balance.isValid() ? std::optional<Decimal>(t.balance) : std::nullopt;
    return m_amount->amount();
}

void BatchTransferDialog::updatePreview()
{
    const bool allocate = m_kind == FundsWrites::Kind::Allocate;
    const bool whole = m_whole->isChecked();
    Decimal total = Decimal::fromMantissa(0, 2);
    bool complete = true;
    int short_ = 0; // reclaim at most each balance: checked before anything is sent
    for (int r = 0; r < m_targets.size(); ++r) {
        const Target &t = m_targets.at(r);
        auto set = [this, r](int c, const QString &text, bool right) {
            m_preview->setCell(r, c, text,
                               right ? PreviewTable::Align::Amount : PreviewTable::Align::Text);
        };
        const auto asked = askedOf(t);
        set(0, QStringLiteral("%1 (%2)").arg(t.shownName, t.customer.customerId), false);
        set(1, money(t.balance), true);
        set(2,
            asked && t.balance.isValid() ? money(allocate ? t.balance + *asked : t.balance - *asked)
                                         : QString(),
            true);
        complete = complete && asked.has_value();
        if (asked)
            total += *asked;
        short_ += !allocate && asked && t.balance.isValid() && *asked > t.balance;
    }
    bool tooMuch = false;
    if (allocate) {
        tooMuch = complete && m_allocatable.isValid() && total > m_allocatable;
        m_total->setText(
            complete ? tr("Total: %1 from your allocatable balance of %2.")
                               .arg(money(total), money(m_allocatable)) +
                           (tooMuch ? u' ' + tr("That is more than you can allocate.") : QString())
                     : tr("Enter the amount each customer gets."));
    } else {
        tooMuch = short_ > 0;
        m_total->setText(complete ? tr("Total: %1 back to your account.").arg(money(total)) +
                                        (tooMuch ? u' ' + tr("%n of them hold(s) less than that.",
                                                             nullptr, short_)
                                                 : QString())
                                  : (whole ? tr("Some balances are not known yet.")
                                           : tr("Enter the amount to reclaim from each.")));
    }
    m_confirm->setEnabled(complete && !tooMuch && !m_targets.isEmpty() && total.signum() > 0);
}

void BatchTransferDialog::run()
{
    QList<BatchRunner::Item> items;
    for (const Target &t : std::as_const(m_targets)) {
        const auto asked = askedOf(t);
        if (!asked)
            return; // nothing is sent on bad input
        if (asked->isZero())
            continue; // the whole of an empty balance: nothing to reclaim
        items.append({t.customer.customerId, t.shownName, *asked, t.customer.indirectPartnerId});
    }
    m_runner->setItems(items);
    m_frame->run(m_runner, m_panel);
}
