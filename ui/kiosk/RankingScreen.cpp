#include "ui/kiosk/RankingScreen.h"

#include "ledger/domain/BlockTime.h"
#include "ledger/service/LedgerService.h"
#include "ledger/state/queries/KioskQueries.h"
#include "ui/kiosk/PagedList.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui::kiosk {

using ledger::service::QueryContext;
namespace st = ledger::state;

namespace {
constexpr int RankingShown = 50;
}

RankingScreen::RankingScreen(KioskContext &context, QWidget *parent)
    : KioskScreen(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(context.metrics.spacingPx);
    auto *periods = new QHBoxLayout;
    const std::pair<Period, QString> choices[] = { { Period::Month, tr("This month") },
                                                   { Period::Year, tr("This year") },
                                                   { Period::AllTime, tr("All time") } };
    const char *names[] = { "monthPeriodButton", "yearPeriodButton", "allTimePeriodButton" };
    int i = 0;
    for (const auto &[period, text] : choices) {
        auto *b = widgets::button(text, QString::fromLatin1(names[i++]), nullptr, this);
        b->setCheckable(true);
        const Period p = period;
        connect(b, &QPushButton::clicked, this, [this, p] { setPeriod(p); });
        periods->addWidget(b);
        m_periodButtons << b;
    }
    layout->addLayout(periods);
    layout->addWidget(widgets::label(tr("Only residents who agreed are listed, and only part of "
                                        "their name is shown."),
                                     "note", this));
    m_list = new PagedList(6, false, this);
    m_list->setObjectName(QStringLiteral("rankingList"));
    layout->addWidget(m_list, 1);
    setPeriod(Period::Month);
}

QString RankingScreen::title() const
{
    return tr("Points ranking");
}

QString RankingScreen::readAloudText() const
{
    return m_speech;
}

void RankingScreen::setPeriod(Period period)
{
    for (int i = 0; i < m_periodButtons.size(); ++i)
        m_periodButtons[i]->setChecked(i == int(period));
    const int month = ledger::domain::monthPeriod(context().nowMs());
    const int periodKey = period == Period::Month ? month
        : period == Period::Year                  ? month / 100
                                                  : 0;
    m_list->setEmptyText(tr("Loading…"));
    m_list->clear();
    context().ledger.query<std::vector<st::kiosk::PublicRankingRow>>(
        this,
        [periodKey](const QueryContext &c) {
            auto rows = st::kiosk::publicRanking(c.state, periodKey, RankingShown);
            return rows ? std::move(*rows) : std::vector<st::kiosk::PublicRankingRow>();
        },
        [this](std::vector<st::kiosk::PublicRankingRow> rows) {
            QList<PagedList::Row> list;
            QStringList spoken;
            for (const auto &r : rows) {
                list.append({ tr("No. %1  %2").arg(r.rank).arg(r.maskedName), QString(),
                              tr("%1 points").arg(r.points) });
                if (spoken.size() < 3)
                    spoken
                        << tr("No. %1, %2, %3 points").arg(r.rank).arg(r.maskedName).arg(r.points);
            }
            m_list->setEmptyText(tr("No points recorded in this period yet."));
            m_list->setRows(list);
            m_speech = spoken.join(QStringLiteral("；"));
            Q_EMIT readAloudTextChanged();
        });
}

} // namespace ui::kiosk
