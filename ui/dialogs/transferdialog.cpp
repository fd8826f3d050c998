#include "dialogs/transferdialog.h"

#include "core/money.h"
#include "ops/allocatablebalance.h"
#include "ops/session.h"
#include "ops/verifiedwrite.h"
#include "ops/writeoutcometext.h"
#include "widgets/accessiblenames.h"
#include "widgets/amountfield.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

TransferDialog::TransferDialog(Session *session, FundsWrites::Kind kind, const Customer &customer,
                               const QString &shownName, const Decimal &customerBalance,
                               QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(kind)
    , m_customer(customer)
    , m_shownName(shownName)
    , m_customerBalance(customerBalance)
    , m_pages(new QStackedWidget(this))
    , m_balances(new QLabel(this))
    , m_amount(new AmountField(this))
    , m_confirmText(new QLabel(this))
    , m_status(new QLabel(this))
    , m_next(new QPushButton(tr("Next"), this))
    , m_back(new QPushButton(tr("Back"), this))
    , m_confirm(new QPushButton(this))
    , m_close(new QPushButton(tr("Close"), this))
{
    const bool allocate = kind == FundsWrites::Kind::Allocate;
    setWindowTitle(allocate ? tr("Allocate funds to the customer")
                            : tr("Reclaim the customer's balance"));
    m_confirm->setText(allocate ? tr("Allocate") : tr("Reclaim"));
    m_amount->setCurrency(session->currency());
    if (!allocate && customerBalance.isValid())
        m_amount->setMaximum(customerBalance);

    auto *entry = new QWidget(m_pages);
    auto *form = new QFormLayout(entry);
    form->addRow(tr("Customer"),
                 new QLabel(QStringLiteral("%1 (%2)").arg(shownName, customer.customerId)));
    form->addRow(QString(), m_balances);
    form->addRow(allocate ? tr("Amount to allocate") : tr("Amount to reclaim"), m_amount);
    m_pages->addWidget(entry);
    m_confirmText->setWordWrap(true);
    m_pages->addWidget(m_confirmText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pages->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_back, QDialogButtonBox::ActionRole);
    buttons->addButton(m_next, QDialogButtonBox::ActionRole);
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(buttons);

    connect(m_amount, &AmountField::amountChanged, this, &TransferDialog::updateButtons);
    connect(m_next, &QPushButton::clicked, this, &TransferDialog::showConfirmation);
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(0);
        updateButtons();
    });
    connect(m_confirm, &QPushButton::clicked, this, &TransferDialog::run);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    m_next->setDefault(true);
    updateButtons();
    loadPartnerBalance();
    AccessibleNames::watch(this);
}

QString TransferDialog::money(const Decimal &amount) const
{
    return amount.isValid() ? Money(amount, m_session->currency()).format(locale()) : tr("unknown");
}

void TransferDialog::loadPartnerBalance()
{
    m_balances->setText(tr("Customer balance: %1").arg(money(m_customerBalance)));
    if (m_kind != FundsWrites::Kind::Allocate)
        return;
    AllocatableBalance::fetch(m_session->client(), m_customer.indirectPartnerId, this,
                              [this](const Decimal &allocatable) {
                                  if (!allocatable.isValid())
                                      return; // unreadable: the server checks the amount anyway
                                  m_allocatable = allocatable;
                                  m_amount->setMaximum(m_allocatable);
                                  m_balances->setText(
                                      tr("Customer balance: %1 · Your allocatable balance: %2")
                                          .arg(money(m_customerBalance), money(m_allocatable)));
                              });
}

void TransferDialog::updateButtons()
{
    const int page = m_pages->currentIndex();
    m_next->setVisible(page == 0);
    m_next->setEnabled(m_amount->amount().has_value());
    m_back->setVisible(page == 1);
    m_confirm->setVisible(page == 1);
}

void TransferDialog::showConfirmation()
{
    const auto amount = m_amount->amount();
    if (!amount)
        return; // nothing is sent on bad input
    const Decimal after = m_customerBalance.isValid() ? (m_kind == FundsWrites::Kind::Allocate
                                                             ? m_customerBalance + *amount
                                                             : m_customerBalance - *amount)
                                                      : Decimal::invalid();
    m_confirmText->setText(
        m_kind == FundsWrites::Kind::Allocate
            ? tr("Allocate %1 from your account to %2 (%3)?\nThe customer's balance goes from "
                 "%4 to %5. This is sent once and is not repeated automatically.")
                  .arg(money(*amount), m_shownName, m_customer.customerId, money(m_customerBalance),
                       money(after))
            : tr("Reclaim %1 from %2 (%3) to your account?\nThe customer's balance goes from "
                 "%4 to %5. This is sent once and is not repeated automatically.")
                  .arg(money(*amount), m_shownName, m_customer.customerId, money(m_customerBalance),
                       money(after)));
    m_pages->setCurrentIndex(1);
    updateButtons();
    m_confirm->setFocus();
}

void TransferDialog::run()
{
    const auto amount = m_amount->amount();
    if (!amount)
        return;
    m_pages->setCurrentIndex(2);
    m_back->hide();
    m_confirm->hide();
    m_close->setEnabled(false);
    m_status->setText(tr("Sending…"));
    auto *write = new VerifiedWrite(
        m_session->writer(),
        FundsWrites::customer(m_kind, m_customer.customerId, *amount, m_customer.indirectPartnerId),
        this);
    connect(write, &VerifiedWrite::checking, this,
            [this](const WriteOutcome &o) { m_status->setText(WriteOutcomeText::checking(o)); });
    connect(write, &VerifiedWrite::finished, this, &TransferDialog::showResult);
    write->start();
}

void TransferDialog::showResult(const WriteOutcome &o)
{
    m_close->setEnabled(true);
    m_close->setText(tr("Close"));
    QString text = WriteOutcomeText::describe(o);
    if (o.kind == WriteOutcome::Kind::NotApplied && o.error.isError())
        text += u'\n' + o.error.diagnosticText();
    m_status->setText(text);
    emit transferFinished(o);
}

QString TransferDialog::resultText() const
{
    return m_status->text();
}
