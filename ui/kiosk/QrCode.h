#pragma once

#include <QByteArray>
#include <QImage>

namespace ui::kiosk {

// A QR code (libqrencode, error correction level M) as a black-on-white image
// with a four-module quiet zone, `moduleSize` pixels per module; a null image
// if encoding fails.
QImage qrCodeImage(const QByteArray &text, int moduleSize);

} // namespace ui::kiosk
