#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QString>

class QWidget;

// Help > About (version, Qt, the data folder) and the application's identity: its icon and the
// folder of the audit log and the offline cache (Tools > Open data folder).
class AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(AboutBox)
public:
    static void open(QWidget *parent); // window-modal, never exec()
    static QString dataFolder();
    // The PNG sizes of resources/icons/partnerdesk.svg, embedded.
    static QIcon applicationIcon();
};
