#pragma once

#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QWidget>

namespace ui::kiosk {

// A square writing box with a 米-shaped guide; strokes drawn with a finger
// (or mouse) are kept until clear(), as the recognizer needs all of them.
class HandwritingPad : public QWidget
{
    Q_OBJECT
public:
    explicit HandwritingPad(QWidget *parent = nullptr);

    const QList<QPolygonF> &strokes() const { return m_strokes; }
    void setStrokes(const QList<QPolygonF> &strokes); // tests and the tour
    void clear();
    void undoStroke();
    // The square writing box, centred in the widget; strokes are relative
    // to its top-left corner.
    QRectF box() const;

Q_SIGNALS:
    void strokesChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QList<QPolygonF> m_strokes;
    bool m_drawing = false;
};

} // namespace ui::kiosk
