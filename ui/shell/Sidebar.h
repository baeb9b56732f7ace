#pragma once

#include "ui/common/AppContext.h"

#include <QListWidget>

namespace ui {

// The main window's navigation: one row per page (icon, title, and a red
// count of what waits for the signed-in person). Keyboard: arrows move.
class Sidebar : public QListWidget
{
    Q_OBJECT
public:
    explicit Sidebar(QWidget *parent = nullptr);
    void addPage(PageId id, const QIcon &icon, const QString &title);
    void setBadge(PageId id, int count);
    int badge(PageId id) const;
    int rowOf(PageId id) const; // -1 if absent
    PageId pageAt(int row) const;
};

} // namespace ui
