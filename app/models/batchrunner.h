#pragma once

#include "models/transferrunner.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QPointer>

class BssClient;

// A batch of allocations or reclaims (批量拨款): one item at a time, each sent once through a
// TransferRunner, with progress, cancel (stops before the next item) and "retry the failed
// ones". As a table model it is the per-item result list: customer, amount, status, error code
// and message, transaction id.
class BatchRunner : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class State { Pending, Running, Done, Failed, Unknown, Cancelled };
    enum Column { Customer, Amount, Status, Code, Message, TransactionId, ColumnCount };
    struct Item
    {
        QString customerId;
        QString shownName; // as the table showed it (masked unless revealed)
        Decimal amount;
        State state = State::Pending;
        QString indirectPartnerId; // a reseller's customer, when listed for one
        TransferRunner::Result result;
    };

    BatchRunner(BssClient *client, TransferRunner::Kind kind, QObject *parent = nullptr);

    void setItems(const QList<Item> &items);
    void setCurrency(const QString &currency) { m_currency = currency; }
    QString currency() const { return m_currency; }
    void start();
    void cancel();
    // Puts the failed (not the unknown) items back to pending and runs them again.
    void retryFailed();
    bool isRunning() const { return m_running; }
    int count(State state) const;
    Decimal total() const;            // of every item
    Decimal total(State state) const; // of the items in one state
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
    void next();
    void setState(int row, State state);

    BssClient *m_client;
    TransferRunner::Kind m_kind;
    QList<Item> m_items;
    QString m_currency = QStringLiteral("CNY");
    QPointer<TransferRunner> m_current;
    int m_row = -1;
    bool m_running = false;
    bool m_cancelled = false;
};
