#include "widgets/firstpaintprobe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QWidget>

#include <cstdio>

FirstPaintProbe::FirstPaintProbe(QWidget *widget) : QObject(widget)
{
    widget->installEventFilter(this);
}

void FirstPaintProbe::printAndQuit()
{
    std::printf("first-paint %lld\n", QDateTime::currentMSecsSinceEpoch());
    std::fflush(stdout);
    QCoreApplication::quit();
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint) {
        m_done = true;
        // After this paint has been delivered: the frame is complete.
        QMetaObject::invokeMethod(this, &FirstPaintProbe::painted, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}
