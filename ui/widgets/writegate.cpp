#include "widgets/writegate.h"

#include "bss/bssclient.h"

#include <QAction>
#include <QEvent>
#include <QWidget>

namespace {
const char kWanted[] = "pc_gate_wanted";
const char kOwnTip[] = "pc_gate_tooltip";
const char kShownTip[] = "pc_gate_shown";

void setControl(QObject *control, bool enabled, const QString &tip)
{
    if (auto *w = qobject_cast<QWidget *>(control)) {
        w->setEnabled(enabled);
        w->setToolTip(tip);
    } else if (auto *a = qobject_cast<QAction *>(control)) {
        a->setEnabled(enabled);
        a->setToolTip(tip);
    }
}

QString toolTipOf(QObject *control)
{
    if (auto *w = qobject_cast<QWidget *>(control))
        return w->toolTip();
    if (auto *a = qobject_cast<QAction *>(control))
        return a->toolTip();
    return {};
}
} // namespace

WriteGate::WriteGate(BssClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    connect(client, &BssClient::offlineChanged, this, &WriteGate::applyAll);
    if (parent)
        parent->installEventFilter(this);
}

QString WriteGate::offlineReason()
{
    return tr("Not available offline: the server can't be reached, and this page shows saved "
              "data. It is enabled again as soon as the server answers.");
}

void WriteGate::setEnabled(QObject *control, bool wanted)
{
    if (!control)
        return;
    if (!m_controls.contains(control))
        m_controls.append(control);
    control->setProperty(kWanted, wanted);
    apply(control);
}

void WriteGate::apply(QObject *control)
{
    const bool wanted = control->property(kWanted).toBool();
    const bool offline = m_client->isOffline();
    const bool shownOffline = control->property(kOwnTip).isValid();
    const QString current = toolTipOf(control);
    if (offline) {
        // Keep the page's own tooltip (set before or while offline) for when we are back.
        if (!shownOffline || current != control->property(kShownTip).toString())
            control->setProperty(kOwnTip, current);
        const QString tip = offlineReason();
        control->setProperty(kShownTip, tip);
        setControl(control, false, tip);
        return;
    }
    const QString own = shownOffline ? control->property(kOwnTip).toString() : current;
    control->setProperty(kOwnTip, QVariant());
    control->setProperty(kShownTip, QVariant());
    setControl(control, wanted, own);
}

bool WriteGate::eventFilter(QObject *watched, QEvent *event)
{
    // After the page's own retranslation: the offline tooltip in the new language.
    if (event->type() == QEvent::LanguageChange && m_client->isOffline())
        QMetaObject::invokeMethod(this, &WriteGate::applyAll, Qt::QueuedConnection);
    return QObject::eventFilter(watched, event);
}

void WriteGate::applyAll()
{
    m_controls.removeAll(nullptr);
    for (const QPointer<QObject> &c : std::as_const(m_controls))
        apply(c);
}
