#pragma once

#include <QDateTime>
#include <QObject>

class QLabel;
class QStatusBar;
class Session;
class Workspace;

// The window's status bar: the profile, the site, the last sync (or "Offline") and the requests
// in flight. A sync is a whole one (the overview's) or the customer list read again by itself;
// data served from the offline cache is not a sync: the time stays at the last real one.
class StatusPanel : public QObject
{
    Q_OBJECT
public:
    StatusPanel(Workspace *workspace, QStatusBar *bar);

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
