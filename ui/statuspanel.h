#pragma once

#include <QDateTime>
#include <QObject>

class QLabel;
class QStatusBar;
class Session;

// The window's status bar: the profile, the site, the last sync (or "Offline") and the requests
// in flight. Data served from the offline cache is not a sync: the time stays at the last real
// one.
class StatusPanel : public QObject
{
    Q_OBJECT
public:
    StatusPanel(Session *session, QStatusBar *bar);

    void markSynced();
    void update(); // the texts again (the session or the language changed)

private:
    Session *m_session;
    QLabel *m_profile;
    QLabel *m_site;
    QLabel *m_sync;
    QLabel *m_inFlight;
    QDateTime m_synced;
};
