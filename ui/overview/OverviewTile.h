#pragma once

#include <QFrame>

class QLabel;

namespace ui {

// One figure of the overview: a caption, a large value and a line of
// context. The whole tile is a button (mouse or keyboard: Tab, Space/Enter).
class OverviewTile : public QFrame
{
    Q_OBJECT
public:
    enum class Tone { Normal, Warning, Good };

    explicit OverviewTile(const QString &caption, QWidget *parent = nullptr);
    void setValue(const QString &value, const QString &detail, Tone tone = Tone::Normal);
    QString value() const;
    QString detail() const;

Q_SIGNALS:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_detail;
};

} // namespace ui
