#pragma once

#include "ui/shell/DesktopSession.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace app::desktop {

// The command line of `gongzhi`:
//   gongzhi [--data-dir DIR] [--lang zh_CN|en] [--kiosk] [--screenshots OUTDIR]
//           [--as staff|secretary] [--password P] [--bench-ui]
struct DesktopOptions {
    ui::SessionOptions session;
    QString language; // empty: the setting, then the system's
    QString screenshotsDir;
    bool benchUi = false; // print start-up, page and scrolling times, then quit

    // Parses the application's arguments; on a usage error returns nullopt
    // after printing the message and the help.
    static std::optional<DesktopOptions> parse(const QCoreApplication &app);
};

} // namespace app::desktop
