#include "pages/pricingpage.h"

#include "core/money.h"
#include "core/statuslabels.h"
#include "ops/pricingloader.h"
#include "ops/session.h"
#include "ops/workspace.h"
#include "widgets/choicebox.h"
#include "widgets/contrastcolors.h"
#include "widgets/icons.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum LineColumn { ProductCol, SpecCol, SizeCol, QuantityCol, LineColumns };

// The code a box stands for: the chosen item's (its text is "code · what it is"), or what the
// user typed (any code the site knows).
QString codeOf(const QComboBox *box)
{
    const int i = box->findText(box->currentText());
    if (i >= 0 && box->itemData(i).isValid())
        return box->itemData(i).toString();
    return box->currentText().trimmed();
}
const PriceInquiry::Product kProducts[] = {PriceInquiry::Product::Ecs, PriceInquiry::Product::Evs,
                                           PriceInquiry::Product::Bandwidth,
                                           PriceInquiry::Product::Eip};
} // namespace

PricingPage::PricingPage(Workspace *workspace, QWidget *parent)
    : Page(parent)
    , m_session(workspace->session())
    , m_note(new QLabel(this))
    , m_projectLabel(new QLabel(this))
    , m_regionLabel(new QLabel(this))
    , m_billingLabel(new QLabel(this))
    , m_project(new QLineEdit(this))
    , m_region(new ChoiceBox(this))
    , m_resourcesLabel(new QLabel(this))
    , m_resources(new QLineEdit(this))
    , m_mode(new ChoiceBox(this))
    , m_count(new QSpinBox(this))
    , m_unit(new ChoiceBox(this))
    , m_lines(new QTableWidget(0, LineColumns, this))
    , m_add(new QPushButton(Icons::get(QStringLiteral("add")), QString(), this))
    , m_remove(new QPushButton(Icons::get(QStringLiteral("cancel")), QString(), this))
    , m_price(new QPushButton(Icons::get(QStringLiteral("pricing")), QString(), this))
    , m_problem(new QLabel(this))
    , m_results(new QTableWidget(0, 5, this))
    , m_total(new QLabel(this))
{
    m_loader = workspace->pricing();
    connect(m_loader, &PricingLoader::quoted, this, &PricingPage::showAnswer);
    connect(m_loader, &PricingLoader::failed, this, &PricingPage::showFailure);
    m_note->setWordWrap(true);
    ContrastColors::paintAsSecondary(m_note);
    m_region->setEditable(true);
    m_mode->addItem(QString(), 0); // on demand
    m_mode->addItem(QString(), 1); // yearly / monthly
    m_mode->addItem(QString(), 2); // renewal of existing resources
    m_count->setRange(1, 8784);
    m_count->setValue(1);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setStretchLastSection(true); // fits; scrolls rather than clips
    m_lines->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_results->verticalHeader()->hide();
    ContrastColors::paintAsError(m_problem);
    m_problem->setWordWrap(true);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(m_projectLabel, m_project);
    form->addRow(m_regionLabel, m_region);
    auto *period = new QHBoxLayout;
    period->addWidget(m_mode);
    period->addWidget(m_count);
    period->addWidget(m_unit);
    period->addStretch(1);
    form->addRow(m_billingLabel, period);
    form->addRow(m_resourcesLabel, m_resources);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_price);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(form);
    layout->addWidget(m_lines, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_total);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &PricingPage::updateUnits);
    connect(m_add, &QPushButton::clicked, this,
            [this] { addLine(PriceInquiry::Product::Ecs, QString(), 0, 1); });
    connect(m_remove, &QPushButton::clicked, this, &PricingPage::removeSelectedLines);
    connect(m_price, &QPushButton::clicked, this, &PricingPage::price);
    connect(m_session, &Session::ready, this, &PricingPage::fillRegions);
    if (m_session->isReady()) // built after the session came up (pages are built lazily)
        fillRegions();
    // A typical first inquiry: a VM with a system disk and bandwidth.
    addLine(PriceInquiry::Product::Ecs, QStringLiteral("s6.small.1.linux"), 0, 1);
    addLine(PriceInquiry::Product::Evs, QStringLiteral("SAS"), 40, 1);
    addLine(PriceInquiry::Product::Bandwidth, QStringLiteral("19_bgp"), 5, 1);
    retranslate();
}

// A flavour or type as the console describes it, with its code: "s6.large.2 · 2 vCPUs, 4 GiB ·
// Linux", "SAS · High I/O", "19_bgp · Dynamic BGP".
QString PricingPage::specLabel(int product, const QString &code)
{
    switch (PriceInquiry::Product(product)) {
    case PriceInquiry::Product::Ecs: {
        // family.size.ratio.os: vCPUs by size, memory = vCPUs × ratio GiB
        const QStringList parts = code.split(u'.');
        static const QHash<QString, int> cpus = {
            {QStringLiteral("small"), 1},   {QStringLiteral("medium"), 1},
            {QStringLiteral("large"), 2},   {QStringLiteral("xlarge"), 4},
            {QStringLiteral("2xlarge"), 8}, {QStringLiteral("4xlarge"), 16}};
        bool ok = false;
        const int ratio = parts.size() == 4 ? parts.at(2).toInt(&ok) : 0;
        if (!ok || !cpus.contains(parts.at(1)))
            return code;
        const int n = cpus.value(parts.at(1));
        const QString os = parts.at(3) == u"win" ? tr("Windows") : tr("Linux");
        return tr("%1 · %n vCPU(s), %2 GiB · %3", nullptr, n)
            .arg(parts.mid(0, 3).join(u'.'))
            .arg(n * ratio)
            .arg(os);
    }
    case PriceInquiry::Product::Evs: {
        static const QHash<QString, const char *> names = {
            {QStringLiteral("SATA"), QT_TR_NOOP("Common I/O")},
            {QStringLiteral("SAS"), QT_TR_NOOP("High I/O")},
            {QStringLiteral("GPSSD"), QT_TR_NOOP("General Purpose SSD")},
            {QStringLiteral("SSD"), QT_TR_NOOP("Ultra-high I/O")}};
        return names.contains(code) ? code + QStringLiteral(" · ") + tr(names.value(code)) : code;
    }
    case PriceInquiry::Product::Bandwidth:
    case PriceInquiry::Product::Eip:
        if (code.endsWith(u"_sbgp"))
            return code + QStringLiteral(" · ") + tr("Static BGP");
        if (code.endsWith(u"_bgp"))
            return code + QStringLiteral(" · ") + tr("Dynamic BGP");
        return code;
    }
    return code;
}

void PricingPage::fillRegions()
{
    const QString current = codeOf(m_region);
    m_region->clear();
    for (const QString &code : PriceInquiry::commonRegions(m_session->international()))
        m_region->addItem(StatusLabels::region(code) + QStringLiteral(" · ") + code, code);
    const int i = m_region->findData(current);
    if (i >= 0)
        m_region->setCurrentIndex(i);
    else if (!current.isEmpty())
        m_region->setCurrentText(current);
}

void PricingPage::addLine(PriceInquiry::Product product, const QString &spec, int size,
                          int quantity)
{
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);
    auto *type = new ChoiceBox(m_lines);
    for (PriceInquiry::Product p : kProducts)
        type->addItem(QString(), int(p));
    auto *specBox = new ChoiceBox(m_lines);
    specBox->setEditable(true);
    auto *sizeBox = new QSpinBox(m_lines);
    sizeBox->setRange(0, 32768);
    auto *count = new QSpinBox(m_lines);
    count->setRange(1, 10000);
    count->setValue(quantity);
    auto fillSpecs = [type, specBox, sizeBox] {
        const auto p = PriceInquiry::Product(type->currentData().toInt());
        specBox->clear();
        for (const QString &code : PriceInquiry::commonSpecs(p))
            specBox->addItem(specLabel(int(p), code), code);
        sizeBox->setEnabled(PriceInquiry::isLinear(p));
        sizeBox->setSuffix(p == PriceInquiry::Product::Evs         ? QStringLiteral(" GB")
                           : p == PriceInquiry::Product::Bandwidth ? QStringLiteral(" Mbit/s")
                                                                   : QString());
    };
    connect(type, &QComboBox::currentIndexChanged, specBox, fillSpecs);
    type->setCurrentIndex(type->findData(int(product)));
    fillSpecs();
    if (!spec.isEmpty() && specBox->findData(spec) >= 0)
        specBox->setCurrentIndex(specBox->findData(spec));
    else if (!spec.isEmpty())
        specBox->setCurrentText(spec);
    sizeBox->setValue(size);
    m_lines->setCellWidget(row, ProductCol, type);
    m_lines->setCellWidget(row, SpecCol, specBox);
    m_lines->setCellWidget(row, SizeCol, sizeBox);
    m_lines->setCellWidget(row, QuantityCol, count);
    auto *id = new QTableWidgetItem(QString::number(m_nextId++));
    m_lines->setVerticalHeaderItem(row, id);
    retranslate(); // the new row's product names
}

void PricingPage::removeSelectedLines()
{
    QList<int> rows;
    for (const QModelIndex &i : m_lines->selectionModel()->selectedRows())
        rows.append(i.row());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int r : rows)
        m_lines->removeRow(r);
}

PriceInquiry::Request PricingPage::request() const
{
    PriceInquiry::Request r;
    r.projectId = m_project->text().trimmed();
    r.region = codeOf(m_region);
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        PriceInquiry::Line l;
        l.id = m_lines->verticalHeaderItem(row)->text();
        l.product = PriceInquiry::Product(
            static_cast<QComboBox *>(m_lines->cellWidget(row, ProductCol))->currentData().toInt());
        l.spec = codeOf(static_cast<QComboBox *>(m_lines->cellWidget(row, SpecCol)));
        l.size = static_cast<QSpinBox *>(m_lines->cellWidget(row, SizeCol))->value();
        l.quantity = static_cast<QSpinBox *>(m_lines->cellWidget(row, QuantityCol))->value();
        r.lines.append(l);
    }
    return r;
}

ApiRequest PricingPage::buildRequest(QString *problem) const
{
    const PriceInquiry::Request req = request();
    const int mode = m_mode->currentData().toInt();
    const auto unit = PriceInquiry::Period(m_unit->currentData().toInt());
    if (mode == 0)
        return PriceInquiry::onDemand(req, m_count->value(), problem);
    if (mode == 1)
        return PriceInquiry::period(req, unit, m_count->value(), problem);
    return PriceInquiry::renewal(
        m_resources->text().split(QRegularExpression(QStringLiteral("[\\s,;，；]+")),
                                  Qt::SkipEmptyParts),
        unit, m_count->value(), problem);
}

void PricingPage::setProblem(std::function<QString()> text)
{
    m_problemText = std::move(text);
    m_problem->setText(m_problemText ? m_problemText() : QString());
}

void PricingPage::reload()
{
    if (!m_results->rowCount()) {
        emit loaded(); // nothing priced yet: nothing to read, the page is ready
        return;
    }
    price();
}

bool PricingPage::focus(const QString &what, const QVariant &value)
{
    if (what != u"renewal")
        return false;
    const int renewal = m_mode->findData(2);
    if (renewal < 0)
        return false;
    m_mode->setCurrentIndex(renewal);
    m_resources->setText(value.toStringList().join(QStringLiteral(", ")));
    price();
    return true;
}

void PricingPage::price()
{
    const int mode = m_mode->currentData().toInt();
    QString problem;
    const ApiRequest r = buildRequest(&problem);
    if (!problem.isEmpty()) {
        setProblem([this] {
            QString now;
            buildRequest(&now);
            return now;
        });
        return; // nothing is sent on bad input
    }
    setProblem(nullptr);
    m_price->setEnabled(false);
    m_loader->quote(mode == 0   ? PricingLoader::Mode::OnDemand
                    : mode == 1 ? PricingLoader::Mode::Period
                                : PricingLoader::Mode::Renewal,
                    r);
}

void PricingPage::showAnswer(const PriceInquiry::Quote &quote)
{
    m_price->setEnabled(true);
    showQuote(quote);
    setProblem([failures = quote.failed] {
        QStringList failed;
        for (const PriceInquiry::Failure &f : failures)
            failed << tr("%1 could not be priced: %2 %3").arg(f.id, f.code, f.message);
        return failed.join(u'\n');
    });
    emit priced();
}

void PricingPage::showFailure(const BssError &error)
{
    m_price->setEnabled(true);
    setProblem([error] { return error.userMessage(); });
    emit failed(error);
}

QString PricingPage::money(const Decimal &amount, const QString &currency) const
{
    return Money(amount, currency).format(locale()); // every decimal the API returned
}

void PricingPage::showQuote(const PriceInquiry::Quote &q)
{
    const PriceInquiry::Request req = request();
    m_results->setRowCount(int(q.lines.size()));
    for (int r = 0; r < q.lines.size(); ++r) {
        const PriceInquiry::LineResult &l = q.lines.at(r);
        QString what = l.id;
        for (const PriceInquiry::Line &in : req.lines) {
            if (in.id == l.id)
                what =
                    in.size > 0
                        ? QStringLiteral("%1 × %2 (%3)").arg(in.quantity).arg(in.spec).arg(in.size)
                        : QStringLiteral("%1 × %2").arg(in.quantity).arg(in.spec);
        }
        const QString cells[] = {l.id, what + QStringLiteral("  ") + l.productId,
                                 money(l.official, q.currency), money(l.discount, q.currency),
                                 money(l.amount, q.currency)};
        for (int c = 0; c < 5; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_results->setItem(r, c, item);
        }
    }
    m_results->resizeColumnsToContents();
    // What the price is for: the hours of use, or the months/years/days bought or renewed.
    m_total->setText(
        tr("List price %1 · discount %2 · amount %3%4 · for %5 %6")
            .arg(money(q.official, q.currency), money(q.discount, q.currency),
                 money(q.amount, q.currency),
                 q.discountName.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(q.discountName))
            .arg(m_count->value())
            .arg(m_unit->currentText()));
}

QString PricingPage::problemText() const
{
    return m_problem->text();
}

QString PricingPage::totalText() const
{
    return m_total->text();
}

void PricingPage::updateUnits()
{
    // Pay-per-use is priced in hours; a subscription in months, years or days; a renewal in
    // months or years of existing resources, named by their IDs instead of product lines.
    const int mode = m_mode->currentData().toInt();
    const QVariant unit = m_unit->currentData();
    m_unit->clear();
    if (mode == 0) {
        m_unit->addItem(tr("hours"), int(PriceInquiry::Period::Hour));
    } else {
        m_unit->addItem(tr("months"), int(PriceInquiry::Period::Month));
        m_unit->addItem(tr("years"), int(PriceInquiry::Period::Year));
        if (mode == 1)
            m_unit->addItem(tr("days"), int(PriceInquiry::Period::Day));
    }
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(unit)));
    m_unit->setEnabled(mode != 0);
    const bool renewal = mode == 2;
    for (QWidget *w : std::initializer_list<QWidget *>{m_lines, m_add, m_remove, m_project,
                                                       m_projectLabel, m_region, m_regionLabel})
        w->setVisible(!renewal);
    m_resources->setVisible(renewal);
    m_resourcesLabel->setVisible(renewal);
}

void PricingPage::retranslate()
{
    m_count->setAccessibleName(tr("Duration"));
    m_lines->setAccessibleName(tr("Products to price"));
    m_results->setAccessibleName(tr("Prices"));
    if (m_problemText)
        m_problem->setText(m_problemText());
    m_note->setText(tr("Prices come from the rating APIs. On the real sites they need the "
                       "customer's project in that region and a token from the customer's "
                       "agency authorization; the sandbox prices any project (V3+ customers get "
                       "their discounts)."));
    m_projectLabel->setText(tr("Project ID"));
    m_regionLabel->setText(tr("Region"));
    m_billingLabel->setText(tr("Billing"));
    m_mode->setItemText(0, tr("Pay-per-use"));
    m_mode->setItemText(1, tr("Yearly/Monthly"));
    m_mode->setItemText(2, tr("Renewal"));
    m_resourcesLabel->setText(tr("Resource IDs"));
    m_resources->setPlaceholderText(
        tr("Up to 10 IDs of yearly/monthly resources, separated by spaces or commas"));
    m_lines->setHorizontalHeaderLabels(
        {tr("Product"), tr("Flavour or type"), tr("Size"), tr("Quantity")});
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        auto *type = static_cast<QComboBox *>(m_lines->cellWidget(row, ProductCol));
        type->setItemText(0, tr("ECS"));
        type->setItemText(1, tr("EVS disk"));
        type->setItemText(2, tr("Bandwidth"));
        type->setItemText(3, tr("EIP"));
        auto *spec = static_cast<QComboBox *>(m_lines->cellWidget(row, SpecCol));
        for (int i = 0; i < spec->count(); ++i)
            spec->setItemText(i,
                              specLabel(type->currentData().toInt(), spec->itemData(i).toString()));
    }
    fillRegions(); // the regions' names in the new language
    m_results->setHorizontalHeaderLabels(
        {tr("Line"), tr("Product"), tr("List price"), tr("Discount"), tr("Amount")});
    m_add->setText(tr("Add line"));
    m_remove->setText(tr("Remove selected"));
    m_price->setText(tr("Get price"));
    m_project->setPlaceholderText(tr("The customer's project ID in that region"));
    updateUnits();
}

void PricingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange) {
        ContrastColors::paintAsError(m_problem);
        ContrastColors::paintAsSecondary(m_note);
    }
    QWidget::changeEvent(event);
}
