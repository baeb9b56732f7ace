#include "ui/kiosk/KioskStyle.h"

#include <QScreen>

#include <cmath>

namespace ui::kiosk {

KioskMetrics computeMetrics(double physicalDpi, QSize window, double textScale)
{
    const double dpi = physicalDpi > 0 ? physicalDpi : 96.0;
    const double pxPerMm = dpi / 25.4;
    KioskMetrics m;
    m.textScale = textScale;
    const int height = qMax(600, window.height());
    // 15 mm is the floor; on a big screen 1/14 of its height is larger.
    m.touchPx = int(std::ceil(qMax(15.0 * pxPerMm, height / 14.0)));
    // Body text: 5 mm and 1/36 of the height at least.
    const double body = qMax(5.0 * pxPerMm, height / 36.0);
    m.fontPx = int(std::round(body * textScale));
    m.titlePx = int(std::round(body * 1.45 * textScale));
    m.bigDigitsPx = int(std::round(body * 2.6 * textScale));
    m.spacingPx = int(std::round(qMax(3.0 * pxPerMm, height / 70.0)));
    return m;
}

KioskMetrics computeMetrics(const QScreen *screen, QSize window, double textScale)
{
    return computeMetrics(screen ? screen->physicalDotsPerInch() : 0.0, window, textScale);
}

QString kioskStyleSheet(const KioskMetrics &m)
{
    const int touch = int(m.touchPx * qMax(1.0, m.textScale * 0.9));
    const int keyFont = int(m.fontPx * 1.05);
    // Colours: text #1A1A1A on #FFFBF2 (contrast 16:1); primary #A8141B with
    // white (7.6:1); secondary white with a 3 px near-black border.
    return QStringLiteral(
               "QWidget { background: #FFFBF2; color: #1A1A1A; font-size: %1px; }"
               "QLabel { background: transparent; }"
               "QLabel[role=\"title\"] { font-size: %2px; font-weight: bold; }"
               "QLabel[role=\"subtitle\"] { font-size: %3px; font-weight: bold; color: #7A0F14; }"
               "QLabel[role=\"note\"] { color: #3A3A3A; }"
               "QLabel[role=\"bigDigits\"] { font-size: %4px; font-weight: bold;"
               " letter-spacing: 4px; }"
               "QLabel[role=\"keypadDisplay\"] { font-size: %5px; font-weight: bold;"
               " background: white; border: 3px solid #1A1A1A; border-radius: 8px;"
               " min-height: %6px; padding: 4px 16px; }"
               "QLabel[role=\"keypadDisplay\"][empty=\"true\"] { color: #6A6A6A;"
               " font-size: %1px; font-weight: normal; }"
               "QLabel[role=\"banner\"] { background: #FFE08A; color: #1A1A1A; padding: 8px;"
               " border: 2px solid #8A6A00; }"
               "QLabel[role=\"error\"] { background: #FDE2E2; color: #8A0000; padding: 8px;"
               " border: 2px solid #8A0000; font-weight: bold; }"
               "QLabel[role=\"preedit\"] { color: #7A0F14; font-weight: bold; }"
               "QFrame[role=\"card\"] { background: white; border: 2px solid #B8B0A0;"
               " border-radius: 10px; }"
               "QFrame[role=\"topBar\"] { background: #A8141B; }"
               "QFrame[role=\"topBar\"] QLabel { color: white; font-size: %2px;"
               " font-weight: bold; }"
               "QPushButton { background: white; color: #1A1A1A; border: 3px solid #1A1A1A;"
               " border-radius: 10px; min-height: %6px; min-width: %6px; padding: 4px 18px; }"
               "QPushButton:pressed, QPushButton:checked { background: #FFE08A; }"
               "QPushButton:disabled { color: #9A9A9A; border-color: #C8C8C8; }"
               "QPushButton[role=\"primary\"] { background: #A8141B; color: white;"
               " border-color: #A8141B; font-weight: bold; }"
               "QPushButton[role=\"primary\"]:pressed { background: #7A0F14; }"
               "QPushButton[role=\"primary\"]:disabled { background: #D8A0A0;"
               " border-color: #D8A0A0; }"
               "QPushButton[role=\"tile\"] { font-size: %2px; font-weight: bold;"
               " text-align: center; border-width: 4px; }"
               "QPushButton[role=\"topBar\"] { background: white; color: #A8141B;"
               " border: 3px solid white; font-weight: bold; }"
               "QPushButton[role=\"topBar\"]:checked { background: #FFE08A; }"
               "QPushButton[role=\"key\"] { font-size: %7px; padding: 2px 4px; min-height: %9px;"
               " min-width: %9px; }"
               "QPushButton[role=\"candidate\"] { font-size: %2px; padding: 2px 4px;"
               " min-height: %9px; min-width: %9px; }"
               "QPushButton[role=\"digitKey\"] { font-size: %5px; font-weight: bold;"
               " min-height: %9px; min-width: %9px; padding: 2px; }"
               "QPushButton[role=\"phrase\"] { padding: 2px 8px; min-height: %9px; }"
               "QPushButton[role=\"listItem\"] { text-align: left; padding: 10px 18px; }"
               "QTextEdit, QPlainTextEdit { background: white; border: 3px solid #1A1A1A;"
               " border-radius: 8px; font-size: %2px; }"
               "QScrollBar:vertical { width: %8px; }")
        .arg(m.fontPx)
        .arg(m.titlePx)
        .arg(int(m.fontPx * 1.15))
        .arg(m.bigDigitsPx)
        .arg(int(m.titlePx * 1.1))
        .arg(touch)
        .arg(keyFont)
        .arg(qMax(24, m.touchPx / 2))
        .arg(m.touchPx);
}

} // namespace ui::kiosk
