#pragma once

#include <QSize>
#include <QString>

class QScreen;

namespace ui::kiosk {

// Elderly-friendly sizes (适老化), computed from the screen's physical DPI:
// every touch target at least 15 mm, body text at least 5 mm tall, and both
// grow with the window so a large screen is not mostly empty.
struct KioskMetrics {
    int touchPx = 64; // minimum height and width of anything tappable
    int fontPx = 28; // body text
    int titlePx = 40; // screen titles
    int bigDigitsPx = 72; // tracking codes and totals
    int spacingPx = 16;
    double textScale = 1.0; // 1.0 or the bigger-text scale
};

constexpr double BiggerTextScale = 1.3;

// `physicalDpi` from QScreen::physicalDotsPerInch (≤ 0: assume 96).
KioskMetrics computeMetrics(double physicalDpi, QSize window, double textScale);
KioskMetrics computeMetrics(const QScreen *screen, QSize window, double textScale);
// The whole kiosk's style sheet: high contrast (near-black on warm white,
// white on deep red for primary actions), sizes from `m`.
QString kioskStyleSheet(const KioskMetrics &m);

} // namespace ui::kiosk
