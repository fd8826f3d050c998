#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class BssClient;

// The buttons and menu actions of a page that change data on the server. While the client is
// offline (showing cached data) they are disabled and their tooltip says why; pages call
// setEnabled() here instead of on the control, so the page's own condition (a selection, the
// sandbox) and the connection are combined in one place.
class WriteGate : public QObject
{
    Q_OBJECT
public:
    WriteGate(BssClient *client, QObject *parent);

    // Registers the control (a QWidget or a QAction) and applies wanted && online.
    void setEnabled(QObject *control, bool wanted);
    void add(QObject *control) { setEnabled(control, true); }
    // The tooltip of a disabled control while offline (current language).
    static QString offlineReason();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply(QObject *control);
    void applyAll();

    BssClient *m_client;
    QList<QPointer<QObject>> m_controls;
};
