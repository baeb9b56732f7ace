#include "ui/shell/ShellSettings.h"

#include <QSettings>
#include <QStandardPaths>

namespace ui::ShellSettings {

namespace {
QSettings settings()
{
    return QSettings(QStringLiteral("Gongzhi"), QStringLiteral("gongzhi"));
}
} // namespace

QString language()
{
    return settings().value(QStringLiteral("language")).toString();
}

void setLanguage(const QString &language)
{
    settings().setValue(QStringLiteral("language"), language);
}

int autoLockMinutes()
{
    return qBound(0, settings().value(QStringLiteral("autoLockMinutes"), 10).toInt(), 240);
}

void setAutoLockMinutes(int minutes)
{
    settings().setValue(QStringLiteral("autoLockMinutes"), minutes);
}

bool kioskAtStart()
{
    return settings().value(QStringLiteral("kioskAtStart"), false).toBool();
}

void setKioskAtStart(bool kiosk)
{
    settings().setValue(QStringLiteral("kioskAtStart"), kiosk);
}

QString dataDir()
{
    const QString dir = settings().value(QStringLiteral("dataDir")).toString();
    if (!dir.isEmpty())
        return dir;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/node");
}

void setDataDir(const QString &dir)
{
    settings().setValue(QStringLiteral("dataDir"), dir);
}

} // namespace ui::ShellSettings
