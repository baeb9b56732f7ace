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
}

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
    m_list = new PagedList(4, false, this);
    m_list->setObjectName(QStringLiteral("activitiesList"));
    m_list->setEmptyText(tr("Loading…"));
    layout->addWidget(m_list, 1);
    // "Now" is the kiosk's clock: activities already over are not shown.
    const std::int64_t now = context.nowMs();
    context.ledger.query<std::vector<st::kiosk::ActivityRow>>(
        this,
        [now](const QueryContext &c) {
            auto rows = st::kiosk::upcomingActivities(c.state, now, ActivitiesShown);
            return rows ? std::move(*rows) : std::vector<st::kiosk::ActivityRow>();
        },
        [this](std::vector<st::kiosk::ActivityRow> rows) { show(rows); });
}

QString ActivitiesScreen::title() const
{
    return tr("Community activities");
}

QString ActivitiesScreen::readAloudText() const
{
    return m_speech;
}

void ActivitiesScreen::show(const std::vector<st::kiosk::ActivityRow> &rows)
{
    QList<PagedList::Row> list;
    QStringList spoken;
    for (const auto &a : rows) {
        const QString places = a.capacity == 0
            ? tr("%1 signed up, no limit").arg(a.signups)
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
    m_list->setEmptyText(tr("No activities are planned at the moment."));
    m_list->setRows(list);
    m_speech = spoken.join(QStringLiteral("；"));
    Q_EMIT readAloudTextChanged();
}

} // namespace ui::kiosk
