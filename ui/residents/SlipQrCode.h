#pragma once

#include <QByteArray>
#include <QImage>

namespace ui {

// A QR code of `text` (libqrencode, level M, four-module quiet zone) for the
// resident's slip. The kiosk has the same helper (ui/kiosk/QrCode.h) but
// linking the kiosk's library would pull in its input methods and speech.
QImage slipQrCode(const QByteArray &text, int moduleSize);

} // namespace ui
