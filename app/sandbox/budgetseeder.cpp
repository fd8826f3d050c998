#include "sandbox/budgetseeder.h"

#include "sandbox/sandboxstore.h"
#include "sandbox/seeddata.h"

#include <QDateTime>

bool BudgetSeeder::run()
{
    QSqlQuery customers = m_store->query();
    if (!m_store->exec(&customers,
                       QStringLiteral("SELECT customer_id, associated_on, is_frozen FROM"
                                      " customers WHERE association_type = ? ORDER BY seq"),
                       {m_store->resaleType()}))
        return false;
    QSqlQuery budget = m_store->query();
    budget.prepare(QStringLiteral("INSERT INTO budgets(customer_id, budget_amount, used_amount,"
                                  " budget_type, frozen_operate_type) VALUES(?,?,?,?,?)"));
    QSqlQuery record = m_store->query();
    record.prepare(QStringLiteral("INSERT INTO budget_records(customer_id, budget_amount,"
                                  " operation_type, operation_time, operator, budget_type)"
                                  " VALUES(?,?,'SETTING',?,?,?)"));
    QSqlQuery w = m_store->query();
    int n = 0;
    while (customers.next()) {
        const QString id = customers.value(0).toString();
        const bool frozenByPartner = customers.value(2).toInt() != 0;
        if (frozenByPartner &&
            !m_store->exec(&w, QStringLiteral("INSERT INTO freezes VALUES(?, 'ACCOUNT', ?, ?, 1)"),
                           {id, QStringLiteral("overdue payment"), customers.value(1).toString()}))
            return false;
        if (m_data->bounded(0, 10) >= 7) // about a third have no budget
            continue;
        const bool monthly = m_data->bounded(0, 4) != 0;
        const Decimal amount = Decimal::fromInt(100 * m_data->bounded(5, 200)).withScale(2);
        // Spread of use: most well inside, every 8th near (90-99 %), every 12th over.
        const int pick = n++;
        int percent = m_data->bounded(0, 80);
        if (pick % 8 == 3)
            percent = m_data->bounded(90, 100);
        if (pick % 12 == 5)
            percent = m_data->bounded(100, 130);
        const Decimal used =
            Decimal::fromMantissa(amount.withScale(2).mantissa() * percent / 100, 2);
        const int policy = m_data->bounded(0, 2);
        const QString type = monthly ? QStringLiteral("MONTHLY") : QStringLiteral("PACKAGE");
        for (const QVariant &v : {QVariant(id), QVariant(amount.toString()),
                                  QVariant(used.toString()), QVariant(type), QVariant(policy)})
            budget.addBindValue(v);
        if (!m_store->execPrepared(&budget))
            return false;
        const QDateTime set = QDateTime::fromString(customers.value(1).toString(), Qt::ISODate)
                                  .addDays(m_data->bounded(1, 60));
        for (const QVariant &v :
             {QVariant(id), QVariant(amount.toString()), QVariant(SandboxStore::utc(set)),
              QVariant(QStringLiteral("sandbox-partner")), QVariant(type)})
            record.addBindValue(v);
        if (!m_store->execPrepared(&record))
            return false;
        if (policy == 1 && used >= amount && !frozenByPartner &&
            !(m_store->exec(&w,
                            QStringLiteral("INSERT INTO freezes VALUES(?, 'ACCOUNT', 'over"
                                           " budget', ?, 0)"),
                            {id, SandboxStore::utc(set.addDays(20))}) &&
              m_store->exec(&w,
                            QStringLiteral("UPDATE customers SET is_frozen = 1 WHERE"
                                           " customer_id = ?"),
                            {id})))
            return false;
    }
    return true;
}
