#include "models/batchrunner.h"

#include "core/money.h"
#include "models/couponreclaimrunner.h"
#include "models/resellerquotarunner.h"
#include "models/statuslabels.h"

#include <QTimer>

BatchRunner::BatchRunner(Task task, QObject *parent)
    : QAbstractTableModel(parent), m_task(std::move(task))
{
    m_clock.start();
}

BatchRunner::Task BatchRunner::transferTask(BssClient *client, TransferRunner::Kind kind,
                                            TransferRunner::Target target)
{
    return [client, kind, target](const Item &item, QObject *context,
                                  std::function<void(const Result &)> done) {
        auto *runner =
            target == TransferRunner::Target::Reseller
                ? TransferRunner::forReseller(client, kind, item.id, item.amount, context)
                : new TransferRunner(client, kind, item.id, item.amount, item.scope, context);
        QObject::connect(runner, &TransferRunner::finished, context,
                         [runner, done](const TransferRunner::Result &r) {
                             runner->deleteLater();
                             Result out;
                             out.state = r.outcome == TransferRunner::Outcome::Done ? State::Done
                                         : r.outcome == TransferRunner::Outcome::Failed
                                             ? State::Failed
                                             : State::Unknown;
                             out.amount = r.amount;
                             out.reference = r.transactionId;
                             out.confirmed = r.confirmedByRecords;
                             out.error = r.error;
                             done(out);
                         });
        runner->start();
    };
}

BatchRunner::Task BatchRunner::couponReclaimTask(BssClient *client)
{
    return [client](const Item &item, QObject *context, std::function<void(const Result &)> done) {
        auto *runner = new CouponReclaimRunner(client, item.id, item.scope, context);
        QObject::connect(runner, &CouponReclaimRunner::finished, context,
                         [runner, done](const CouponReclaimRunner::Result &r) {
                             runner->deleteLater();
                             Result out;
                             using O = CouponReclaimRunner::Outcome;
                             out.state = r.outcome == O::Reclaimed ? State::Done
                                         : r.outcome == O::Skipped ? State::Skipped
                                         : r.outcome == O::Failed  ? State::Failed
                                                                   : State::Unknown;
                             out.amount = r.amount;
                             out.confirmed = r.confirmedByStatus;
                             out.error = r.error;
                             if (r.outcome == O::Skipped)
                                 out.note = StatusLabels::couponStatus(r.status);
                             done(out);
                         });
        runner->start();
    };
}

BatchRunner::Task BatchRunner::couponIssueTask(BssClient *client,
                                               const CouponIssueRunner::Options &options)
{
    return [client, options](const Item &item, QObject *context,
                             std::function<void(const Result &)> done) {
        auto *runner = new CouponIssueRunner(client, options, item.id, context);
        QObject::connect(runner, &CouponIssueRunner::finished, context,
                         [runner, done, options](const CouponIssueRunner::Result &r) {
                             runner->deleteLater();
                             Result out;
                             using O = CouponIssueRunner::Outcome;
                             out.state = r.outcome == O::Issued   ? State::Done
                                         : r.outcome == O::Failed ? State::Failed
                                                                  : State::Unknown;
                             out.amount = options.faceValue;
                             out.reference = r.couponId;
                             out.confirmed = r.confirmedByRecords;
                             out.error = r.error;
                             done(out);
                         });
        runner->start();
    };
}

namespace {

BatchRunner::Task resellerQuotaTask(BssClient *client, ResellerQuotaRunner::Kind kind,
                                    const QString &parent)
{
    return [client, kind, parent](const BatchRunner::Item &item, QObject *context,
                                  std::function<void(const BatchRunner::Result &)> done) {
        auto *runner = new ResellerQuotaRunner(client, kind, item.id, parent, item.amount, context);
        QObject::connect(runner, &ResellerQuotaRunner::finished, context,
                         [runner, done, item](const ResellerQuotaRunner::Result &r) {
                             runner->deleteLater();
                             BatchRunner::Result out;
                             using O = ResellerQuotaRunner::Outcome;
                             out.state = r.outcome == O::Done     ? BatchRunner::State::Done
                                         : r.outcome == O::Failed ? BatchRunner::State::Failed
                                                                  : BatchRunner::State::Unknown;
                             out.amount = item.amount;
                             out.reference = r.quotaId;
                             out.confirmed = r.confirmed;
                             out.error = r.error;
                             done(out);
                         });
        runner->start();
    };
}

} // namespace

BatchRunner::Task BatchRunner::resellerQuotaIssueTask(BssClient *client,
                                                      const QString &parentQuotaId)
{
    return resellerQuotaTask(client, ResellerQuotaRunner::Kind::Issue, parentQuotaId);
}

BatchRunner::Task BatchRunner::resellerQuotaReclaimTask(BssClient *client)
{
    return resellerQuotaTask(client, ResellerQuotaRunner::Kind::Reclaim, QString());
}

BatchRunner::Task
BatchRunner::checkedTask(std::function<CheckedWrite *(const Item &item, QObject *context)> make)
{
    return [make](const Item &item, QObject *context, std::function<void(const Result &)> done) {
        CheckedWrite *write = make(item, context);
        QObject::connect(
            write, &CheckedWrite::finished, context, [write, done](const CheckedWrite::Result &r) {
                write->deleteLater();
                Result out;
                out.state = r.outcome == CheckedWrite::Outcome::Done     ? State::Done
                            : r.outcome == CheckedWrite::Outcome::Failed ? State::Failed
                                                                         : State::Unknown;
                out.reference = r.reference;
                out.confirmed = r.confirmed;
                out.error = r.error;
                done(out);
            });
        write->start();
    };
}

BatchRunner::Task BatchRunner::unbindTask(BssClient *client, const QString &reason)
{
    return checkedTask([client, reason](const Item &item, QObject *context) {
        return CheckedWrite::unbind(client, item.id, item.scope, reason, context);
    });
}

BatchRunner::Task BatchRunner::agreementAddTask(BssClient *client, const QString &remitterType)
{
    return checkedTask([client, remitterType](const Item &item, QObject *context) {
        return CheckedWrite::addAgreement(client, item.id, remitterType, context);
    });
}

BatchRunner::Task BatchRunner::agreementVoidTask(BssClient *client)
{
    return checkedTask([client](const Item &item, QObject *context) {
        return CheckedWrite::voidAgreement(client, item.id, context);
    });
}

void BatchRunner::setItems(const QList<Item> &items)
{
    beginResetModel();
    m_items = items;
    m_next = 0;
    endResetModel();
}

void BatchRunner::setRatePerSecond(double perSecond)
{
    m_intervalMs = perSecond > 0 ? int(1000.0 / perSecond) : 0;
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

void BatchRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_next = 0;
    pump();
}

void BatchRunner::cancel()
{
    m_cancelled = true; // items on the wire finish; nothing new starts
    for (int r = 0; r < m_items.size(); ++r) {
        if (m_items[r].state == State::Pending)
            setState(r, State::Cancelled);
    }
    finishIfDone();
}

void BatchRunner::retryFailed()
{
    if (m_running)
        return;
    for (int r = 0; r < m_items.size(); ++r) {
        if (m_items[r].state == State::Failed || m_items[r].state == State::Cancelled) {
            m_items[r].result = Result();
            setState(r, State::Pending);
        }
    }
    start();
}

void BatchRunner::pump()
{
    m_pumpScheduled = false;
    while (m_running && !m_cancelled && m_inFlight < m_concurrency) {
        while (m_next < m_items.size() && m_items[m_next].state != State::Pending)
            ++m_next;
        if (m_next >= m_items.size())
            break;
        const qint64 wait = m_lastStart + m_intervalMs - m_clock.elapsed();
        if (wait > 0) { // keep to the start rate
            if (!m_pumpScheduled) {
                m_pumpScheduled = true;
                QTimer::singleShot(int(wait), this, &BatchRunner::pump);
            }
            return;
        }
        const int row = m_next++;
        m_lastStart = m_clock.elapsed();
        ++m_inFlight;
        setState(row, State::Running);
        m_task(m_items[row], this, [this, row](const Result &result) {
            --m_inFlight;
            m_items[row].result = result;
            setState(row, result.state);
            int finished = 0;
            for (const Item &i : std::as_const(m_items))
                finished += i.state != State::Pending && i.state != State::Running;
            emit progress(finished, int(m_items.size()));
            emit itemFinished(row);
            pump();
            finishIfDone();
        });
    }
    finishIfDone();
}

void BatchRunner::finishIfDone()
{
    if (!m_running || m_inFlight > 0)
        return;
    for (const Item &i : std::as_const(m_items)) {
        if (i.state == State::Pending && !m_cancelled)
            return;
    }
    m_running = false;
    emit batchFinished();
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
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
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
        if (i.state == State::Done && i.result.confirmed)
            return tr("Done (confirmed from the server's records)");
        if (i.state == State::Skipped && !i.result.note.isEmpty())
            return tr("Skipped: %1").arg(i.result.note);
        return stateLabel(i.state);
    case Code:
        return i.result.error.code();
    case Message:
        // Failed after a lost answer only when the records showed it had not happened.
        if (i.state == State::Failed && i.result.error.outcomeUnknown())
            return tr("The answer was lost, and the server's records show that this did not "
                      "happen: it is safe to try again.");
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
        return tr("Transaction ID");
    default:
        return {};
    }
}
