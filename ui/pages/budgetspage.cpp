#include "pages/budgetspage.h"

#include "core/money.h"
#include "core/statuslabels.h"
#include "dialogs/budgetdialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/freezedialog.h"
#include "models/recordfilterproxy.h"
#include "models/recordtablemodel.h"
#include "ops/budgetsloader.h"
#include "ops/overview.h"
#include "ops/session.h"
#include "ops/workspace.h"
#include "widgets/choicebox.h"
#include "widgets/datatableview.h"
#include "widgets/flowlayout.h"
#include "widgets/icons.h"
#include "widgets/resellerscopebox.h"
#include "widgets/writegate.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

BudgetsPage::BudgetsPage(Workspace *workspace, QWidget *parent)
    : Page(parent)
    , m_session(workspace->session())
    , m_model(workspace->budgets().model)
    , m_historyModel(workspace->budgets().history)
    , m_loader(workspace->budgets().loader)
    , m_proxy(new RecordFilterProxy(this))
    , m_table(new DataTableView(this))
    , m_history(new DataTableView(this))
    , m_search(new QLineEdit(this))
    , m_state(new ChoiceBox(this))
    , m_scope(new ResellerScopeBox(m_session, this))
    , m_reload(new QPushButton(Icons::get(QStringLiteral("refresh")), QString(), this))
    , m_set(new QPushButton(Icons::get(QStringLiteral("edit")), QString(), this))
    , m_freeze(new QPushButton(Icons::get(QStringLiteral("freeze")), QString(), this))
    , m_unfreeze(new QPushButton(Icons::get(QStringLiteral("unfreeze")), QString(), this))
    , m_export(new QPushButton(Icons::get(QStringLiteral("export")), QString(), this))
    , m_summary(new QLabel(this))
    , m_historyTitle(new QLabel(this))
    , m_gate(new WriteGate(m_session->client(), this))
{
    m_search->setObjectName(QStringLiteral("search")); // Ctrl+F; saved views capture these
    m_state->setObjectName(QStringLiteral("filter.state"));
    m_state->addItem(QString(), QString()); // every state
    for (const QString &s : BudgetsLoader::stateFilters())
        m_state->addItem(QString(), s);
    m_search->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    // The budget state and the account next to the figures; the long customer ID last.
    m_table->horizontalHeader()->moveSection(2, m_table->horizontalHeader()->count() - 1);
    m_history->setSortableModel(m_historyModel);
    m_summary->setWordWrap(true);
    m_historyTitle->setWordWrap(true);
    for (QPushButton *b : {m_set, m_freeze, m_unfreeze})
        m_gate->setEnabled(b, false);
    auto *bar = new FlowLayout; // wraps rather than widening the page
    bar->addWidget(m_search);
    bar->addWidget(m_state);
    bar->addWidget(m_scope);
    bar->addWidget(m_reload);
    bar->addWidget(m_set);
    bar->addWidget(m_freeze);
    bar->addWidget(m_unfreeze);
    bar->addWidget(m_export);
    auto *lower = new QWidget(this);
    auto *ll = new QVBoxLayout(lower);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->addWidget(m_historyTitle);
    ll->addWidget(m_history, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    // The table's context menu offers the page's actions on the selected rows.
    m_table->addRowAction(m_set);
    m_table->addRowAction(m_freeze);
    m_table->addRowAction(m_unfreeze);
    m_table->addRowAction(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_loader, &BudgetsLoader::failed, this, &BudgetsPage::failed);
    connect(m_loader, &BudgetsLoader::loaded, this, [this] {
        m_table->resizeColumnsToContents();
        updateSummary();
        showHistory();
        emit loaded();
    });
    connect(m_loader, &BudgetsLoader::historyLoaded, this,
            [this] { m_history->resizeColumnsToContents(); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setSearch(t);
        updateSummary();
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, &BudgetsPage::applyState);
    connect(m_scope, &ResellerScopeBox::scopeChanged, this, &BudgetsPage::reload);
    connect(m_reload, &QPushButton::clicked, this, &BudgetsPage::reload);
    connect(m_set, &QPushButton::clicked, this, &BudgetsPage::setBudget);
    connect(m_freeze, &QPushButton::clicked, this, [this] { freeze(true); });
    connect(m_unfreeze, &QPushButton::clicked, this, [this] { freeze(false); });
    connect(m_export, &QPushButton::clicked, this, &BudgetsPage::exportCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const bool any = m_table->selectionModel()->hasSelection();
        for (QPushButton *b : {m_set, m_freeze, m_unfreeze})
            m_gate->setEnabled(b, any);
        showHistory();
    });
    retranslate();
}

void BudgetsPage::reload()
{
    m_model->setCurrency(m_session->currency());
    m_historyModel->setCurrency(m_session->currency());
    m_loader->load(m_scope->indirectPartnerId());
}

QList<int> BudgetsPage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(i).row());
    return rows;
}

void BudgetsPage::showHistory()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1) {
        m_historyOf.clear();
        m_historyModel->setRecords({});
        m_historyTitle->setText(tr("Select one customer to see its budget history."));
        return;
    }
    const QJsonObject rec = m_model->record(rows.first());
    const QString id = rec.value(QLatin1String("customer_id")).toString();
    m_historyTitle->setText(
        tr("Budget history of %1").arg(m_model->data(m_model->index(rows.first(), 0)).toString()));
    if (id == m_historyOf)
        return;
    m_historyOf = id;
    m_loader->loadHistory(id, m_loader->scope());
}

BudgetDialog *BudgetsPage::setBudget()
{
    QList<BudgetDialog::Target> targets;
    for (int row : selectedRows()) {
        const QJsonObject rec = m_model->record(row);
        auto amount = [&rec](const char *f) {
            return Decimal::fromJson(rec.value(QLatin1String(f))).value_or(Decimal::invalid());
        };
        targets.append({rec.value(QLatin1String("customer_id")).toString(),
                        m_model->data(m_model->index(row, 0)).toString(), // as shown (masked)
                        rec.value(QLatin1String("budget_type")).toString(), amount("budget_amount"),
                        amount("used_amount"), rec.value(QLatin1String("is_frozen")).toInt() != 0,
                        m_loader->scope()});
    }
    if (targets.isEmpty())
        return nullptr;
    auto *dialog = new BudgetDialog(m_session, targets, m_loader->nearPercent(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open(); // the list reloads by itself after the writes (WriteEffects::Budgets)
    return dialog;
}

FreezeDialog *BudgetsPage::freeze(bool freeze)
{
    QList<FreezeDialog::Target> targets;
    for (int row : selectedRows()) {
        const QJsonObject rec = m_model->record(row);
        targets.append({rec.value(QLatin1String("customer_id")).toString(),
                        m_model->data(m_model->index(row, 0)).toString(),
                        rec.value(QLatin1String("is_frozen")).toInt() != 0, m_loader->scope()});
    }
    if (targets.isEmpty())
        return nullptr;
    auto *dialog = new FreezeDialog(m_session, freeze, targets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void BudgetsPage::exportCurrent()
{
    ExportDialog::openFor(m_session, m_table, tr("budgets"), this);
}

void BudgetsPage::applyState()
{
    const QString filter = m_state->currentData().toString();
    const auto [field, value] = BudgetsLoader::stateField(filter);
    m_proxy->setFieldIn(filter.isEmpty() ? QString() : field,
                        filter.isEmpty() ? QStringList() : QStringList{value});
    updateSummary();
}

void BudgetsPage::updateSummary()
{
    int over = 0, near = 0, frozen = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QJsonObject rec = m_model->record(r);
        const QString state = rec.value(QLatin1String("budget_state")).toString();
        over += state == u"over";
        near += state == u"near";
        frozen += rec.value(QLatin1String("is_frozen")).toInt() != 0;
    }
    const int all = m_model->rowCount();
    const QString shown =
        m_proxy->rowCount() == all
            ? tr("%n resale customer(s)", nullptr, all)
            : tr("%1 of %n resale customer(s)", nullptr, all).arg(m_proxy->rowCount());
    m_summary->setText(tr("%1 · %2 over budget · %3 near budget (%4 % or more used) · %5 frozen")
                           .arg(shown)
                           .arg(over)
                           .arg(near)
                           .arg(m_loader->nearPercent())
                           .arg(frozen));
}

bool BudgetsPage::focus(const QString &what, const QVariant &value)
{
    if (what == u"search") {
        m_search->setText(value.toString());
        return true;
    }
    if (what != u"budgetState")
        return false;
    m_search->clear();
    const int i = m_state->findData(value.toString()); // one of BudgetsLoader::stateFilters()
    if (i < 0)
        return false;
    m_state->setCurrentIndex(i);
    return true;
}

void BudgetsPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search customer name, account or ID"));
    m_state->setItemText(0, tr("All customers"));
    m_state->setItemText(1, StatusLabels::budgetState(QStringLiteral("over")));
    m_state->setItemText(2, StatusLabels::budgetState(QStringLiteral("near")));
    m_state->setItemText(3, StatusLabels::budgetState(QStringLiteral("within")));
    m_state->setItemText(4, StatusLabels::budgetState(QStringLiteral("none")));
    m_state->setItemText(5, StatusLabels::frozenState(1));
    m_state->setAccessibleName(tr("Budget state"));
    m_reload->setText(tr("Refresh"));
    m_set->setText(tr("Set budget…"));
    m_freeze->setText(tr("Freeze…"));
    m_unfreeze->setText(tr("Unfreeze…"));
    m_export->setText(tr("Export…"));
    m_table->setAccessibleName(tr("Customer budgets"));
    m_history->setAccessibleName(tr("Budget history"));
    m_model->setLocale(locale());
    m_historyModel->setLocale(locale());
    updateSummary();
    showHistory();
}

void BudgetsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
