#include "ui/kiosk/PointsScreen.h"

#include "ledger/domain/BlockTime.h"
#include "ledger/service/LedgerService.h"
#include "ledger/state/queries/KioskQueries.h"
#include "ui/common/DomainText.h"
#include "ui/kiosk/PagedList.h"
#include "ui/kiosk/ResidentSignIn.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ui::kiosk {

using ledger::service::QueryContext;
namespace st = ledger::state;

namespace {
constexpr int HistoryShown = 200;
}

PointsScreen::PointsScreen(KioskContext &context, QWidget *parent)
    : KioskScreen(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);
    m_signIn = new ResidentSignIn(context, tr("See your own points"), m_pages);
    connect(m_signIn, &ResidentSignIn::verified, this, &PointsScreen::load);
    m_pages->addWidget(m_signIn);

    auto *statement = new QWidget(m_pages);
    statement->setObjectName(QStringLiteral("statementWidget"));
    auto *s = new QVBoxLayout(statement);
    s->setSpacing(context.metrics.spacingPx);
    auto *summary = widgets::card(statement);
    auto *grid = new QGridLayout(summary);
    grid->addWidget(widgets::label(tr("Points you can use"), "subtitle", summary), 0, 0);
    m_balance = widgets::label(QString(), "bigDigits", summary);
    m_balance->setObjectName(QStringLiteral("balanceLabel"));
    grid->addWidget(m_balance, 1, 0, 2, 1);
    m_level = widgets::label(QString(), "subtitle", summary);
    m_level->setObjectName(QStringLiteral("levelLabel"));
    grid->addWidget(m_level, 0, 1);
    m_rank = widgets::label(QString(), nullptr, summary);
    m_rank->setObjectName(QStringLiteral("rankLabel"));
    grid->addWidget(m_rank, 1, 1);
    m_totals = widgets::label(QString(), "note", summary);
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    grid->addWidget(m_totals, 2, 1);
    grid->setColumnStretch(1, 1);
    s->addWidget(summary);
    s->addWidget(widgets::label(tr("History (newest first)"), "subtitle", statement));
    m_history = new PagedList(5, false, statement);
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setEmptyText(tr("No points recorded yet."));
    s->addWidget(m_history, 1);
    auto *done = widgets::button(tr("Done — hide my points"), QStringLiteral("pointsDoneButton"),
                                 "primary", statement);
    connect(done, &QPushButton::clicked, this, &KioskScreen::homeRequested);
    s->addWidget(done);
    m_pages->addWidget(statement);
}

PointsScreen::~PointsScreen()
{
    m_pseudonym = ledger::domain::Pseudonym();
    m_speech.fill(u' ');
}

QString PointsScreen::title() const
{
    return tr("My points");
}

QString PointsScreen::readAloudText() const
{
    return m_speech;
}

bool PointsScreen::isShowingStatement() const
{
    return m_pages->currentIndex() == 1;
}

void PointsScreen::showStatementForTour(const ledger::domain::Pseudonym &pseudonym)
{
    load(pseudonym);
}

void PointsScreen::load(const ledger::domain::Pseudonym &pseudonym)
{
    m_pseudonym = pseudonym;
    const QByteArray id = pseudonym.toByteArray();
    const int month = ledger::domain::monthPeriod(context().nowMs());
    context().ledger.query<Loaded>(
        this,
        [id, month](const QueryContext &c) {
            Loaded l;
            if (auto s = c.queries.statement(id, { 0, HistoryShown }))
                l.statement = std::move(*s);
            if (auto r = st::kiosk::residentRank(c.state, id, 0))
                l.rankAllTime = *r;
            if (auto r = st::kiosk::residentRank(c.state, id, month))
                l.rankThisMonth = *r;
            return l;
        },
        [this](Loaded l) { show(l); });
}

void PointsScreen::show(const Loaded &l)
{
    if (!l.statement) {
        m_balance->setText(tr("Not available"));
        m_pages->setCurrentIndex(1);
        return;
    }
    const st::Statement &s = *l.statement;
    m_balance->setText(tr("%1 points").arg(s.balance));
    m_level->setText(s.level.isEmpty() ? tr("No star level yet") : s.level);
    QStringList ranks;
    if (l.rankThisMonth)
        ranks << tr("This month: rank %1").arg(*l.rankThisMonth);
    if (l.rankAllTime)
        ranks << tr("All time: rank %1").arg(*l.rankAllTime);
    m_rank->setText(ranks.isEmpty() ? tr("Not ranked yet") : ranks.join(QStringLiteral("　")));
    m_totals->setText(tr("Earned %1 · Used in the points store %2").arg(s.earned).arg(s.redeemed));
    QList<PagedList::Row> rows;
    for (const st::ScoreEventRow &e : s.events) {
        QString title = e.ruleTitle.isEmpty() ? e.ruleCode : e.ruleTitle;
        if (e.reversed)
            title += tr(" (cancelled)");
        QString detail
            = KioskText::date(e.tsMs) + QStringLiteral(" · ") + context().orgName(e.orgId);
        rows.append({ title, detail, ui::DomainText::points(e.points) });
    }
    m_history->setRows(rows);
    m_speech = tr("You have %1 points.").arg(s.balance)
        + (s.level.isEmpty() ? QString() : tr("Your level is %1.").arg(s.level));
    m_pages->setCurrentIndex(1);
    Q_EMIT readAloudTextChanged();
}

} // namespace ui::kiosk
