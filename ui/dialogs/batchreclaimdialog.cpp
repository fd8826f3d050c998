#include "dialogs/batchreclaimdialog.h"

#include "core/money.h"
#include "core/statuslabels.h"
#include "dialogs/batchdialogframe.h"
#include "models/batchrunner.h"
#include "ops/batchwrites.h"
#include "ops/session.h"
#include "widgets/accessiblenames.h"
#include "widgets/batchresultpanel.h"
#include "widgets/previewtable.h"

#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

BatchReclaimDialog::BatchReclaimDialog(Session *session, const QList<Target> &targets,
                                       QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_targets(targets)
    , m_pages(new QStackedWidget(this))
    , m_preview(new QLabel(this))
    , m_perCustomer(new PreviewTable(0, {tr("Customer"), tr("Coupons"), tr("To reclaim")}, this))
    , m_skipped(new PreviewTable(0, {tr("Coupon ID"), tr("Customer"), tr("Skipped because")}, this))
    , m_confirm(new QPushButton(tr("Reclaim"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_runner(new BatchRunner(BatchWrites::couponReclaim(session->writer()), this))
    , m_panel(new BatchResultPanel(m_runner, session, this))
{
    setWindowTitle(tr("Reclaim coupons"));
    resize(780, 520);
    m_runner->setCurrency(session->currency());
    m_runner->setConcurrency(4); // the client's pacer keeps the calls under the gateway's rate
    const QString currency = session->currency();
    auto money = [this, currency](const Decimal &d) { return Money(d, currency).format(locale()); };
    // Only usable coupons can be reclaimed, and always with their whole balance.
    QMap<QString, QPair<int, Decimal>> perCustomer;
    QMap<QString, QString> labels;
    Decimal total = Decimal::fromMantissa(0, 2);
    QList<BatchRunner::Item> items;
    QList<QPair<BatchRunner::Item, QString>> ruledOut; // listed in the result as skipped
    for (const Target &t : targets) {
        const QString who = QStringLiteral("%1 (%2)").arg(t.customerLabel, t.coupon.customerId);
        if (t.coupon.status != 2) {
            const QString why = StatusLabels::couponStatus(t.coupon.status);
            m_skipped->appendRow({t.coupon.couponId, who, why});
            ruledOut.append({{t.coupon.couponId, who, t.coupon.balance, t.indirectPartnerId},
                             tr("Not usable: %1").arg(why)});
            continue;
        }
        auto &p = perCustomer[t.coupon.customerId];
        p.first += 1;
        p.second += t.coupon.balance; // a default Decimal is an exact 0
        labels[t.coupon.customerId] = who;
        total += t.coupon.balance;
        items.append({t.coupon.couponId, who, t.coupon.balance, t.indirectPartnerId});
    }
    for (auto it = perCustomer.cbegin(); it != perCustomer.cend(); ++it)
        m_perCustomer->appendRow(
            {labels.value(it.key()), QString::number(it->first), money(it->second)});
    const int toReclaim = int(items.size());
    for (const auto &[item, why] : std::as_const(ruledOut))
        items.append(item);
    m_runner->setItems(items);
    for (int i = 0; i < ruledOut.size(); ++i)
        m_runner->skipItem(toReclaim + i, ruledOut.at(i).second);
    m_preview->setWordWrap(true);
    m_preview->setText(tr("%n coupon(s) will be reclaimed, %1 in all, from %2 customer(s). "
                          "%3 selected coupon(s) are skipped: only usable coupons can be "
                          "reclaimed, always with their whole balance.",
                          nullptr, toReclaim)
                           .arg(money(total))
                           .arg(perCustomer.size())
                           .arg(m_skipped->rowCount()));
    auto *preview = new QWidget(m_pages);
    auto *pl = new QVBoxLayout(preview);
    pl->addWidget(m_preview);
    pl->addWidget(m_perCustomer, 2);
    pl->addWidget(new QLabel(tr("Skipped"), preview));
    pl->addWidget(m_skipped, 1);
    m_pages->addWidget(preview);
    m_pages->addWidget(m_panel);
    m_frame = new BatchDialogFrame(this, m_pages, m_confirm, m_close);
    connect(m_frame, &BatchDialogFrame::finished, this, &BatchReclaimDialog::batchFinished);
    m_confirm->setEnabled(toReclaim > 0);
    connect(m_confirm, &QPushButton::clicked, this, &BatchReclaimDialog::run);
    AccessibleNames::watch(this);
}

QString BatchReclaimDialog::previewText() const
{
    return m_preview->text();
}

void BatchReclaimDialog::run()
{
    m_frame->run(m_runner, m_panel);
}
