#pragma once

#include "ui/kiosk/KioskScreen.h"

namespace ui::kiosk {

// The six big tiles a resident starts from.
class HomeScreen : public KioskScreen
{
    Q_OBJECT
public:
    enum class Target { Notices, MyPoints, Ranking, Feedback, Tracking, Activities };
    HomeScreen(KioskContext &context, QWidget *parent = nullptr);
    QString title() const override;
    QString readAloudText() const override;

Q_SIGNALS:
    void open(ui::kiosk::HomeScreen::Target target);
};

} // namespace ui::kiosk
