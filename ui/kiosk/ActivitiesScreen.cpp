#include "ui/kiosk/ActivitiesScreen.h"

#include "ledger/service/LedgerService.h"
#include "ui/kiosk/PagedList.h"

#include <QDateTime>
#include <QLabel>
#include <QVBoxLayout>

namespace ui::kiosk {

using ledger::service::QueryContext;
namespace st = ledger::state;

namespace {
constexpr int ActivitiesShown = 60;
constexpr int RecentShown = 8;
} // namespace

ActivitiesScreen::ActivitiesScreen(KioskContext &context, QWidget *parent)
    : KioskScreen(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(context.metrics.spacingPx);
    auto *how = widgets::label(tr("How to sign up: tell the staff at the service hall desk, or "
                                  "call the organizer. Bring your resident card: taking part "
                                  "earns points."),
                               "banner", this);
    how->setObjectName(QStringLiteral("howToSignUpLabel"));
    layout->addWidget(how);
    m_heading = widgets::label(QString(), "subtitle", this);
    m_heading->setObjectName(QStringLiteral("activitiesHeadingLabel"));
    layout->addWidget(m_heading);
    m_list = new PagedList(3, false, this);
    m_list->setObjectName(QStringLiteral("activitiesList"));
    m_list->setEmptyText(tr("Loading…"));
    layout->addWidget(m_list, 1);
    // "Now" is the kiosk's clock: activities already over are not shown.
    const std::int64_t now = context.nowMs();
    context.ledger.query<Found>(
        this,
        [now](const QueryContext &c) {
            Found f;
            if (auto rows = st::kiosk::upcomingActivities(c.state, now, ActivitiesShown))
                f.upcoming = std::move(*rows);
            // Nothing planned: what was held lately, so the screen says
            // what the community does.
            if (f.upcoming.empty()) {
                if (auto rows = st::kiosk::recentActivities(c.state, now, RecentShown))
                    f.recent = std::move(*rows);
            }
            return f;
        },
        [this](Found f) { show(f); });
}

QString ActivitiesScreen::title() const
{
    return tr("Community activities");
}

QString ActivitiesScreen::readAloudText() const
{
    return m_speech;
}

void ActivitiesScreen::show(const Found &found)
{
    const bool upcoming = !found.upcoming.empty();
    const auto &rows = upcoming ? found.upcoming : found.recent;
    m_heading->setText(upcoming ? tr("Coming up")
                                : tr("No activities are planned at the moment. Held lately:"));
    QList<PagedList::Row> list;
    QStringList spoken;
    for (const auto &a : rows) {
        const QString places = !upcoming ? tr("%1 took part").arg(a.signups)
            : a.capacity == 0            ? tr("%1 signed up, no limit").arg(a.signups)
                              : tr("%1 of %2 places taken").arg(a.signups).arg(a.capacity);
        const QString when = KioskText::dateTime(a.startMs) + QStringLiteral(" – ")
            + QDateTime::fromMSecsSinceEpoch(a.endMs).toLocalTime().toString(
                QStringLiteral("HH:mm"));
        QString body = a.body;
        if (body.size() > 80)
            body = body.left(78) + QStringLiteral("…");
        list.append({ a.title,
                      when + QStringLiteral(" · ") + context().orgName(a.orgId) + u'\n' + body,
                      places });
        if (spoken.size() < 3)
            spoken << a.title + QStringLiteral("，") + when;
    }
    m_list->setEmptyText(tr("No activities yet."));
    m_list->setRows(list);
    m_speech = spoken.join(QStringLiteral("；"));
    Q_EMIT readAloudTextChanged();
}

} // namespace ui::kiosk
