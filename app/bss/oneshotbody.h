#pragma once

#include <QByteArray>
#include <QIODevice>

// The body of a write (money, coupons) that can be sent only once. Qt's HTTP stack silently
// re-sends a request whose connection closed before an answer came, POSTs included; for a
// write that may already have been applied, that would move money twice. Qt re-reads the body
// through reset()/seek(0) before re-sending, so this device refuses to rewind once any byte
// was read: Qt then fails the reply (ContentReSendError) and the client reports an unknown
// outcome instead.
class OneShotBody : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool seek(qint64 pos) override;
    bool reset() override { return seek(0); }
    bool atEnd() const override { return m_pos >= m_data.size(); }
    qint64 bytesAvailable() const override;
    bool rewindRefused() const { return m_refused; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
    bool m_started = false;
    bool m_refused = false;
};
