#include "models/batchrunner.h"

#include "core/money.h"
#include "core/statustones.h"
#include "models/maskedtablemodel.h"

#include <QColor>
#include <QTimer>

BatchRunner::BatchRunner(Task task, QObject *parent)
    : QAbstractTableModel(parent)
    , m_task(std::move(task))
    , m_scheduler([this](int row) { launch(row); })
{
    connect(&m_scheduler, &BatchScheduler::stateChanged, this, [this](int row) {
        if (state(row) == State::Pending) // put back for a retry: its task probes it again
            m_items[row].result = Result();
        rowChanged(row);
    });
    connect(&m_scheduler, &BatchScheduler::progress, this, &BatchRunner::progress);
    connect(&m_scheduler, &BatchScheduler::itemSettled, this, &BatchRunner::itemFinished);
    connect(&m_scheduler, &BatchScheduler::finished, this, &BatchRunner::batchFinished);
}

void BatchRunner::setItems(const QList<Item> &items)
{
    beginResetModel();
    m_items = items;
    m_ruledOut.clear();
    m_scheduler.reset(int(m_items.size()));
    endResetModel();
}

void BatchRunner::skipItem(int row, const QString &note)
{
    if (row < 0 || row >= m_items.size())
        return;
    m_items[row].result.state = State::Skipped;
    m_items[row].result.note = note;
    m_ruledOut.insert(row);
    m_scheduler.skip(row);
}

QString BatchRunner::stateLabel(State state)
{
    switch (state) {
    case State::Pending:
        return tr("Waiting");
    case State::Running:
        return tr("Running");
    case State::Done:
        return tr("Done");
    case State::Failed:
        return tr("Failed");
    case State::Unknown:
        return tr("Outcome unknown");
    case State::Cancelled:
        return tr("Cancelled");
    case State::Skipped:
        return tr("Skipped");
    }
    return {};
}

void BatchRunner::launch(int row)
{
    m_task(m_items[row], this, [this, row](const Result &result, bool final) {
        m_items[row].result = result;
        if (final)
            m_scheduler.settle(row, result.state);
        else // unknown for now: shown, still in flight
            rowChanged(row);
    });
}

void BatchRunner::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString BatchRunner::summary() const
{
    const int n = int(m_items.size());
    const int done = count(State::Done);
    const QLocale l;
    if (wasCancelled())
        return tr("%1 of %2 done, stopped").arg(l.toString(done), l.toString(n));
    return tr("%1 of %2 done").arg(l.toString(done), l.toString(n));
}

Decimal BatchRunner::total() const
{
    Decimal sum = Decimal::fromMantissa(0, 2);
    for (int r = 0; r < m_items.size(); ++r) {
        if (!m_ruledOut.contains(r)) // never asked for
            sum += m_items.at(r).amount;
    }
    return sum;
}

Decimal BatchRunner::total(State state) const
{
    Decimal sum = Decimal::fromMantissa(0, 2);
    for (int r = 0; r < m_items.size(); ++r) {
        const Item &i = m_items.at(r);
        if (this->state(r) == state)
            sum += i.result.amount.isValid() ? i.result.amount : i.amount;
    }
    return sum;
}

int BatchRunner::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int BatchRunner::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchRunner::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &i = m_items.at(index.row());
    const State st = state(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == StateRole)
        return int(st);
    if (role == MaskedTableModel::ToneRole && index.column() == Status) {
        switch (st) {
        case State::Done:
            return int(StatusTones::Good);
        case State::Failed:
            return int(StatusTones::Bad);
        case State::Unknown:
            return int(StatusTones::Attention);
        case State::Skipped:
            return int(StatusTones::Neutral);
        default:
            return {};
        }
    }
    // Rows that need the user: tinted, with dark text on the tint in any palette (the status
    // text says the same, never the colour alone).
    const bool failed = st == State::Failed;
    const bool unknown = st == State::Unknown;
    if (role == Qt::BackgroundRole && (failed || unknown))
        return QColor(failed ? QColor(0xfd, 0xe2, 0xe1) : QColor(0xfd, 0xf0, 0xc8));
    if (role == Qt::ForegroundRole && (failed || unknown))
        return QColor(failed ? QColor(0x8a, 0x1c, 0x14) : QColor(0x5c, 0x3b, 0x00));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Target:
        return i.label.isEmpty() ? i.id : QStringLiteral("%1 (%2)").arg(i.label, i.id);
    case Amount: {
        const Decimal a = i.result.amount.isValid() ? i.result.amount : i.amount;
        return a.isValid() ? Money(a, m_currency).format(QLocale()) : QString();
    }
    case Status:
        if (st == State::Running && i.result.nextCheck.isValid())
            return tr("Outcome unknown, checking the records again at %1")
                .arg(QLocale().toString(i.result.nextCheck.toLocalTime().time(),
                                        QLocale::LongFormat));
        if (st == State::Unknown && !i.result.candidates.isEmpty())
            return tr("Outcome unknown: %n record(s) may be this one's (%1)", nullptr,
                      int(i.result.candidates.size()))
                .arg(QLocale().createSeparatedList(i.result.candidates));
        if (st == State::Done && i.result.confirmed)
            return tr("Done (confirmed from the server's records)");
        if (st == State::Skipped && !i.result.note.isEmpty())
            return tr("Skipped: %1").arg(i.result.note);
        return stateLabel(st);
    case Code:
        return i.result.error.code();
    case Message:
        // Failed after a lost answer only when the records showed it had not happened.
        if (st == State::Failed && i.result.error.outcomeUnknown())
            return tr("The answer was lost, and the server's records show that this did not "
                      "happen: it is safe to try again.");
        if (!i.result.history.isEmpty() && !i.result.error.isError())
            return i.result.history.join(u'\n');
        return i.result.error.isError() ? i.result.error.userMessage() : QString();
    case Reference:
        return i.result.reference;
    default:
        return {};
    }
}

QVariant BatchRunner::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Target:
        return tr("Item");
    case Amount:
        return tr("Amount");
    case Status:
        return tr("Status");
    case Code:
        return tr("Error code");
    case Message:
        return tr("Message");
    case Reference:
        return m_referenceTitle ? m_referenceTitle() : tr("Transaction ID");
    default:
        return {};
    }
}
