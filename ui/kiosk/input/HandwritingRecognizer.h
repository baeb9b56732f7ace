#pragma once

#include <QList>
#include <QPolygonF>
#include <QSizeF>
#include <QStringList>

#include <memory>

namespace zinnia {
class Recognizer;
}

namespace ui::kiosk {

// Chinese handwriting recognition through zinnia with the model of Debian's
// tegaki-zinnia-simplified-chinese. Loading the model reads ~26 MB: call
// open() off the UI thread; recognize() takes milliseconds.
class HandwritingRecognizer
{
public:
    static constexpr const char *DefaultModel
        = "/usr/share/tegaki/models/zinnia/handwriting-zh_CN.model";
    ~HandwritingRecognizer();
    // nullptr if the model cannot be read.
    static std::unique_ptr<HandwritingRecognizer> open(const QString &modelPath
                                                       = QString::fromLatin1(DefaultModel));
    // Best candidates first for strokes drawn in a box of `area` (any unit).
    QStringList recognize(const QList<QPolygonF> &strokes, QSizeF area, int count = 10) const;

private:
    HandwritingRecognizer() = default;
    std::unique_ptr<zinnia::Recognizer> m_recognizer;
};

} // namespace ui::kiosk
