#include "app/desktop/DesktopOptions.h"

#include "ui/shell/ShellSettings.h"

#include <QCommandLineParser>

#include <cstdio>

namespace app::desktop {

std::optional<DesktopOptions> DesktopOptions::parse(const QCoreApplication &app)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QCoreApplication::translate("DesktopOptions", "Gongzhi community co-governance desktop."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOption({ QStringLiteral("data-dir"),
                  QCoreApplication::translate("DesktopOptions", "This PC's node data directory."),
                  QStringLiteral("DIR") });
    p.addOption({ QStringLiteral("lang"),
                  QCoreApplication::translate("DesktopOptions", "Language: zh_CN or en."),
                  QStringLiteral("LANG") });
    p.addOption(
        { QStringLiteral("kiosk"),
          QCoreApplication::translate("DesktopOptions", "Start as the self-service kiosk.") });
    p.addOption({ QStringLiteral("screenshots"),
                  QCoreApplication::translate("DesktopOptions",
                                              "Save a PNG of every page and dialog into OUTDIR, "
                                              "then quit."),
                  QStringLiteral("OUTDIR") });
    p.addOption({ QStringLiteral("bench-ui"),
                  QCoreApplication::translate("DesktopOptions",
                                              "Measure start-up, every page's open time and "
                                              "scrolling (with --as), print the figures, then "
                                              "quit.") });
    p.addOption({ QStringLiteral("as"),
                  QCoreApplication::translate("DesktopOptions",
                                              "Sign in at once as a staff member or the party "
                                              "secretary: staff or secretary."),
                  QStringLiteral("ROLE") });
    p.addOption({ QStringLiteral("password"),
                  QCoreApplication::translate("DesktopOptions", "Password for --as."),
                  QStringLiteral("P") });
    p.process(app);

    DesktopOptions o;
    o.session.dataDir = p.isSet(QStringLiteral("data-dir")) ? p.value(QStringLiteral("data-dir"))
                                                            : ui::ShellSettings::dataDir();
    o.session.kiosk = p.isSet(QStringLiteral("kiosk")) || ui::ShellSettings::kioskAtStart();
    o.session.password = p.value(QStringLiteral("password"));
    o.language = p.isSet(QStringLiteral("lang")) ? p.value(QStringLiteral("lang"))
                                                 : ui::ShellSettings::language();
    o.screenshotsDir = p.value(QStringLiteral("screenshots"));
    o.benchUi = p.isSet(QStringLiteral("bench-ui"));
    const QString as = p.value(QStringLiteral("as"));
    if (as == QLatin1String("staff")) {
        o.session.signInAs = ledger::chain::Role::Staff;
    } else if (as == QLatin1String("secretary")) {
        o.session.signInAs = ledger::chain::Role::Secretary;
    } else if (!as.isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("DesktopOptions",
                                                            "--as takes staff or secretary")));
        return std::nullopt;
    }
    if (!o.language.isEmpty() && o.language != QLatin1String("zh_CN")
        && o.language != QLatin1String("en")) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("DesktopOptions", "--lang takes zh_CN or en")));
        return std::nullopt;
    }
    return o;
}

} // namespace app::desktop
