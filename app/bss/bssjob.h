#pragma once

#include "bss/abstractjob.h"
#include "bss/apirequest.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

class BssClient;

// One BSS operation: signs and sends the request, retries reads according to the client's
// RetryPolicy (never writes), classifies the outcome. Results are valid after finished().
class BssJob : public AbstractJob
{
    Q_OBJECT
public:
    // No BSS answer comes near this (a 100-row page is about 100 KB).
    static constexpr qint64 MaxAnswerBytes = 8 * 1024 * 1024;
    BssJob(BssClient *client, ApiRequest request);

    const ApiRequest &request() const { return m_request; }
    int httpStatus() const { return m_httpStatus; }
    QByteArray rawBody() const { return m_body; }
    QJsonObject json() const { return m_json; }
    QString requestId() const { return m_requestId; }
    int attempts() const { return m_attempts; }
    // Items that failed inside a successful (HTTP 200) batch answer: error_details.
    const QList<BssError::Detail> &partialFailures() const { return m_partial; }

protected:
    void doStart() override;
    void doCancel() override;

private:
    friend class BssClient;
    void sendAttempt(); // called by the client when a connection slot is free
    void onReplyFinished();
    void onTimeout();
    BssError classifyReply(QNetworkReply *reply);
    void failOrRetry(BssError error);
    void answerFromCache(const BssError &error);

    QPointer<BssClient> m_client;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_retryTimer;
    bool m_timedOut = false;
    bool m_tooLarge = false; // the answer passed MaxAnswerBytes and was dropped
    bool m_cancelling = false;
    QString m_sslErrors;
    int m_attempts = 0;
    int m_httpStatus = 0;
    QByteArray m_body;
    QJsonObject m_json;
    QString m_requestId;
    QList<BssError::Detail> m_partial;
};
