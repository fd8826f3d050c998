#include "widgets/firstpaintprobe.h"

#include <QEvent>
#include <QWidget>

FirstPaintProbe::FirstPaintProbe(QWidget *widget) : QObject(widget)
{
    widget->installEventFilter(this);
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
