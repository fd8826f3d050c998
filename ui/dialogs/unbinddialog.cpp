#include "dialogs/unbinddialog.h"

#include "ops/accountchecks.h"
#include "ops/consolelinks.h"
#include "ops/consolewrites.h"
#include "ops/session.h"
#include "ops/verifiedwrite.h"
#include "ops/writeoutcometext.h"
#include "widgets/accessiblenames.h"
#include "widgets/icons.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

UnbindDialog::UnbindDialog(Session *session, const Customer &customer, const QString &shownName,
                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_customer(customer)
    , m_agree(new QCheckBox(this))
    , m_reason(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_unbind(new QPushButton(Icons::get(QStringLiteral("unbind")), QString(), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("Unbind customer"));
    auto *notices = new QLabel(this);
    notices->setWordWrap(true);
    notices->setText(
        tr("Customer: %1 (%2)").arg(shownName, customer.customerId) + QStringLiteral("\n\n") +
        tr("Before you unbind, note:") + u'\n' +
        QStringList{
            tr("• Only an administrator can unbind, once in three months for a customer, and "
               "not within three months of the customer's own latest request."),
            tr("• A frozen customer must be unfrozen first; a customer in arrears or with an "
               "unexpired reserved instance or partner support plan cannot be unbound."),
            tr("• An enterprise master account with independently accounted members cannot be "
               "unbound."),
            tr("• For an agency-sale customer, its balance returns to your account and the "
               "coupons you issued to it are reclaimed automatically."),
            tr("• The customer must confirm the request; you are told the result.")}
            .join(u'\n'));
    m_agree->setText(tr("I understand the preceding statement and agree to this operation"));
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(tr("Why the association ends (required)"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unbind->setText(session->isSandbox() ? tr("Unbind") : tr("Open in Partner Center…"));

    auto *form = new QFormLayout;
    form->addRow(tr("Reason"), m_reason);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_unbind, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(notices);
    layout->addWidget(m_agree);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_agree, &QCheckBox::toggled, this, &UnbindDialog::updateButton);
    connect(m_reason, &QLineEdit::textChanged, this, &UnbindDialog::updateButton);
    connect(m_unbind, &QPushButton::clicked, this, &UnbindDialog::run);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    updateButton();
    AccessibleNames::watch(this);
    if (session->isSandbox())
        precheck();
}

// The account check first: whether this customer can be unbound at all.
void UnbindDialog::precheck()
{
    m_check = Check::Running;
    m_status->setText(tr("Checking whether the customer can be unbound…"));
    updateButton();
    AccountChecks::unbind(
        m_session->client(), m_customer.customerId, m_customer.indirectPartnerId, this,
        [this](bool passed, const QStringList &failedItems, const BssError &error) {
            if (error.isError()) { // said; the check runs again on submitting
                m_check = Check::Unknown;
                m_status->setText(
                    tr("The account could not be checked yet: %1").arg(error.userMessage()));
            } else if (!passed) {
                m_check = Check::Blocked;
                QStringList items;
                for (const QString &item : failedItems)
                    items.append(checkItemText(item));
                m_status->setText(
                    tr("This customer cannot be unbound now: %1.").arg(items.join(tr("; "))));
                m_agree->setEnabled(false);
                m_reason->setEnabled(false);
            } else {
                m_check = Check::Passed;
                m_status->setText(tr("The account check passed: this customer can be unbound."));
            }
            updateButton();
        });
}

QString UnbindDialog::statusText() const
{
    return m_status->text();
}

void UnbindDialog::updateButton()
{
    m_unbind->setEnabled(m_agree->isChecked() && !m_reason->text().trimmed().isEmpty() &&
                         m_check != Check::Running && m_check != Check::Blocked);
}

QString UnbindDialog::checkItemText(const QString &item)
{
    if (item == u"IS_DEBT")
        return tr("the customer is in arrears");
    if (item == u"IS_FROZEN")
        return tr("the customer's account is frozen");
    if (item == u"PENDING_REQUEST")
        return tr("a request is already waiting for the customer");
    if (item == u"RECENT_REQUEST")
        return tr("a request was made in the last three months");
    return item; // unknown items verbatim
}

void UnbindDialog::run()
{
    if (!m_unbind->isEnabled())
        return;
    if (!m_session->isSandbox()) {
        // No public API: hand over to the web console, saying where to click.
        QDesktopServices::openUrl(ConsoleLinks::partnerCenter(m_session->international()));
        m_status->setText(tr("Opened the Partner Center. Go to Sales > Customers > Customer "
                             "Management, find %1 and choose More > Unbind.")
                              .arg(m_customer.customerId));
        return;
    }
    m_unbind->setEnabled(false);
    m_agree->setEnabled(false);
    m_status->setText(tr("Checking the customer's account…"));
    AccountChecks::unbind(
        m_session->client(), m_customer.customerId, m_customer.indirectPartnerId, this,
        [this](bool passed, const QStringList &failedItems, const BssError &error) {
            if (error.isError()) {
                fail(error.userMessage() + u'\n' + error.diagnosticText());
                return;
            }
            if (!passed) {
                QStringList items;
                for (const QString &item : failedItems)
                    items.append(checkItemText(item));
                fail(tr("The account check failed: %1. Resolve it and try again.")
                         .arg(items.join(QStringLiteral("; "))));
                return;
            }
            submit();
        });
}

void UnbindDialog::submit()
{
    m_status->setText(tr("Submitting the request…"));
    auto *write =
        new VerifiedWrite(m_session->writer(),
                          ConsoleWrites::unbind(m_customer.customerId, m_customer.indirectPartnerId,
                                                m_reason->text()),
                          this);
    connect(write, &VerifiedWrite::checking, this,
            [this](const WriteOutcome &o) { m_status->setText(WriteOutcomeText::checking(o)); });
    connect(write, &VerifiedWrite::finished, this, [this, write](const WriteOutcome &o) {
        write->deleteLater();
        if (o.kind != WriteOutcome::Kind::Done) {
            QString text = WriteOutcomeText::describe(o);
            if (o.kind == WriteOutcome::Kind::NotApplied && o.sent && !o.error.outcomeUnknown())
                text += u'\n' + o.error.diagnosticText();
            fail(text);
            return;
        }
        m_status->setText(
            tr("Request %1 submitted. The customer must confirm it; you will see the result "
               "in the unbind requests.")
                .arg(o.reference));
        emit submitted(o.reference);
    });
    write->start();
}

void UnbindDialog::fail(const QString &message)
{
    m_status->setText(message);
    m_agree->setEnabled(true);
    updateButton();
}
