#include "dialogs/resellerquotadialog.h"

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
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

ResellerQuotaDialog::ResellerQuotaDialog(Session *session, const QuotaModel::Quota &parent,
                                         const QList<Reseller> &resellers, QWidget *parentWidget)
    : QDialog(parentWidget)
    , m_session(session)
    , m_parent(parent)
    , m_issue(true)
    , m_pages(new QStackedWidget(this))
    , m_amount(new AmountField(this))
    , m_resellers(new QListWidget(this))
    , m_preview(new QLabel(this))
    , m_confirm(new QPushButton(tr("Issue"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_runner(
          new BatchRunner(BatchWrites::resellerQuotaIssue(session->writer(), parent.quotaId), this))
    , m_panel(new BatchResultPanel(m_runner, session, this))
{
    setWindowTitle(tr("Issue coupon quota %1 to resellers").arg(parent.quotaId));
    m_amount->setCurrency(session->currency());
    for (const Reseller &r : resellers) {
        auto *item = new QListWidgetItem(r.label, m_resellers);
        item->setData(Qt::UserRole, r.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto *entry = new QWidget(m_pages);
    auto *form = new QFormLayout(entry);
    form->addRow(tr("Amount for each reseller"), m_amount);
    form->addRow(tr("Resellers"), m_resellers);
    build(entry);
    connect(m_amount, &AmountField::amountChanged, this, &ResellerQuotaDialog::updatePreview);
    connect(m_resellers, &QListWidget::itemChanged, this, &ResellerQuotaDialog::updatePreview);
    updatePreview();
    AccessibleNames::watch(this);
}

ResellerQuotaDialog::ResellerQuotaDialog(Session *session, const QList<QuotaModel::Quota> &reclaim,
                                         QWidget *parentWidget)
    : QDialog(parentWidget)
    , m_session(session)
    , m_reclaim(reclaim)
    , m_issue(false)
    , m_pages(new QStackedWidget(this))
    , m_preview(new QLabel(this))
    , m_confirm(new QPushButton(tr("Reclaim"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_runner(new BatchRunner(BatchWrites::resellerQuotaReclaim(session->writer()), this))
    , m_panel(new BatchResultPanel(m_runner, session, this))
{
    setWindowTitle(tr("Reclaim resellers' coupon quotas"));
    build(new QWidget(m_pages));
    updatePreview();
    AccessibleNames::watch(this);
}

void ResellerQuotaDialog::build(QWidget *entry)
{
    resize(640, 440);
    m_runner->setCurrency(m_session->currency());
    m_runner->setConcurrency(2);
    m_preview->setWordWrap(true);
    auto *page = new QWidget(m_pages);
    auto *pl = new QVBoxLayout(page);
    pl->addWidget(entry, 1);
    pl->addWidget(m_preview);
    m_pages->addWidget(page);
    m_pages->addWidget(m_panel);
    m_frame = new BatchDialogFrame(this, m_pages, m_confirm, m_close);
    connect(m_frame, &BatchDialogFrame::finished, this, &ResellerQuotaDialog::batchFinished);
    connect(m_confirm, &QPushButton::clicked, this, &ResellerQuotaDialog::run);
}

QString ResellerQuotaDialog::previewText() const
{
    return m_preview->text();
}

void ResellerQuotaDialog::updatePreview()
{
    auto money = [this](const Decimal &d) {
        return Money(d, m_session->currency()).format(locale());
    };
    QList<BatchRunner::Item> items;
    if (m_issue) {
        const auto amount = m_amount->amount();
        for (int i = 0; i < m_resellers->count(); ++i) {
            QListWidgetItem *it = m_resellers->item(i);
            if (it->checkState() == Qt::Checked && amount)
                items.append({it->data(Qt::UserRole).toString(), it->text(), *amount, QString()});
        }
        const Decimal total = amount ? *amount * items.size() : Decimal::invalid();
        const bool tooMuch = total.isValid() && total > m_parent.balance;
        m_preview->setText(
            !amount || items.isEmpty()
                ? tr("Enter the amount and tick the resellers.")
                : tr("%n reseller(s) get %1 each, %2 in all, from the remaining %3.%4", nullptr,
                     int(items.size()))
                      .arg(money(*amount), money(total), money(m_parent.balance),
                           tooMuch ? u' ' + tr("That is more than the quota has left.")
                                   : QString()));
        m_confirm->setEnabled(!items.isEmpty() && !tooMuch && m_parent.status == 0);
    } else {
        Decimal total = Decimal::fromMantissa(0, 2);
        for (const QuotaModel::Quota &q : std::as_const(m_reclaim)) {
            if (q.status != 0)
                continue; // only a quota in use can be reclaimed
            items.append({q.quotaId, q.resellerId, q.balance, QString()});
            total += q.balance;
        }
        m_preview->setText(tr("%n quota(s) reclaimed, %1 of unused balance returns to your "
                              "quotas. %2 selected quota(s) cannot be reclaimed (not in use).",
                              nullptr, int(items.size()))
                               .arg(money(total))
                               .arg(m_reclaim.size() - items.size()));
        m_confirm->setEnabled(!items.isEmpty());
    }
    m_runner->setItems(items);
}

void ResellerQuotaDialog::run()
{
    if (m_runner->rowCount() == 0)
        return;
    m_frame->run(m_runner, m_panel);
}
