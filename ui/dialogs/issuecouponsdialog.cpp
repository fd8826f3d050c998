#include "dialogs/issuecouponsdialog.h"

#include "core/masking.h"
#include "core/money.h"
#include "dialogs/batchdialogframe.h"
#include "models/batchrunner.h"
#include "ops/batchwrites.h"
#include "ops/session.h"
#include "widgets/accessiblenames.h"
#include "widgets/amountfield.h"
#include "widgets/batchresultpanel.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStackedWidget>

IssueCouponsDialog::IssueCouponsDialog(Session *session, const QuotaModel::Quota &quota,
                                       std::function<QStringList()> selectedCustomers,
                                       std::function<QString(const QString &)> nameOf,
                                       bool customersLoaded, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_quota(quota)
    , m_nameOf(std::move(nameOf))
    , m_customersLoaded(customersLoaded)
    , m_pages(new QStackedWidget(this))
    , m_face(new AmountField(this))
    , m_customers(new QPlainTextEdit(this))
    , m_preview(new QLabel(this))
    , m_confirm(new QPushButton(tr("Issue"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("Issue coupons from quota %1").arg(quota.quotaId));
    resize(700, 480);
    const QString currency = session->currency();
    m_face->setCurrency(currency);
    m_face->setMaximum(quota.balance);
    m_customers->setPlaceholderText(tr("Customer IDs, one per line"));
    m_preview->setWordWrap(true);
    auto *take = new QPushButton(tr("Add the customers selected on the Customers page"), this);
    auto *entry = new QWidget(m_pages);
    auto *form = new QFormLayout(entry);
    form->addRow(
        tr("Quota"),
        new QLabel(
            tr("%1 · remaining %2 · valid %3 to %4")
                .arg(quota.quotaId, Money(quota.balance, currency).format(locale()),
                     locale().toString(quota.effective.toLocalTime().date(), QLocale::ShortFormat),
                     locale().toString(quota.expires.toLocalTime().date(), QLocale::ShortFormat)),
            entry));
    form->addRow(tr("Face value"), m_face);
    form->addRow(tr("Customers"), m_customers);
    form->addRow(QString(), take);
    form->addRow(m_preview);
    m_pages->addWidget(entry);
    m_frame = new BatchDialogFrame(this, m_pages, m_confirm, m_close);
    connect(m_frame, &BatchDialogFrame::finished, this, &IssueCouponsDialog::batchFinished);
    connect(take, &QPushButton::clicked, this, [this, selectedCustomers] {
        QStringList ids = customerIds();
        for (const QString &id : selectedCustomers()) {
            if (!ids.contains(id))
                ids.append(id);
        }
        m_customers->setPlainText(ids.join(u'\n'));
    });
    connect(m_face, &AmountField::amountChanged, this, &IssueCouponsDialog::updatePreview);
    connect(m_customers, &QPlainTextEdit::textChanged, this, &IssueCouponsDialog::updatePreview);
    connect(m_confirm, &QPushButton::clicked, this, &IssueCouponsDialog::run);
    updatePreview();
    AccessibleNames::watch(this);
}

QStringList IssueCouponsDialog::customerIds() const
{
    QStringList ids;
    const auto parts = m_customers->toPlainText().split(
        QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        if (!ids.contains(p))
            ids.append(p);
    }
    return ids;
}

QString IssueCouponsDialog::shownName(const QString &id) const
{
    const QString name = m_nameOf ? m_nameOf(id) : QString();
    return name.isEmpty() ? QString() : Masking::mask(name, Masking::Kind::Name);
}

QString IssueCouponsDialog::previewText() const
{
    return m_preview->text();
}

void IssueCouponsDialog::updatePreview()
{
    const auto face = m_face->amount();
    const QStringList ids = customerIds();
    QString problem;
    for (const QString &id : ids) {
        if (id.size() > 64)
            problem = tr("“%1” is not a customer ID (at most 64 characters).").arg(id.left(20));
    }
    // With the customer list loaded, every ID must be one of the partner's customers (a typo is
    // caught here, not as a refusal per coupon).
    QStringList unknown;
    QStringList named;
    for (const QString &id : ids) {
        const QString name = shownName(id);
        if (name.isEmpty())
            unknown.append(id);
        else
            named.append(tr("%1 (%2)", "customer name (customer ID)").arg(name, id));
    }
    if (problem.isEmpty() && m_customersLoaded && !unknown.isEmpty())
        problem = tr("%n ID(s) are not among your customers: %1. Check them, or refresh the "
                     "Customers page.",
                     nullptr, int(unknown.size()))
                      .arg(locale().createSeparatedList(unknown.mid(0, 5)) +
                           (unknown.size() > 5 ? tr(" …") : QString()));
    if (m_quota.status != 0)
        problem = tr("This quota cannot be used for issuing now.");
    const Decimal total = face ? *face * ids.size() : Decimal::invalid();
    if (problem.isEmpty() && total.isValid() && total > m_quota.balance)
        problem = tr("%n coupon(s) need %1, more than the quota's remaining %2.", nullptr,
                     int(ids.size()))
                      .arg(Money(total, m_session->currency()).format(locale()),
                           Money(m_quota.balance, m_session->currency()).format(locale()));
    if (!problem.isEmpty())
        m_preview->setText(problem);
    else if (face && !ids.isEmpty())
        m_preview->setText(
            tr("%n coupon(s) of %1, %2 in all, from quota %3.", nullptr, int(ids.size()))
                .arg(Money(*face, m_session->currency()).format(locale()),
                     Money(total, m_session->currency()).format(locale()), m_quota.quotaId) +
            (named.isEmpty()
                 ? QString()
                 : u'\n' + tr("To: %1").arg(locale().createSeparatedList(named.mid(0, 8)) +
                                            (named.size() > 8 ? tr(" …") : QString()))));
    else
        m_preview->setText(tr("Enter the face value and the customers."));
    m_confirm->setEnabled(problem.isEmpty() && face.has_value() && !ids.isEmpty());
}

void IssueCouponsDialog::run()
{
    const auto face = m_face->amount();
    const QStringList ids = customerIds();
    if (!face || ids.isEmpty())
        return; // nothing is sent on bad input
    CouponWrites::Issue o;
    o.quotaId = m_quota.quotaId;
    o.faceValue = *face;
    m_runner = new BatchRunner(BatchWrites::couponIssue(m_session->writer(), o), this);
    m_runner->setCurrency(m_session->currency());
    m_runner->setConcurrency(4);
    QList<BatchRunner::Item> items;
    for (const QString &id : ids)
        items.append({id, shownName(id), *face, QString()});
    m_runner->setItems(items);
    m_panel = new BatchResultPanel(m_runner, m_session, this);
    m_frame->run(m_runner, m_panel);
}
