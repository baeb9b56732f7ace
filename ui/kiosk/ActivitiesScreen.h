#pragma once

#include "ledger/state/queries/KioskQueries.h"
#include "ui/kiosk/KioskScreen.h"

#include <vector>

class QLabel;

namespace ui::kiosk {

class PagedList;

// 社区活动: activities that have not ended, soonest first, with time,
// organizer, places left, and how to sign up; when none is planned, the ones
// held lately.
class ActivitiesScreen : public KioskScreen
{
    Q_OBJECT
public:
    ActivitiesScreen(KioskContext &context, QWidget *parent = nullptr);
    QString title() const override;
    QString readAloudText() const override;
    const PagedList *list() const { return m_list; }

private:
    struct Found {
        std::vector<ledger::state::kiosk::ActivityRow> upcoming;
        std::vector<ledger::state::kiosk::ActivityRow> recent; // only when none is upcoming
    };
    void show(const Found &found);
    QLabel *m_heading = nullptr;
    PagedList *m_list = nullptr;
    QString m_speech;
};

} // namespace ui::kiosk
