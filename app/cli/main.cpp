#include "cli/cli.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PartnerDesk"));
    Cli cli(QCoreApplication::arguments());
    QObject::connect(
        &cli, &Cli::done, &app, [](int code) { QCoreApplication::exit(code); },
        Qt::QueuedConnection);
    QTimer::singleShot(0, &cli, &Cli::run);
    return app.exec();
}
