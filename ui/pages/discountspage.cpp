#include "pages/discountspage.h"

#include "core/money.h"
#include "core/statuslabels.h"
#include "dialogs/exportdialog.h"
#include "models/customermodel.h"
#include "models/recordspecs.h"
#include "models/recordtablemodel.h"
#include "ops/discountsloader.h"
#include "ops/session.h"
#include "ops/workspace.h"
#include "widgets/choicebox.h"
#include "widgets/datatableview.h"
#include "widgets/icons.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QVBoxLayout>

DiscountsPage::DiscountsPage(Workspace *workspace, QWidget *parent)
    : Page(parent)
    , m_session(workspace->session())
    , m_breakdown(workspace->discounts().breakdown)
    , m_customers(workspace->discounts().customers)
    , m_view(new ChoiceBox(this))
    , m_reload(new QPushButton(Icons::get(QStringLiteral("refresh")), QString(), this))
    , m_summary(new QLabel(this))
    , m_latency(new QLabel(this))
    , m_customersTitle(new QLabel(this))
    , m_breakdownTable(new DataTableView(this))
    , m_customerTable(new DataTableView(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
{
    m_loader = workspace->discounts().loader;
    connect(m_loader, &DiscountsLoader::failed, this, &DiscountsPage::failed);
    connect(m_loader, &DiscountsLoader::loaded, this, [this](const QJsonObject &summary) {
        m_customerTable->resizeColumnsToContents();
        m_data = summary;
        showBreakdown();
        emit loaded();
    });
    m_breakdownTable->setSortableModel(m_breakdown);
    m_customerTable->setSortableModel(m_customers);
    m_view->addItem(QString(), false);
    m_view->addItem(QString(), true);
    m_summary->setWordWrap(true);
    m_latency->setWordWrap(true);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_view);
    bar->addWidget(m_reload);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_breakdownTable, 1);
    middle->addWidget(m_chartView, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_latency);
    layout->addLayout(middle, 1);
    layout->addWidget(m_customersTitle);
    layout->addWidget(m_customerTable, 2);
    connect(m_view, &QComboBox::currentIndexChanged, this, &DiscountsPage::showBreakdown);
    connect(m_reload, &QPushButton::clicked, this, &DiscountsPage::reload);
    retranslate();
}

void DiscountsPage::setBreakdown(bool byAssociationType)
{
    m_view->setCurrentIndex(byAssociationType ? 1 : 0);
}

void DiscountsPage::reload()
{
    m_breakdown->setCurrency(m_session->currency());
    m_customers->setCurrency(m_session->currency());
    if (m_loader->source() == DiscountsLoader::Source::None) {
        m_data = {};
        m_customers->setRecords({});
        showBreakdown();
        emit loaded();
        return;
    }
    m_loader->load();
}

void DiscountsPage::showBreakdown()
{
    const bool byType = m_view->currentData().toBool();
    QJsonArray rows;
    if (byType) {
        for (const QJsonValue &v : m_data.value(QLatin1String("by_association_type")).toArray()) {
            QJsonObject o = v.toObject();
            o.insert(QLatin1String("group"),
                     QStringLiteral("type:") +
                         o.value(QLatin1String("association_type")).toString());
            rows.append(o);
        }
    } else {
        for (const QJsonValue &v : m_data.value(QLatin1String("by_payment_method")).toArray()) {
            QJsonObject o = v.toObject();
            o.insert(QLatin1String("group"), o.value(QLatin1String("payment_method")).toString());
            rows.append(o);
        }
    }
    m_breakdown->setRecords(rows);
    m_breakdownTable->setColumnHidden(1, !byType); // payments have one amount per method
    m_breakdownTable->setColumnHidden(2, !byType);
    m_breakdownTable->resizeColumnsToContents();
    // The chart: amount paid per payment method, or discount per association type. Doubles
    // only to size the slices; the labels carry the exact amounts.
    m_chart->removeAllSeries();
    auto *series = new QPieSeries(m_chart);
    const QString currency =
        m_data.value(QLatin1String("currency")).toString(m_session->currency());
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        const QJsonValue value =
            o.value(byType ? QLatin1String("discount_amount") : QLatin1String("amount"));
        const auto d = Decimal::fromJson(value);
        if (!d || d->signum() <= 0)
            continue;
        QPieSlice *slice =
            series->append(RecordSpecs::discountGroupLabel(o.value(QLatin1String("group"))) + u' ' +
                               Money(*d, currency).format(locale()),
                           d->toString().toDouble());
        slice->setLabelVisible(false);
    }
    m_chart->addSeries(series);
    m_chart->setTitle(byType ? tr("Discount by association type") : tr("Amount by payment method"));
    m_summary->setText(summaryText());
}

QString DiscountsPage::summaryText() const
{
    if (m_loader->source() == DiscountsLoader::Source::None)
        return tr("This site has no bill sums to derive this month's discount from. In the "
                  "Partner Center, click the amount under 本月已优惠 (discount this month) on the "
                  "home page.");
    if (m_data.isEmpty())
        return tr("Loading this month's discount…");
    const QString currency = m_data.value(QLatin1String("currency")).toString();
    auto money = [&](const char *field) {
        const auto d = Decimal::fromJson(m_data.value(QLatin1String(field)));
        return d ? Money(*d, currency).format(locale()) : QStringLiteral("—");
    };
    QString text = tr("Discount this month (%1, UTC+8): %2 on a list price of %3; amount %4.")
                       .arg(m_data.value(QLatin1String("bill_cycle")).toString(),
                            money("discount_amount"), money("official_amount"), money("amount"));
    const QJsonValue consumers = m_data.value(QLatin1String("consuming_customers"));
    if (consumers.isDouble())
        text += u' ' + tr("%n customer(s) consumed this month.", nullptr, consumers.toInt());
    if (m_loader->source() == DiscountsLoader::Source::Bills)
        text += u' ' + tr("Derived from the monthly bill sums of your own customers.");
    return text;
}

void DiscountsPage::exportCurrent()
{
    ExportDialog::openFor(m_session, m_customerTable, tr("discounts this month"), this);
}

void DiscountsPage::retranslate()
{
    m_breakdownTable->setAccessibleName(tr("Discount breakdown"));
    m_customerTable->setAccessibleName(tr("Discounts by customer"));
    m_view->setItemText(0, tr("By payment method"));
    m_view->setItemText(1, tr("By association type"));
    m_reload->setText(tr("Refresh"));
    m_latency->setText(tr("Data up to 24:00 yesterday (UTC+8), refreshed around 16:00; today's "
                          "usage appears tomorrow."));
    m_customersTitle->setText(tr("Per customer, largest discount first"));
    m_breakdown->setLocale(locale());
    m_customers->setLocale(locale());
    showBreakdown();
}

void DiscountsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
