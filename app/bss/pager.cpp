#include "bss/pager.h"

#include "bss/bssclient.h"
#include "bss/bssjob.h"

#include <utility>

Pager::Pager(BssClient *client, RequestFactory factory, Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_factory(std::move(factory))
    , m_options(std::move(options))
{
    m_options.pageSize = std::clamp(m_options.pageSize, 1, 100);
    m_options.pipeline = std::max(1, m_options.pipeline);
}

int Pager::totalOf(const QJsonObject &json)
{
    for (const char *key : {"total_count", "count"}) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isDouble())
            return v.toInt();
    }
    return -1;
}

void Pager::start()
{
    if (m_running)
        return;
    m_running = true;
    m_total = -1;
    m_nextOffset = m_deliverOffset = m_received = 0;
    m_lastPageSeen = false;
    m_buffer.clear();
    request(0);
}

void Pager::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    const auto jobs = std::exchange(m_jobs, {});
    for (const auto &job : jobs) {
        if (job)
            job->cancel();
    }
    emit finished(BssError(BssError::Kind::Cancelled, QString(), QString()));
}

void Pager::request(int offset)
{
    int limit = m_options.pageSize;
    if (m_options.maxItems >= 0)
        limit = std::min(limit, m_options.maxItems - offset);
    m_nextOffset = offset + limit;
    BssJob *job = m_client->call(m_factory(offset, limit));
    m_jobs.append(job);
    connect(job, &BssJob::finished, this, [this, job, offset] { onPage(job, offset); });
}

void Pager::fillPipeline()
{
    auto inFlight = [this] {
        return std::count_if(m_jobs.cbegin(), m_jobs.cend(),
                             [](const QPointer<BssJob> &j) { return j && !j->isFinished(); });
    };
    const int end = m_options.maxItems >= 0 && (m_total < 0 || m_options.maxItems < m_total)
                        ? m_options.maxItems
                        : m_total;
    while (m_running && end >= 0 && m_nextOffset < end && inFlight() < m_options.pipeline)
        request(m_nextOffset);
}

void Pager::onPage(BssJob *job, int offset)
{
    m_jobs.removeAll(job);
    if (!m_running)
        return;
    if (job->error().isError()) {
        fail(job->error());
        return;
    }
    const QJsonObject json = job->json();
    const QJsonValue items = json.value(m_options.itemsKey);
    if (!items.isUndefined() && !items.isNull() && !items.isArray()) {
        fail(BssError(BssError::Kind::MalformedResponse, QString(),
                      tr("\"%1\" is not a list").arg(m_options.itemsKey), job->httpStatus()));
        return;
    }
    const QJsonArray page = items.toArray();
    if (offset == 0) {
        m_total = totalOf(json);
        emit firstAnswer(json);
    }
    if (m_total < 0 && page.size() < m_options.pageSize)
        m_lastPageSeen = true; // no total: a short page is the last one
    m_buffer.insert(offset, page);
    deliverInOrder();
    if (!m_running)
        return;
    if (m_total < 0) {
        if (!m_lastPageSeen && (m_options.maxItems < 0 || m_nextOffset < m_options.maxItems) &&
            m_jobs.isEmpty())
            request(m_nextOffset);
    } else {
        fillPipeline();
    }
    if (m_jobs.isEmpty() && m_buffer.isEmpty()) {
        m_running = false;
        emit finished(BssError());
    }
}

void Pager::deliverInOrder()
{
    while (m_buffer.contains(m_deliverOffset)) {
        const QJsonArray page = m_buffer.take(m_deliverOffset);
        const int requested = m_options.pageSize;
        m_received += int(page.size());
        emit pageReceived(m_deliverOffset, page, m_total);
        m_deliverOffset +=
            (m_options.maxItems >= 0 ? std::min(requested, m_options.maxItems - m_deliverOffset)
                                     : requested);
    }
}

void Pager::fail(const BssError &error)
{
    m_running = false;
    const auto jobs = std::exchange(m_jobs, {});
    for (const auto &job : jobs) {
        if (job)
            job->cancel();
    }
    emit finished(error);
}
