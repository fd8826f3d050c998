#pragma once

#include <QObject>

class QWidget;

// Emits painted() once, after the first paint event of a widget: the end of a cold start, as
// `partnerdesk --quit-after-first-paint` and bench_coldstart measure it.
class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    explicit FirstPaintProbe(QWidget *widget);

signals:
    void painted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_done = false;
};
