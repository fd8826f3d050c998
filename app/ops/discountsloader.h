#pragma once

#include "bss/bsserror.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class BssClient;
class Pager;
class RecordTableModel;

// The Discounts page's read (本月折扣, sandbox-only endpoint): this month's discount per
// customer, every page, into the page's model, with the totals and breakdowns (by product and by
// association type) that ride on the answer.
class DiscountsLoader : public QObject
{
    Q_OBJECT
public:
    DiscountsLoader(BssClient *client, RecordTableModel *customers, QObject *parent = nullptr);

    void load();

signals:
    // The answer's summary fields (totals, by_association_type, …), without the records.
    void loaded(const QJsonObject &summary);
    void failed(const BssError &error);

private:
    BssClient *m_client;
    RecordTableModel *m_customers;
    QPointer<Pager> m_pager;
};
