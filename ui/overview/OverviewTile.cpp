#include "ui/overview/OverviewTile.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QStyle>
#include <QVBoxLayout>

namespace ui {

OverviewTile::OverviewTile(const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(QStringLiteral("–"), this))
    , m_detail(new QLabel(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(caption);
    setMinimumHeight(104);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setProperty("tone", QStringLiteral("normal"));
    setStyleSheet(QStringLiteral(
        "ui--OverviewTile { background: #ffffff; border: 1px solid #dde3ea; border-radius: 8px; }"
        "ui--OverviewTile:hover, ui--OverviewTile:focus { border-color: #3a78b5; }"
        "QLabel#captionLabel { color: #52606d; font-size: 10pt; }"
        "QLabel#valueLabel { color: #1f2d3d; font-size: 20pt; font-weight: 600; }"
        "QLabel#valueLabel[tone=\"warning\"] { color: #c0392b; }"
        "QLabel#valueLabel[tone=\"good\"] { color: #23834a; }"
        "QLabel#detailLabel { color: #7b8794; font-size: 9pt; }"));
    m_caption->setObjectName(QStringLiteral("captionLabel"));
    m_value->setObjectName(QStringLiteral("valueLabel"));
    m_detail->setObjectName(QStringLiteral("detailLabel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch();
}

void OverviewTile::setValue(const QString &value, const QString &detail, Tone tone)
{
    m_value->setText(value);
    m_detail->setText(detail);
    m_detail->setToolTip(detail);
    const char *name = tone == Tone::Warning ? "warning" : tone == Tone::Good ? "good" : "normal";
    m_value->setProperty("tone", QString::fromLatin1(name));
    m_value->style()->unpolish(m_value);
    m_value->style()->polish(m_value);
    setAccessibleDescription(value + QLatin1Char(' ') + detail);
}

QString OverviewTile::value() const
{
    return m_value->text();
}

QString OverviewTile::detail() const
{
    return m_detail->text();
}

void OverviewTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
    QFrame::mouseReleaseEvent(event);
}

void OverviewTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return
        || event->key() == Qt::Key_Enter) {
        Q_EMIT clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace ui
