#pragma once

#include "bss/bsserror.h"
#include "core/decimal.h"
#include "models/checkedwrite.h"
#include "models/couponissuerunner.h"
#include "models/transferrunner.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QLocale>

#include <functional>

class BssClient;

// The batch engine (批量拨款, 批量回收, reseller operations): items run through a task with
// bounded concurrency and a start rate, each write sent once by its task; cancel stops new
// starts (in-flight items finish); "retry the failed ones" re-runs only those, whose task checks
// them again first. As a table model it is the per-item result list.
class BatchRunner : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class State { Pending, Running, Done, Failed, Unknown, Cancelled, Skipped };
    enum Column { Target, Amount, Status, Code, Message, Reference, ColumnCount };
    struct Result
    {
        State state = State::Unknown;        // Done, Failed, Unknown or Skipped
        Decimal amount = Decimal::invalid(); // what actually moved (a coupon's balance, …)
        QString reference;                   // transaction id, when there is one
        bool confirmed = false;              // settled by reading the server's records
        BssError error;
        QString note; // why it was skipped
    };
    struct Item
    {
        QString id;     // customer id, coupon id, …
        QString label;  // as the table showed it (masked unless revealed)
        Decimal amount; // what is asked (allocations) or expected (a coupon's balance)
        QString scope;  // indirect_partner_id when the target belongs to a reseller
        State state = State::Pending;
        Result result;
    };
    // Runs one item; calls done exactly once, in `context`'s thread.
    using Task = std::function<void(const Item &item, QObject *context,
                                    std::function<void(const Result &)> done)>;

    explicit BatchRunner(Task task, QObject *parent = nullptr);
    static Task transferTask(BssClient *client, TransferRunner::Kind kind,
                             TransferRunner::Target target = TransferRunner::Target::Customer);
    static Task couponReclaimTask(BssClient *client);
    // Issues one coupon per item (item.id is the customer) with these options.
    static Task couponIssueTask(BssClient *client, const CouponIssueRunner::Options &options);
    // Distributor → resellers: item.id is the reseller (issue) or the reseller's quota (reclaim).
    static Task resellerQuotaIssueTask(BssClient *client, const QString &parentQuotaId);
    static Task resellerQuotaReclaimTask(BssClient *client);
    // Sandbox-only writes checked against a list (CheckedWrite): item.id is the customer, the
    // remitter's name, or the agreement.
    static Task unbindTask(BssClient *client, const QString &reason);
    static Task agreementAddTask(BssClient *client, const QString &remitterType);
    static Task agreementVoidTask(BssClient *client);
    static Task checkedTask(std::function<CheckedWrite *(const Item &item, QObject *context)> make);

    void setItems(const QList<Item> &items);
    void setCurrency(const QString &currency) { m_currency = currency; }
    QString currency() const { return m_currency; }
    void setConcurrency(int n) { m_concurrency = std::max(1, n); }
    void setRatePerSecond(double perSecond); // 0: no start-rate limit
    void start();
    void cancel();
    // Puts the failed and cancelled items back to pending and runs them again.
    void retryFailed();
    bool isRunning() const { return m_running; }
    int count(State state) const;
    Decimal total() const;            // asked, over every item
    Decimal total(State state) const; // of the results in one state
    const Item &item(int row) const { return m_items.at(row); }
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
    void pump();
    void setState(int row, State state);
    void finishIfDone();

    Task m_task;
    QList<Item> m_items;
    QString m_currency = QStringLiteral("CNY");
    int m_concurrency = 4;
    int m_intervalMs = 0;
    int m_inFlight = 0;
    int m_next = 0; // rows before this one were started (or settled)
    bool m_running = false;
    bool m_cancelled = false;
    bool m_pumpScheduled = false;
    QElapsedTimer m_clock;
    qint64 m_lastStart = -1000000;
};
