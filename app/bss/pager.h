#pragma once

#include "bss/apirequest.h"
#include "bss/bsserror.h"

#include <QJsonArray>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <functional>

class BssClient;
class BssJob;

// Reads every page of a list operation (offset/limit, limit <= 100). The first page tells the total
// ("count" or "total_count"); with pipeline > 1 the next pages are requested N at a time. Pages
// are delivered in offset order whatever order they arrive in.
class Pager : public QObject
{
    Q_OBJECT
public:
    using RequestFactory = std::function<ApiRequest(int offset, int limit)>;
    struct Options
    {
        QString itemsKey;   // e.g. "customer_infos"
        int pageSize = 100; // clamped to 1..100
        int pipeline = 1;   // requests in flight after the first page
        int maxItems = -1;  // stop after this many items (-1: all)
    };

    Pager(BssClient *client, RequestFactory factory, Options options, QObject *parent = nullptr);

    void start();
    void cancel();
    int total() const { return m_total; }
    QString itemsKey() const { return m_options.itemsKey; }
    int received() const { return m_received; }
    bool isRunning() const { return m_running; }

    // The total of a list answer: "total_count", else "count"; -1 when neither is present.
    static int totalOf(const QJsonObject &json);

signals:
    void pageReceived(int offset, const QJsonArray &items, int total);
    // The whole first answer, for lists that carry summary fields beside their items.
    void firstAnswer(const QJsonObject &json);
    void finished(const BssError &error);

private:
    void request(int offset);
    void onPage(BssJob *job, int offset);
    void deliverInOrder();
    void fail(const BssError &error);
    void fillPipeline();

    BssClient *m_client;
    RequestFactory m_factory;
    Options m_options;
    int m_total = -1;
    int m_nextOffset = 0;    // next offset to request
    int m_deliverOffset = 0; // next offset to emit
    int m_received = 0;
    bool m_running = false;
    bool m_lastPageSeen = false;
    QMap<int, QJsonArray> m_buffer;
    QList<QPointer<BssJob>> m_jobs;
};
