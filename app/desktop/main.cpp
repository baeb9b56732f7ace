// gongzhi: the office desktop app. Wires the session (wizard, sign-in, main
// window, kiosk) to the command line; the logic lives in ui/shell.
#include "app/desktop/DesktopOptions.h"
#include "app/desktop/PageFactory.h"
#include "app/desktop/UiBench.h"
#include "ledger/service/LedgerService.h"
#include "translations/Translations.h"
#include "ui/shell/DesktopSession.h"
#include "ui/shell/PageCatalog.h"
#include "ui/shell/ScreenshotTour.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain; // --bench-ui: start-up time
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Gongzhi"));
    QApplication::setApplicationName(QStringLiteral("gongzhi"));
    QApplication::setApplicationVersion(QStringLiteral(GONGZHI_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gongzhi.svg")));
    QApplication::setQuitOnLastWindowClosed(false);

    const auto options = app::desktop::DesktopOptions::parse(app);
    if (!options)
        return 2;
    // The kiosk is Chinese first whatever the PC's locale (residents switch
    // to English with its button); the office app follows the system.
    translations::install(options->language.isEmpty() && options->session.kiosk
                              ? QStringLiteral("zh_CN")
                              : options->language);
    ui::PageCatalog::setFactory(app::desktop::pageFactory());

    ui::DesktopSession session(options->session);
    session.setKioskFactory(app::desktop::kioskFactory(session));
    QObject::connect(&session, &ui::DesktopSession::finished, &app, &QApplication::exit);

    std::unique_ptr<ui::ScreenshotTour> tour;
    if (!options->screenshotsDir.isEmpty()) {
        if (options->session.kiosk) {
            auto ledger = ledger::service::LedgerService::open(options->session.dataDir);
            if (!ledger) {
                qCritical("cannot open %s: %s", qPrintable(options->session.dataDir),
                          qPrintable(ledger.error().detail));
                return 1;
            }
            const auto code = app::desktop::runKioskTour(**ledger, options->screenshotsDir);
            if (!code)
                qCritical("this build has no kiosk");
            return code.value_or(1);
        }
        tour = std::make_unique<ui::ScreenshotTour>(session, options->screenshotsDir);
        QObject::connect(tour.get(), &ui::ScreenshotTour::finished, &app, &QApplication::exit);
    }
    std::unique_ptr<app::desktop::UiBench> bench;
    if (options->benchUi) {
        bench = std::make_unique<app::desktop::UiBench>(session, sinceMain);
        QObject::connect(bench.get(), &app::desktop::UiBench::finished, &app, &QApplication::exit);
    }
    session.start();
    return app.exec();
}
