#include "ui/kiosk/input/HandwritingRecognizer.h"

#include <QFile>

#include <zinnia.h>

namespace ui::kiosk {

HandwritingRecognizer::~HandwritingRecognizer() = default;

std::unique_ptr<HandwritingRecognizer> HandwritingRecognizer::open(const QString &modelPath)
{
    std::unique_ptr<HandwritingRecognizer> r(new HandwritingRecognizer);
    r->m_recognizer.reset(zinnia::Recognizer::create());
    if (!r->m_recognizer || !r->m_recognizer->open(QFile::encodeName(modelPath).constData()))
        return nullptr;
    return r;
}

QStringList HandwritingRecognizer::recognize(const QList<QPolygonF> &strokes, QSizeF area,
                                             int count) const
{
    if (strokes.isEmpty() || area.isEmpty())
        return {};
    // zinnia's models are trained on a 300 x 300 box.
    constexpr double Box = 300.0;
    std::unique_ptr<zinnia::Character> c(zinnia::Character::create());
    c->set_width(size_t(Box));
    c->set_height(size_t(Box));
    size_t id = 0;
    for (const QPolygonF &stroke : strokes) {
        if (stroke.isEmpty())
            continue;
        for (const QPointF &p : stroke)
            c->add(id, int(p.x() * Box / area.width()), int(p.y() * Box / area.height()));
        ++id;
    }
    if (id == 0)
        return {};
    std::unique_ptr<zinnia::Result> result(m_recognizer->classify(*c, size_t(count)));
    QStringList out;
    if (result) {
        for (size_t i = 0; i < result->size(); ++i)
            out << QString::fromUtf8(result->value(i));
    }
    return out;
}

} // namespace ui::kiosk
