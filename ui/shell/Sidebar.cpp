#include "ui/shell/Sidebar.h"

#include <QPainter>
#include <QStyledItemDelegate>

namespace ui {

namespace {
constexpr int PageRole = Qt::UserRole;
constexpr int BadgeRole = Qt::UserRole + 1;

// Draws the row as usual, then the badge as a pill at the right edge.
class BadgeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const int count = index.data(BadgeRole).toInt();
        if (count <= 0)
            return;
        const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
        QFont font = option.font;
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 0.85);
        const QFontMetrics fm(font);
        const int h = fm.height() + 4;
        const int w = qMax(h, fm.horizontalAdvance(text) + 12);
        const QRect pill(option.rect.right() - w - 12, option.rect.center().y() - h / 2, w, h);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xc8, 0x37, 0x2d));
        painter->drawRoundedRect(pill, h / 2.0, h / 2.0);
        painter->setPen(Qt::white);
        painter->setFont(font);
        painter->drawText(pill, Qt::AlignCenter, text);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        return { s.width() + 40, qMax(s.height(), 40) };
    }
};
} // namespace

Sidebar::Sidebar(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("sidebarList"));
    setItemDelegate(new BadgeDelegate(this));
    setIconSize(QSize(22, 22));
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setStyleSheet(QStringLiteral(
        "QListWidget { background: transparent; outline: none; font-size: 11pt; }"
        "QListWidget::item { padding: 4px 10px; border-radius: 6px; color: #1f2d3d; }"
        "QListWidget::item:selected { background: #dce8f5; color: #12385e; }"
        "QListWidget::item:hover:!selected { background: #e9eef3; }"));
}

void Sidebar::addPage(PageId id, const QIcon &icon, const QString &title)
{
    auto *item = new QListWidgetItem(icon, title, this);
    item->setData(PageRole, int(id));
    item->setData(BadgeRole, 0);
    item->setToolTip(title);
}

void Sidebar::setBadge(PageId id, int count)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    QListWidgetItem *it = item(row);
    it->setData(BadgeRole, count);
    const QString title = it->text();
    //: Sidebar tooltip: page title and how many items wait
    it->setToolTip(count > 0 ? tr("%1: %n waiting", nullptr, count).arg(title) : title);
}

int Sidebar::badge(PageId id) const
{
    const int row = rowOf(id);
    return row < 0 ? 0 : item(row)->data(BadgeRole).toInt();
}

int Sidebar::rowOf(PageId id) const
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(PageRole).toInt() == int(id))
            return row;
    }
    return -1;
}

PageId Sidebar::pageAt(int row) const
{
    return PageId(item(row)->data(PageRole).toInt());
}

} // namespace ui
