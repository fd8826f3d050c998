#pragma once

#include "bss/bsserror.h"
#include "core/batchscheduler.h"
#include "core/decimal.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QLocale>
#include <QSet>

#include <functional>

class BssClient;

// A batch of writes (批量拨款, 批量回收, reseller operations) and its per-item result list: the
// items run through a task (ops' BatchWrites: one VerifiedWrite each, sent once; the client's
// per-AK pacer keeps the requests under the gateway's rate), scheduled by core's BatchScheduler
// (bounded concurrency, cancel, "retry the failed ones", whose task probes them again first). As
// a table model it is the result list the batch-result panel shows.
class BatchRunner : public QAbstractTableModel
{
    Q_OBJECT
public:
    using State = BatchScheduler::State;
    enum Column { Target, Amount, Status, Code, Message, Reference, ColumnCount };
    static constexpr int StateRole = Qt::UserRole + 1; // int(State), on every column
    struct Result
    {
        State state = State::Unknown;        // Done, Failed, Unknown or Skipped
        Decimal amount = Decimal::invalid(); // what actually moved (a coupon's balance, …)
        QString reference;                   // transaction id, when there is one
        bool confirmed = false;              // settled by reading the server's records
        BssError error;
        QString note;           // why it was skipped
        QStringList candidates; // Unknown: records that may be this item's
        QStringList history;    // e.g. re-sent after a 429
        QDateTime nextCheck;    // Unknown for now: when the records are read again
        bool sent = false;      // the write went out (Failed: it was refused)
    };
    struct Item
    {
        Item() = default;
        Item(QString id, QString label, Decimal amount, QString scope = QString())
            : id(std::move(id)), label(std::move(label)), amount(amount), scope(std::move(scope))
        {}
        QString id;    // customer id, coupon id, …
        QString label; // as the table showed it (masked unless revealed)
        Decimal amount =
            Decimal::invalid(); // what is asked (allocations) or expected (a coupon's balance)
        QString scope;          // indirect_partner_id when the target belongs to a reseller
        Result result;          // empty until the item settles (or reports an interim state)
    };
    // Runs one item; calls report(result, true) exactly once, in `context`'s thread, and before
    // that report(result, false) for each interim state (unknown, checking again at …).
    using Report = std::function<void(const Result &result, bool final)>;
    using Task = std::function<void(const Item &item, QObject *context, Report report)>;

    explicit BatchRunner(Task task, QObject *parent = nullptr);
    void setItems(const QList<Item> &items);
    // An item the preview ruled out, listed as skipped with `note` (why) and never sent, so the
    // result counts it like the items skipped while running.
    void skipItem(int row, const QString &note);
    void setCurrency(const QString &currency) { m_currency = currency; }
    // The title of the Reference column (translated when shown): what proves an item done —
    // a transaction ID (the default), a budget record, an account state.
    void setReferenceTitle(std::function<QString()> title) { m_referenceTitle = std::move(title); }
    QString currency() const { return m_currency; }
    void setConcurrency(int n) { m_scheduler.setConcurrency(n); }
    void start() { m_scheduler.start(); }
    void cancel() { m_scheduler.cancel(); }
    bool wasCancelled() const { return m_scheduler.wasCancelled(); }
    // "58 of 3,584 done, stopped" / "3,584 of 3,584 done" in the UI language.
    QString summary() const;
    // Puts the failed and cancelled items back to pending and runs them again.
    void retryFailed() { m_scheduler.retryFailed(); }
    bool isRunning() const { return m_scheduler.isRunning(); }
    int count(State state) const { return m_scheduler.count(state); }
    Decimal total() const;            // asked, over every item not ruled out
    Decimal total(State state) const; // of the results in one state
    const Item &item(int row) const { return m_items.at(row); }
    State state(int row) const { return m_scheduler.state(row); }
    static QString stateLabel(State state);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void progress(int finished, int total);
    void itemFinished(int row);
    void batchFinished();

private:
    void launch(int row);
    void rowChanged(int row);

    Task m_task;
    QList<Item> m_items;
    QString m_currency = QStringLiteral("CNY");
    std::function<QString()> m_referenceTitle;
    QSet<int> m_ruledOut; // rows skipped before the batch ran (skipItem)
    BatchScheduler m_scheduler;
};
