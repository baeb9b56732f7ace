#pragma once

#include "ledger/state/queries/KioskQueries.h"
#include "ui/kiosk/KioskScreen.h"

#include <vector>

namespace ui::kiosk {

class PagedList;

// 社区活动: activities that have not ended, soonest first, with time,
// organizer, places left, and how to sign up.
class ActivitiesScreen : public KioskScreen
{
    Q_OBJECT
public:
    ActivitiesScreen(KioskContext &context, QWidget *parent = nullptr);
    QString title() const override;
    QString readAloudText() const override;
    const PagedList *list() const { return m_list; }

private:
    void show(const std::vector<ledger::state::kiosk::ActivityRow> &rows);
    PagedList *m_list = nullptr;
    QString m_speech;
};

} // namespace ui::kiosk
