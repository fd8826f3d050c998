#include "pages/perioddiffpanel.h"

#include "core/billperiod.h"
#include "core/money.h"
#include "core/statuslabels.h"
#include "dialogs/exportdialog.h"
#include "models/recordfilterproxy.h"
#include "models/recordspecs.h"
#include "models/recordtablemodel.h"
#include "ops/session.h"
#include "ops/settlementloader.h"
#include "widgets/choicebox.h"
#include "widgets/datatableview.h"
#include "widgets/flowlayout.h"
#include "widgets/icons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

PeriodDiffPanel::PeriodDiffPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new RecordTableModel(RecordSpecs::settlementDiff(), this))
    , m_proxy(new RecordFilterProxy(this))
    , m_source(new ChoiceBox(this))
    , m_from(new ChoiceBox(this))
    , m_to(new ChoiceBox(this))
    , m_kind(new ChoiceBox(this))
    , m_changesOnly(new QCheckBox(this))
    , m_compare(new QPushButton(Icons::get(QStringLiteral("compare")), QString(), this))
    , m_export(new QPushButton(Icons::get(QStringLiteral("export")), QString(), this))
    , m_fromLabel(new QLabel(this))
    , m_toLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_table(new DataTableView(this))
    , m_fromLoader(new SettlementLoader(session->client(), this))
    , m_toLoader(new SettlementLoader(session->client(), this))
{
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_source->addItem(QString(), false);
    m_source->addItem(QString(), true);
    m_kind->addItem(QString(), QString());
    m_kind->addItem(QString(), QStringLiteral("non_general"));
    m_kind->addItem(QString(), QStringLiteral("general"));
    fillPeriods(BillPeriod::recent(13));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bar = new FlowLayout; // wraps rather than widening the page
    bar->addWidget(m_source);
    bar->addTogether({m_fromLabel, m_from});
    bar->addTogether({m_toLabel, m_to});
    bar->addWidget(m_kind);
    bar->addWidget(m_compare);
    bar->addWidget(m_changesOnly);
    bar->addWidget(m_export);
    // The table's context menu offers the page's actions on the selected rows.
    m_table->addRowAction(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    connect(m_compare, &QPushButton::clicked, this, &PeriodDiffPanel::compare);
    connect(m_export, &QPushButton::clicked, this, &PeriodDiffPanel::exportDiff);
    connect(m_changesOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setFieldIn(QStringLiteral("change"),
                            on ? QStringList{QStringLiteral("new"), QStringLiteral("gone"),
                                             QStringLiteral("changed")}
                               : QStringList());
    });
    connect(m_source, &QComboBox::currentIndexChanged, this, &PeriodDiffPanel::refillPeriods);
    for (SettlementLoader *loader : {m_fromLoader, m_toLoader}) {
        connect(loader, &SettlementLoader::finished, this, [this](const BssError &e) {
            if (m_failed)
                return;
            if (e.isError()) {
                m_failed = true;
                m_compare->setEnabled(true);
                m_summary->setText(e.userMessage());
                emit failed(e);
                return;
            }
            if (--m_pending == 0)
                show(m_fromLoader->lines(), m_toLoader->lines());
        });
    }
    retranslate();
}

void PeriodDiffPanel::refillPeriods()
{
    if (!m_source->currentData().toBool()) {
        fillPeriods(BillPeriod::recent(13));
        return;
    }
    fillPeriods(SettlementLine::periodsOf(m_imported));
}

void PeriodDiffPanel::fillPeriods(const QStringList &periods)
{
    const QString from = m_from->currentData().toString(), to = m_to->currentData().toString();
    m_from->clear();
    m_to->clear();
    for (const QString &p : periods) {
        m_from->addItem(p, p);
        m_to->addItem(p, p);
    }
    // Default for the sandbox's recent months: last month against the month before (this
    // month's bills come out next month); for a statement its two newest periods.
    const bool recent = periods.size() > 2 && periods.first() == BillPeriod::current();
    const int toDefault = recent ? 1 : 0;
    const int fromDefault = qMin(toDefault + 1, int(periods.size()) - 1);
    const int toKept = m_to->findData(to), fromKept = m_from->findData(from);
    m_to->setCurrentIndex(toKept >= 0 ? toKept : toDefault);
    m_from->setCurrentIndex(fromKept >= 0 && fromKept != m_to->currentIndex() ? fromKept
                                                                              : fromDefault);
}

void PeriodDiffPanel::setPeriods(const QString &from, const QString &to)
{
    for (auto [box, p] : {std::pair{m_from, from}, std::pair{m_to, to}}) {
        int i = box->findData(p);
        if (i < 0 && BillPeriod::isValid(p)) {
            box->addItem(p, p);
            i = box->count() - 1;
        }
        if (i >= 0)
            box->setCurrentIndex(i);
    }
}

void PeriodDiffPanel::setUseImported(bool imported)
{
    m_source->setCurrentIndex(imported ? 1 : 0);
}

void PeriodDiffPanel::setImported(const QList<SettlementLine> &lines)
{
    m_imported = lines;
    const QSignalBlocker block(m_source);
    m_source->setCurrentIndex(lines.isEmpty() ? 0 : 1);
    m_from->clear(); // a new statement starts from its own periods
    m_to->clear();
    refillPeriods();
}

void PeriodDiffPanel::compare()
{
    const QString from = m_from->currentData().toString(), to = m_to->currentData().toString();
    if (from.isEmpty() || to.isEmpty()) {
        m_summary->setText(tr("Choose two bill periods."));
        return;
    }
    if (m_source->currentData().toBool()) {
        const QString kind = m_kind->currentData().toString();
        show(SettlementLine::select(m_imported, from, kind),
             SettlementLine::select(m_imported, to, kind));
        return;
    }
    if (!m_session->isSandbox()) {
        m_summary->setText(tr("Settlement bills have no public API on this site: import a "
                              "statement exported from the console and compare it."));
        return;
    }
    m_failed = false;
    m_pending = 2;
    m_compare->setEnabled(false);
    m_summary->setText(tr("Reading %1 and %2…").arg(from, to));
    const QString kind = m_kind->currentData().toString();
    m_fromLoader->load(from, kind);
    m_toLoader->load(to, kind);
}

void PeriodDiffPanel::show(const QList<SettlementLine> &from, const QList<SettlementLine> &to)
{
    m_compare->setEnabled(true);
    m_currency = m_session->currency();
    m_rows = SettlementDiff::compare(from, to);
    m_model->setCurrency(m_currency);
    m_model->setRecords(SettlementDiff::toRecords(m_rows));
    m_table->resizeColumnsToContents();
    m_summary->setText(summaryText());
    emit compared();
}

QString PeriodDiffPanel::summaryText() const
{
    if (m_rows.isEmpty() && m_model->rowCount() == 0)
        return tr("Choose two bill periods and compare them per product and customer.");
    const SettlementDiff::Totals t = SettlementDiff::totals(m_rows);
    auto money = [this](const Decimal &d) { return Money(d, m_currency).format(locale()); };
    return tr("%1 → %2: %3 new, %4 gone, %5 changed, %6 unchanged. Amount %7 → %8 (%9); "
              "settlement %10 → %11 (%12).")
        .arg(m_from->currentText(), m_to->currentText())
        .arg(t.added)
        .arg(t.gone)
        .arg(t.changed)
        .arg(t.unchanged)
        .arg(money(t.fromAmount), money(t.toAmount), money(t.toAmount - t.fromAmount),
             money(t.fromSettle), money(t.toSettle), money(t.toSettle - t.fromSettle));
}

ExportDialog *PeriodDiffPanel::exportDiff()
{
    return ExportDialog::openFor(
        m_session, m_table,
        tr("settlement diff %1 to %2").arg(m_from->currentText(), m_to->currentText()), this);
}

void PeriodDiffPanel::retranslate()
{
    m_source->setItemText(0, tr("Bills (sandbox)"));
    m_source->setItemText(1, tr("Imported statement"));
    m_kind->setItemText(0, tr("All products"));
    m_kind->setItemText(1, tr("Non-general products"));
    m_kind->setItemText(2, tr("General products"));
    m_fromLabel->setText(tr("From"));
    m_toLabel->setText(tr("To"));
    m_compare->setText(tr("Compare"));
    m_changesOnly->setText(tr("Changes only"));
    m_export->setText(tr("Export…"));
    m_model->setLocale(locale());
    m_summary->setText(summaryText());
}

void PeriodDiffPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
