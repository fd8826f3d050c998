// partnerdesk: the desktop client. See README for the options.
#include "core/settingskeys.h"
#include "core/translator.h"
#include "core/version.h"
#include "dialogs/aboutbox.h"
#include "mainwindow.h"
#include "ops/session.h"
#include "ops/singleinstance.h"
#include "sandboxstarter.h"
#include "secrets/profilestore.h"
#include "widgets/firstpaintprobe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

namespace {

// --version and --help need no display: answered before QApplication exists (it would abort on
// a machine without one, as in a package check).
bool answeredWithoutDisplay(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v") {
            printf("PartnerDesk %s\n", PARTNERDESK_VERSION);
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (answeredWithoutDisplay(argc, argv))
        return 0;
    QApplication app(argc, argv);
    QApplication::setWindowIcon(AboutBox::applicationIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("org.partnerdesk.PartnerDesk"));
    QApplication::setOrganizationName(QStringLiteral("PartnerDesk"));
    QApplication::setApplicationName(QStringLiteral("PartnerDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PARTNERDESK_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QStringLiteral("Run on the embedded sandbox server."));
    const QCommandLineOption customers(QStringLiteral("sandbox-customers"),
                                       QStringLiteral("Sandbox size (default 5000)."),
                                       QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption site(QStringLiteral("sandbox-site"),
                                  QStringLiteral("Sandbox flavour: china or intl."),
                                  QStringLiteral("SITE"), QStringLiteral("china"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("zh_CN or en."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption page(
        QStringLiteral("page"),
        QStringLiteral("The page to open: overview, customers, coupons, quotas, funds, "
                       "resellers, marketplace, incentives, discounts or "
                       "pricing."),
        QStringLiteral("PAGE"));
    const QCommandLineOption shot(QStringLiteral("screenshot"),
                                  QStringLiteral("Save the window as PNG once loaded, then exit."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QStringLiteral("Open with this saved profile."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption newInstance(
        QStringLiteral("new-instance"),
        QStringLiteral("Start another window even if PartnerDesk is already running."));
    QCommandLineOption firstPaint(QStringLiteral("quit-after-first-paint"),
                                  QStringLiteral("Quit once the window has been painted (the "
                                                 "cold-start benchmark)."));
    firstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions(
        {sandbox, customers, site, lang, page, shot, profile, newInstance, firstPaint});
    parser.process(app);

    // One window per user: a second launch raises the running one (and opens --page there).
    SingleInstance instance;
    const bool single =
        !parser.isSet(shot) && !parser.isSet(newInstance) && !parser.isSet(firstPaint);
    if (single && instance.forwardToRunning(QApplication::arguments().mid(1)))
        return 0;
    if (single)
        instance.listen();

    Translator translator;
    const QString saved = QSettings().value(SettingsKeys::language()).toString();
    const QString language = parser.isSet(lang) ? Translator::normalise(parser.value(lang))
                             : !Translator::normalise(saved).isEmpty()
                                 ? Translator::normalise(saved)
                                 : Translator::systemLanguage();
    if (language.isEmpty()) {
        fprintf(stderr, "--lang must be zh_CN or en\n");
        return 2;
    }
    translator.setLanguage(language); // and the default locale (Translator::locale)

    Session session;
    session.client()->setLanguage(language);
    MainWindow window(&session);
    window.setTranslator(&translator);
    if (parser.isSet(page) && !window.openPage(parser.value(page))) {
        fprintf(stderr, "unknown page: %s\n", qPrintable(parser.value(page)));
        return 2;
    }
    if (parser.isSet(shot)) {
        const QString file = parser.value(shot);
        QObject::connect(&window, &MainWindow::pageLoaded, &app,
                         [&window, file](const QString &key) {
                             if (key != window.currentPage())
                                 return; // another page's data; wait for the one on screen
                             QTimer::singleShot(300, &window, [&window, file] {
                                 const bool ok = window.grab().save(file, "PNG");
                                 QApplication::exit(ok ? 0 : 1);
                             });
                         });
    }
    QObject::connect(&instance, &SingleInstance::activated, &window, &MainWindow::handleLaunch);
    window.resize(1280, 760);
    if (parser.isSet(firstPaint)) {
        auto *probe = new FirstPaintProbe(&window);
        QObject::connect(probe, &FirstPaintProbe::painted, &app, &FirstPaintProbe::printAndQuit,
                         Qt::QueuedConnection);
    }
    window.show();
    SandboxStore::SeedOptions seed;
    seed.customers = std::clamp(parser.value(customers).toInt(), 0, 1000000);
    seed.international = parser.value(site) == u"intl";
    SandboxStarter starter(&session);
    starter.setSeed(seed);
    QObject::connect(&window, &MainWindow::sandboxRequested, &starter,
                     qOverload<>(&SandboxStarter::start));
    QObject::connect(&starter, &SandboxStarter::failed, &window, [&window](const QString &message) {
        QMessageBox::critical(&window, MainWindow::tr("PartnerDesk"), message);
    });
    QSettings settings;
    const QString last = settings.value(SettingsKeys::lastProfile()).toString();
    if (parser.isSet(profile))
        window.useProfile(parser.value(profile));
    else if (parser.isSet(sandbox) || parser.isSet(shot))
        window.useSandbox();
    else if (!last.isEmpty() && ProfileStore(&settings).profile(last))
        window.useProfile(last);
    else if (settings.contains(SettingsKeys::lastProfile())) // the sandbox was used last
        window.useSandbox();
    else
        window.showFirstRun();
    return app.exec();
}
