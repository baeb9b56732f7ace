#include "ui/residents/SlipQrCode.h"

#include <QPainter>
#include <qrencode.h>

#include <memory>

namespace ui {

QImage slipQrCode(const QByteArray &text, int moduleSize)
{
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(text.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code || moduleSize < 1)
        return {};
    constexpr int Quiet = 4; // ISO/IEC 18004 quiet zone
    const int modules = code->width + 2 * Quiet;
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1) // bit 0: dark module
                p.fillRect((x + Quiet) * moduleSize, (y + Quiet) * moduleSize, moduleSize,
                           moduleSize, Qt::black);
        }
    }
    return image;
}

} // namespace ui
