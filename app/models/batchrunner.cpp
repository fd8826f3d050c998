#include "models/batchrunner.h"

#include "core/money.h"

BatchRunner::BatchRunner(BssClient *client, TransferRunner::Kind kind, QObject *parent)
    : QAbstractTableModel(parent), m_client(client), m_kind(kind)
{}

void BatchRunner::setItems(const QList<Item> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
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
    }
    return {};
}

void BatchRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    next();
}

void BatchRunner::cancel()
{
    m_cancelled = true; // the item on the wire finishes; nothing new starts
    if (!m_current) {
        for (int r = 0; r < m_items.size(); ++r) {
            if (m_items[r].state == State::Pending)
                setState(r, State::Cancelled);
        }
    }
}

void BatchRunner::retryFailed()
{
    if (m_running)
        return;
    for (int r = 0; r < m_items.size(); ++r) {
        if (m_items[r].state == State::Failed || m_items[r].state == State::Cancelled) {
            m_items[r].result = TransferRunner::Result();
            setState(r, State::Pending);
        }
    }
    start();
}

void BatchRunner::next()
{
    int row = -1;
    for (int r = 0; r < m_items.size(); ++r) {
        if (m_items[r].state == State::Pending) {
            row = r;
            break;
        }
    }
    if (m_cancelled) {
        for (int r = 0; r < m_items.size(); ++r) {
            if (m_items[r].state == State::Pending)
                setState(r, State::Cancelled);
        }
        row = -1;
    }
    if (row < 0) {
        m_running = false;
        emit batchFinished();
        return;
    }
    m_row = row;
    setState(row, State::Running);
    m_current = new TransferRunner(m_client, m_kind, m_items[row].customerId, m_items[row].amount,
                                   m_items[row].indirectPartnerId, this);
    connect(m_current, &TransferRunner::finished, this,
            [this, row](const TransferRunner::Result &result) {
                m_current->deleteLater();
                m_current = nullptr;
                m_items[row].result = result;
                setState(row, result.outcome == TransferRunner::Outcome::Done     ? State::Done
                              : result.outcome == TransferRunner::Outcome::Failed ? State::Failed
                                                                                  : State::Unknown);
                int finished = 0;
                for (const Item &i : std::as_const(m_items))
                    finished += i.state != State::Pending && i.state != State::Running;
                emit progress(finished, int(m_items.size()));
                emit itemFinished(row);
                next();
            });
    m_current->start();
}

void BatchRunner::setState(int row, State state)
{
    m_items[row].state = state;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int BatchRunner::count(State state) const
{
    int n = 0;
    for (const Item &i : m_items)
        n += i.state == state;
    return n;
}

Decimal BatchRunner::total() const
{
    Decimal sum = Decimal::fromMantissa(0, 2);
    for (const Item &i : m_items)
        sum += i.amount;
    return sum;
}

Decimal BatchRunner::total(State state) const
{
    Decimal sum = Decimal::fromMantissa(0, 2);
    for (const Item &i : m_items) {
        if (i.state == state)
            sum += i.amount;
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
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Customer:
        return QStringLiteral("%1 (%2)").arg(i.shownName, i.customerId);
    case Amount:
        return Money(i.amount, m_currency).format(QLocale());
    case Status:
        return i.state == State::Done && i.result.confirmedByRecords
                   ? tr("Done (confirmed from the adjust records)")
                   : stateLabel(i.state);
    case Code:
        return i.result.error.code();
    case Message:
        return i.result.error.isError() ? i.result.error.userMessage() : QString();
    case TransactionId:
        return i.result.transactionId;
    default:
        return {};
    }
}

QVariant BatchRunner::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Customer:
        return tr("Customer");
    case Amount:
        return tr("Amount");
    case Status:
        return tr("Status");
    case Code:
        return tr("Error code");
    case Message:
        return tr("Message");
    case TransactionId:
        return tr("Transaction ID");
    default:
        return {};
    }
}
