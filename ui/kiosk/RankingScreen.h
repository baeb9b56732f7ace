#pragma once

#include "ui/kiosk/KioskScreen.h"

class QPushButton;

namespace ui::kiosk {

class PagedList;

// 积分榜: the top residents of this month, this year or all time, by masked
// name, and only those who consented (kiosk::publicRanking).
class RankingScreen : public KioskScreen
{
    Q_OBJECT
public:
    enum class Period { Month, Year, AllTime };
    RankingScreen(KioskContext &context, QWidget *parent = nullptr);
    QString title() const override;
    QString readAloudText() const override;
    void setPeriod(Period period);
    const PagedList *list() const { return m_list; }

private:
    PagedList *m_list = nullptr;
    QList<QPushButton *> m_periodButtons;
    QString m_speech;
};

} // namespace ui::kiosk
