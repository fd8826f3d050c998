#pragma once

#include <QDateTime>
#include <QFrame>
#include <QTimer>

class BssClient;
class QLabel;
class QPushButton;

// The bar above the pages while the server can't be reached: why, how old the data on screen is
// (the oldest cached answer shown), that personal data was cached masked and that changes are
// disabled. "Try again" (and a timer every 30 s) asks for a reload; the first answer from the
// server hides the bar.
class OfflineBar : public QFrame
{
    Q_OBJECT
public:
    explicit OfflineBar(BssClient *client, QWidget *parent = nullptr);

    QString text() const;
    static constexpr int kAutoRetryMs = 30000;

signals:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    BssClient *m_client;
    QLabel *m_label;
    QPushButton *m_retry;
    QTimer m_autoRetry;
};
