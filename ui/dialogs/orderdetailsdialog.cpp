#include "dialogs/orderdetailsdialog.h"

#include "core/decimal.h"
#include "core/money.h"
#include "core/statuslabels.h"
#include "models/recordspecs.h"
#include "models/recordtablemodel.h"
#include "ops/orderdetails.h"
#include "ops/session.h"
#include "widgets/accessiblenames.h"
#include "widgets/datatableview.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QJsonArray>
#include <QLabel>
#include <QVBoxLayout>

OrderDetailsDialog::OrderDetailsDialog(Session *session, const QString &orderId,
                                       const QString &indirectPartnerId, QWidget *parent)
    : QDialog(parent)
    , m_id(orderId)
    , m_lines(new RecordTableModel(RecordSpecs::orderLines(), this))
    , m_details(new OrderDetails(session->client(), m_lines, this))
    , m_summary(new QLabel(this))
    , m_linesTitle(new QLabel(this))
    , m_table(new DataTableView(this))
{
    m_table->setSortableModel(m_lines);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lines->setCurrency(session->currency());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_linesTitle);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(860, 420);
    connect(m_details, &OrderDetails::loaded, this, [this] {
        m_loaded = true;
        const QString currency = m_details->order().value(QLatin1String("currency")).toString();
        if (!currency.isEmpty())
            m_lines->setCurrency(currency);
        m_table->resizeColumnsToContents();
        showOrder();
        emit loaded();
    });
    connect(m_details, &OrderDetails::failed, this, [this](const BssError &e) {
        m_error = e;
        showOrder();
        emit failed(e);
    });
    retranslate();
    m_details->load(orderId, indirectPartnerId);
    AccessibleNames::watch(this);
}

QString OrderDetailsDialog::summaryText() const
{
    return m_summary->text();
}

void OrderDetailsDialog::showOrder()
{
    if (m_error) {
        m_summary->setText(m_error->userMessage());
        return;
    }
    if (!m_loaded) {
        m_summary->setText(tr("Loading order %1…").arg(m_id));
        return;
    }
    const QJsonObject &o = m_details->order();
    const QString currency = o.value(QLatin1String("currency")).toString();
    auto money = [&](const QJsonValue &v) {
        const auto d = Decimal::fromJson(v);
        return d ? Money(*d, currency).format(locale()) : QStringLiteral("—");
    };
    auto time = [&](const char *field) {
        const QDateTime t =
            QDateTime::fromString(o.value(QLatin1String(field)).toString(), Qt::ISODate);
        return t.isValid() ? locale().toString(t.toLocalTime(), QLocale::ShortFormat)
                           : QStringLiteral("—");
    };
    Decimal discount = Decimal::fromMantissa(0, 2);
    const QJsonObject info = o.value(QLatin1String("amount_info")).toObject();
    for (const QJsonValue &d : info.value(QLatin1String("discounts")).toArray())
        discount += Decimal::fromJson(d[QLatin1String("discount_amount")])
                        .value_or(Decimal::fromMantissa(0, 2));
    QStringList lines;
    lines << QStringLiteral("%1 · %2 · %3")
                 .arg(o.value(QLatin1String("service_type_name")).toString(),
                      StatusLabels::orderType(o.value(QLatin1String("order_type")).toInt()),
                      StatusLabels::orderStatus(o.value(QLatin1String("status")).toInt()));
    lines << tr("Customer %1 · created %2 · paid %3")
                 .arg(o.value(QLatin1String("customer_id")).toString(), time("create_time"),
                      time("payment_time"));
    lines << tr("List price %1 · discount %2 · coupons %3 · amount %4")
                 .arg(money(o.value(QLatin1String("official_amount"))),
                      Money(discount, currency).format(locale()),
                      money(info.value(QLatin1String("coupon_amount"))),
                      money(o.value(QLatin1String("amount_after_discount"))));
    m_summary->setText(lines.join(u'\n'));
}

void OrderDetailsDialog::retranslate()
{
    setWindowTitle(tr("Order %1").arg(m_id));
    m_linesTitle->setText(tr("Line items"));
    m_table->setAccessibleName(tr("Order line items"));
    m_lines->setLocale(locale());
    showOrder();
}

void OrderDetailsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
