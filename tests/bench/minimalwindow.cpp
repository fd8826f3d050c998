// The cold-start baseline: a minimal QMainWindow (a menu, a table, a status bar) started and
// quit after its first paint exactly as `partnerdesk --quit-after-first-paint` is.
#include "widgets/firstpaintprobe.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&File"));
    window.setCentralWidget(new QTableWidget(20, 8, &window));
    window.statusBar()->showMessage(QStringLiteral("ready"));
    auto *probe = new FirstPaintProbe(&window);
    QObject::connect(probe, &FirstPaintProbe::painted, &app, &FirstPaintProbe::printAndQuit,
                     Qt::QueuedConnection);
    window.resize(1280, 760);
    window.show();
    return app.exec();
}
