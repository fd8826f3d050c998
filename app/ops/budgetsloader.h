#pragma once

#include "bss/bsserror.h"
#include "bss/pager.h"
#include "core/decimal.h"

#include <QJsonObject>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QStringList>

class BssClient;
class RecordTableModel;

// The International site's budgets page: every resale (转售) customer of the partner (or of one
// reseller), each with its budget (ListSubCustomerBudget, 100 at a time), how much is used and
// left, and whether it is over or near the budget; and one customer's budget history. Customers
// without a budget are listed as such. Nothing waits: each answer is a signal.
class BudgetsLoader : public QObject
{
    Q_OBJECT
public:
    BudgetsLoader(BssClient *client, RecordTableModel *budgets, RecordTableModel *history,
                  QObject *parent = nullptr);

    void load(const QString &indirectPartnerId = QString());
    void loadHistory(const QString &customerId, const QString &indirectPartnerId);
    // A budget used to at least this share (percent) is "near"; 100 or more is "over".
    void setNearPercent(int percent) { m_nearPercent = percent; }
    int nearPercent() const { return m_nearPercent; }
    QString scope() const { return m_scope; }
    bool isRunning() const { return m_running; }

    // "over", "near", "within" or "none" (no budget).
    // The state filters of the page and the CLI (--status): over, near, within, none, frozen;
    // each is one field of the records and the value it must have.
    static const QStringList &stateFilters();
    static QPair<QString, QString> stateField(const QString &filter);
    static bool matchesState(const QJsonObject &record, const QString &filter); // "": all
    static QString stateOf(const Decimal &budget, const Decimal &used, bool hasBudget,
                           int nearPercent);

signals:
    void loaded(int customers);
    void historyLoaded(int records);
    void failed(const BssError &error);

private:
    void readBudgets(const QJsonArray &customers, quint64 generation);
    void finish(const BssError &error);

    BssClient *m_client;
    RecordTableModel *m_budgets;
    RecordTableModel *m_history;
    QPointer<Pager> m_pager;
    QPointer<Pager> m_historyPager;
    QString m_scope;
    int m_nearPercent = 90;
    quint64 m_generation = 0;
    bool m_running = false;
};
