#include "widgets/batchresultpanel.h"

#include "core/money.h"
#include "dialogs/exportdialog.h"
#include "models/batchrunner.h"
#include "widgets/choicebox.h"
#include "widgets/datatableview.h"
#include "widgets/icons.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

BatchResultPanel::BatchResultPanel(BatchRunner *runner, Session *session, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_table(new DataTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new ChoiceBox(this))
    , m_cancel(new QPushButton(Icons::get(QStringLiteral("cancel")), QString(), this))
    , m_retry(new QPushButton(Icons::get(QStringLiteral("refresh")), QString(), this))
    , m_export(new QPushButton(Icons::get(QStringLiteral("export")), QString(), this))
    , m_session(session)
{
    m_proxy->setSourceModel(runner);
    m_proxy->setFilterRole(BatchRunner::StateRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_filter);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_export);
    m_export->setVisible(session != nullptr);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    for (int i = 0; i < 4; ++i)
        m_filter->addItem(QString());
    connect(m_filter, &QComboBox::currentIndexChanged, this, &BatchResultPanel::applyFilter);
    connect(m_cancel, &QPushButton::clicked, runner, &BatchRunner::cancel);
    connect(m_retry, &QPushButton::clicked, runner, &BatchRunner::retryFailed);
    connect(m_export, &QPushButton::clicked, this, [this] {
        QList<int> columns;
        for (int c = 0; c < BatchRunner::ColumnCount; ++c)
            columns.append(c);
        auto *dialog =
            new ExportDialog(m_session, m_runner, nullptr, columns, tr("batch-results"), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(runner, &BatchRunner::itemFinished, this, &BatchResultPanel::update);
    connect(runner, &BatchRunner::batchFinished, this, [this] {
        update();
        m_table->resizeColumnsToContents();
    });
    connect(runner, &QAbstractItemModel::dataChanged, this, &BatchResultPanel::update);
    update();
}

void BatchResultPanel::showEvent(QShowEvent *event)
{
    if (m_watchedWindow != window()) {
        if (m_watchedWindow)
            m_watchedWindow->removeEventFilter(this);
        m_watchedWindow = window();
        m_watchedWindow->installEventFilter(this);
    }
    QWidget::showEvent(event);
}

bool BatchResultPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && m_runner->isRunning() &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape &&
        static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        m_runner->cancel();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void BatchResultPanel::applyFilter()
{
    using S = BatchRunner::State;
    const int failed = int(S::Failed), unknown = int(S::Unknown);
    switch (m_filter->currentIndex()) {
    case 1:
        m_proxy->setFilterRegularExpression(QStringLiteral("^%1$").arg(failed));
        break;
    case 2:
        m_proxy->setFilterRegularExpression(QStringLiteral("^%1$").arg(unknown));
        break;
    case 3:
        m_proxy->setFilterRegularExpression(QStringLiteral("^(%1|%2)$").arg(failed).arg(unknown));
        break;
    default:
        m_proxy->setFilterRegularExpression(QString());
    }
}

QString BatchResultPanel::summary() const
{
    return m_summary->text();
}

void BatchResultPanel::update()
{
    using S = BatchRunner::State;
    const int total = m_runner->rowCount();
    // Settled items only: cancelled ones were never sent and do not fill the bar.
    const int finished = total - m_runner->count(S::Pending) - m_runner->count(S::Running) -
                         m_runner->count(S::Cancelled);
    m_progress->setMaximum(std::max(total, 1));
    m_progress->setValue(finished);
    // Stopped: what was done of all, never "3584 of 3584" for items that were not sent.
    m_progress->setFormat(m_runner->wasCancelled() && !m_runner->isRunning() ? m_runner->summary()
                                                                             : tr("%v of %m"));
    m_filter->setItemText(0, tr("All rows"));
    m_filter->setItemText(1, tr("Failed (%1)").arg(m_runner->count(S::Failed)));
    m_filter->setItemText(2, tr("Unknown (%1)").arg(m_runner->count(S::Unknown)));
    m_filter->setItemText(3, tr("Failed and unknown (%1)")
                                 .arg(m_runner->count(S::Failed) + m_runner->count(S::Unknown)));
    m_cancel->setText(tr("Cancel"));
    m_retry->setText(tr("Retry failed"));
    m_export->setText(tr("Export results…"));
    m_export->setEnabled(!m_runner->isRunning());
    m_cancel->setEnabled(m_runner->isRunning());
    m_retry->setEnabled(!m_runner->isRunning() &&
                        (m_runner->count(S::Failed) + m_runner->count(S::Cancelled)) > 0);
    auto money = [this](const Decimal &d) {
        return Money(d, m_runner->currency()).format(locale());
    };
    QString text = tr("%1 done (%2), %3 failed, %4 unknown, %5 skipped, %6 cancelled, %7 waiting.")
                       .arg(m_runner->count(S::Done))
                       .arg(money(m_runner->total(S::Done)))
                       .arg(m_runner->count(S::Failed))
                       .arg(m_runner->count(S::Unknown))
                       .arg(m_runner->count(S::Skipped))
                       .arg(m_runner->count(S::Cancelled))
                       .arg(m_runner->count(S::Pending) + m_runner->count(S::Running));
    if (m_runner->count(S::Unknown) > 0)
        text += u' ' + tr("Items with an unknown outcome are never retried automatically: check "
                          "the server's records first.");
    if (m_runner->wasCancelled() && !m_runner->isRunning())
        text = tr("%1. %2").arg(m_runner->summary(), text);
    m_summary->setText(text);
}

void BatchResultPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QWidget::changeEvent(event);
}
