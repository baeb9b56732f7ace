#pragma once

#include <QString>

namespace ui {

// The desktop app's per-user settings (QSettings "Gongzhi/gongzhi").
namespace ShellSettings {
// "zh_CN", "en", or empty for the system's language. Takes effect at the next start.
QString language();
void setLanguage(const QString &language);
// Minutes of inactivity before the window locks; 0 = never. Default 10.
int autoLockMinutes();
void setAutoLockMinutes(int minutes);
// Start in the self-service kiosk instead of the office window.
bool kioskAtStart();
void setKioskAtStart(bool kiosk);
// The data directory of this PC's node: the per-user app data folder unless set.
QString dataDir();
void setDataDir(const QString &dir);
} // namespace ShellSettings

} // namespace ui
