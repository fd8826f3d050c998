#include "dialogs/budgetdialog.h"

#include "core/money.h"
#include "core/statuslabels.h"
#include "dialogs/batchdialogframe.h"
#include "models/batchrunner.h"
#include "ops/batchwrites.h"
#include "ops/budgetsloader.h"
#include "ops/session.h"
#include "widgets/accessiblenames.h"
#include "widgets/amountfield.h"
#include "widgets/batchresultpanel.h"
#include "widgets/choicebox.h"
#include "widgets/previewtable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>

BudgetDialog::BudgetDialog(Session *session, const QList<Target> &targets, int nearPercent,
                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_nearPercent(nearPercent)
    , m_targets(targets)
    , m_pages(new QStackedWidget(this))
    , m_amount(new AmountField(this))
    , m_type(new ChoiceBox(this))
    , m_policy(new ChoiceBox(this))
    , m_lift(new QCheckBox(tr("Also lift my freeze of these customers"), this))
    , m_preview(new PreviewTable(
          int(targets.size()),
          {tr("Customer"), tr("Budget now"), tr("Used"), tr("Budget after"), tr("State after")},
          this))
    , m_summary(new QLabel(this))
    , m_confirm(new QPushButton(tr("Set budget"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("Set the budget of %n customer(s)", nullptr, int(targets.size())));
    resize(820, 520);
    m_amount->setCurrency(session->currency());
    m_amount->setZeroAllowed(true);
    m_type->addItem(StatusLabels::budgetType(QStringLiteral("MONTHLY")), QStringLiteral("MONTHLY"));
    m_type->addItem(StatusLabels::budgetType(QStringLiteral("PACKAGE")), QStringLiteral("PACKAGE"));
    m_policy->addItem(tr("Keep each customer's setting"), -1);
    m_policy->addItem(StatusLabels::freezePolicy(0), 0);
    m_policy->addItem(StatusLabels::freezePolicy(1), 1);
    // One customer: start from its budget.
    if (targets.size() == 1 && !targets.first().budgetType.isEmpty()) {
        m_type->setCurrentIndex(m_type->findData(targets.first().budgetType));
        if (targets.first().budget.isValid())
            m_amount->lineEdit()->setText(Money::formatNumber(targets.first().budget, locale()));
    }
    m_summary->setWordWrap(true);
    auto *entry = new QWidget(m_pages);
    auto *form = new QFormLayout(entry);
    form->addRow(tr("Budget for each customer"), m_amount);
    form->addRow(tr("Budget type"), m_type);
    form->addRow(tr("Over budget"), m_policy);
    form->addRow(QString(), m_lift);
    form->addRow(m_preview);
    form->addRow(m_summary);
    m_pages->addWidget(entry);
    m_frame = new BatchDialogFrame(this, m_pages, m_confirm, m_close);
    connect(m_frame, &BatchDialogFrame::finished, this, &BudgetDialog::batchFinished);
    connect(m_amount, &AmountField::amountChanged, this, &BudgetDialog::updatePreview);
    connect(m_type, &QComboBox::currentIndexChanged, this, &BudgetDialog::updatePreview);
    connect(m_confirm, &QPushButton::clicked, this, &BudgetDialog::run);
    updatePreview();
    AccessibleNames::watch(this);
}

QString BudgetDialog::money(const Decimal &amount) const
{
    return amount.isValid() ? Money(amount, m_session->currency()).format(locale()) : QString();
}

QString BudgetDialog::summaryText() const
{
    return m_summary->text();
}

void BudgetDialog::updatePreview()
{
    const auto amount = m_amount->amount();
    const QString type = m_type->currentData().toString();
    int over = 0;
    for (int r = 0; r < m_targets.size(); ++r) {
        const Target &t = m_targets.at(r);
        auto set = [this, r](int c, const QString &text, bool right) {
            m_preview->setCell(r, c, text,
                               right ? PreviewTable::Align::Amount : PreviewTable::Align::Text);
        };
        set(0, QStringLiteral("%1 (%2)").arg(t.shownName, t.customerId), false);
        set(1,
            t.budgetType.isEmpty() ? StatusLabels::budgetType(QString())
                                   : QStringLiteral("%1 · %2").arg(
                                         money(t.budget), StatusLabels::budgetType(t.budgetType)),
            true);
        // A new kind of budget starts from nothing used (the sandbox's rule, and the console's).
        const bool sameKind = t.budgetType == type;
        const Decimal used = sameKind && t.used.isValid() ? t.used : Decimal::fromMantissa(0, 2);
        set(2, money(used), true);
        set(3, amount ? money(*amount) : QString(), true);
        const QString state =
            amount ? BudgetsLoader::stateOf(*amount, used, true, m_nearPercent) : QString();
        over += state == u"over";
        set(4, state.isEmpty() ? QString() : StatusLabels::budgetState(state), false);
    }
    m_summary->setText(
        !amount ? tr("Enter the budget each customer gets (0 or more).")
                : tr("%n customer(s) get a %1 of %2.", nullptr, int(m_targets.size()))
                          .arg(StatusLabels::budgetType(type).toLower(), money(*amount)) +
                      (over ? u' ' + tr("%n of them would be over it at once.", nullptr, over)
                            : QString()));
    m_preview->resizeColumnsToContents();
    m_confirm->setEnabled(amount.has_value() && !m_targets.isEmpty());
}

void BudgetDialog::run()
{
    const auto amount = m_amount->amount();
    if (!amount)
        return; // nothing is sent on bad input
    BudgetOperations::Change settings;
    settings.budgetType = m_type->currentData().toString();
    settings.frozenOperateType = m_policy->currentData().toInt();
    settings.cancelPartnerFrozen = m_lift->isChecked();
    m_runner = new BatchRunner(BatchWrites::budgetSet(m_session->writer(), settings), this);
    m_runner->setCurrency(m_session->currency());
    // A budget setting is proven by its budget record (the API gives it no ID).
    m_runner->setReferenceTitle([] { return tr("Budget record"); });
    m_runner->setConcurrency(4); // the client's pacer keeps the calls under the gateway's rate
    m_panel = new BatchResultPanel(m_runner, m_session, this);
    QList<BatchRunner::Item> items;
    for (const Target &t : std::as_const(m_targets))
        items.append({t.customerId, t.shownName, *amount, t.indirectPartnerId});
    m_runner->setItems(items);
    m_type->setEnabled(false);
    m_policy->setEnabled(false);
    m_lift->setEnabled(false);
    m_frame->run(m_runner, m_panel);
}
