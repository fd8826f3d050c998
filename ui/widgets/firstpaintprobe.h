#pragma once

#include <QObject>

class QWidget;

// Emits painted() once, after the first paint event of a widget: the end of a cold start, as
// `partnerdesk --quit-after-first-paint` and bench_coldstart measure it. printAndQuit() writes
// "first-paint <ms since the epoch>" to stdout and quits the application: the time the bench
// reads, so that shutting down is not counted.
class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    explicit FirstPaintProbe(QWidget *widget);
    static void printAndQuit();

signals:
    void painted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_done = false;
};
