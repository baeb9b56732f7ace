#include "ui/kiosk/input/HandwritingPad.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace ui::kiosk {

HandwritingPad::HandwritingPad(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("handwritingPadWidget"));
    setAttribute(Qt::WA_AcceptTouchEvents, false); // touch arrives as synthesized mouse events
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMinimumSize(160, 160);
}

void HandwritingPad::setStrokes(const QList<QPolygonF> &strokes)
{
    m_strokes = strokes;
    update();
    Q_EMIT strokesChanged();
}

void HandwritingPad::clear()
{
    m_strokes.clear();
    m_drawing = false;
    update();
    Q_EMIT strokesChanged();
}

void HandwritingPad::undoStroke()
{
    if (m_strokes.isEmpty())
        return;
    m_strokes.removeLast();
    update();
    Q_EMIT strokesChanged();
}

QRectF HandwritingPad::box() const
{
    const double side = qMin(width(), height()) - 4.0;
    return QRectF((width() - side) / 2, (height() - side) / 2, side, side);
}

void HandwritingPad::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box = this->box();
    p.fillRect(box, QColor(0xFF, 0xFD, 0xF2));
    p.setPen(QPen(QColor(0x55, 0x55, 0x55), 3));
    p.drawRect(box);
    // 米字格: the guide Chinese children learn to write in.
    QPen guide(QColor(0xD8, 0x9A, 0x9A), 1.5, Qt::DashLine);
    p.setPen(guide);
    p.drawLine(QPointF(box.center().x(), box.top()), QPointF(box.center().x(), box.bottom()));
    p.drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()));
    p.drawLine(box.topLeft(), box.bottomRight());
    p.drawLine(box.topRight(), box.bottomLeft());
    p.setPen(
        QPen(Qt::black, qMax(6.0, width() / 45.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const QPolygonF &s : std::as_const(m_strokes)) {
        if (s.size() == 1)
            p.drawPoint(s.first());
        else
            p.drawPolyline(s);
    }
}

void HandwritingPad::mousePressEvent(QMouseEvent *event)
{
    m_drawing = true;
    m_strokes.append(QPolygonF({ event->position() - box().topLeft() }));
    update();
}

void HandwritingPad::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_drawing || m_strokes.isEmpty())
        return;
    const QRectF b = box();
    const QPointF at = event->position() - b.topLeft();
    const QPointF p(qBound(0.0, at.x(), b.width()), qBound(0.0, at.y(), b.height()));
    m_strokes.last().append(p);
    update();
}

void HandwritingPad::mouseReleaseEvent(QMouseEvent *)
{
    if (!m_drawing)
        return;
    m_drawing = false;
    Q_EMIT strokesChanged();
}

} // namespace ui::kiosk
