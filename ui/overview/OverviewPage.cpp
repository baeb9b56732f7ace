#include "ui/overview/OverviewPage.h"

#include "ledger/chain/Genesis.h"
#include "ledger/service/LedgerService.h"
#include "ui/common/DomainText.h"
#include "ui/common/HaltReason.h"
#include "ui/overview/ClusterHealth.h"
#include "ui/overview/OverviewCharts.h"
#include "ui/overview/OverviewTile.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace ledger;

namespace ui {

namespace {
// The result of the page's one query: the figures and the time they refer to.
struct Loaded {
    core::Result<state::Overview> overview;
    std::int64_t referenceMs = 0;
};
} // namespace

OverviewPage::OverviewPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
    , m_asOf(new QLabel(this))
    , m_error(new QLabel(this))
    , m_charts(new OverviewCharts(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);

    auto *heading = new QLabel(tr("Overview"), content);
    heading->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: 600; color: #1f2d3d;"));
    m_asOf->setObjectName(QStringLiteral("asOfLabel"));
    m_asOf->setStyleSheet(QStringLiteral("color: #7b8794;"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(heading);
    layout->addWidget(m_asOf);
    layout->addWidget(m_error);

    const bool secretary
        = context.person && chain::hasRole(context.person->roles, chain::Role::Secretary);
    if (secretary)
        m_approvals = addTile(QStringLiteral("pendingApprovalsTile"), tr("Waiting for approval"),
                              PageId::Approvals, {});
    m_open = addTile(QStringLiteral("openFeedbackTile"), tr("New feedback"), PageId::Feedback,
                     { { QStringLiteral("status"), int(domain::FeedbackStatus::Open) } });
    m_overdue = addTile(QStringLiteral("overdueFeedbackTile"), tr("Overdue feedback"),
                        PageId::Feedback, { { QStringLiteral("overdue"), true } });
    m_satisfaction
        = addTile(QStringLiteral("satisfactionTile"), tr("Residents satisfied"), PageId::Feedback,
                  { { QStringLiteral("status"), int(domain::FeedbackStatus::Closed) } });
    m_points = addTile(QStringLiteral("pointsTile"), tr("Points awarded"), PageId::Credit, {});
    m_published
        = addTile(QStringLiteral("recordsPublishedTile"), tr("Records published"), PageId::Records,
                  { { QStringLiteral("status"), int(domain::RecordStatus::Published) } });
    m_cluster = addTile(QStringLiteral("clusterTile"), tr("Ledger network"), PageId::Network, {});

    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    const int columns = 4;
    for (int i = 0; i < m_tiles.size(); ++i)
        grid->addWidget(m_tiles[i], i / columns, i % columns);
    layout->addLayout(grid);
    layout->addWidget(m_charts, 1);

    connect(m_charts, &OverviewCharts::recordKindClicked, this, [this](int kind) {
        Q_EMIT this->context().navigator->navigate(PageId::Records,
                                                   { { QStringLiteral("kind"), kind } });
    });

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    if (auto *ledger = context.ledger) {
        connect(ledger, &service::LedgerService::blockCommitted, this, [this] { refresh(); });
        connect(ledger, &service::LedgerService::statusChanged, this,
                &OverviewPage::showClusterStatus);
        showClusterStatus(ledger->status());
        refresh();
    }
}

QString OverviewPage::title() const
{
    return tr("Overview");
}

QIcon OverviewPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/overview.svg"));
}

void OverviewPage::activate(const QVariantMap &filter)
{
    Q_UNUSED(filter);
    // A load already under way began after the last block this page heard of
    // (a block arriving meanwhile asks for one more): its answer is current.
    // Asking again doubled the first page's start-up time.
    if (!m_loading)
        refresh();
}

OverviewTile *OverviewPage::addTile(const QString &objectName, const QString &caption,
                                    PageId target, const QVariantMap &filter)
{
    auto *tile = new OverviewTile(caption, this);
    tile->setObjectName(objectName);
    tile->setProperty("filter", filter);
    connect(tile, &OverviewTile::clicked, this, [this, tile, target] {
        if (context().navigator)
            Q_EMIT context().navigator->navigate(target, tile->property("filter").toMap());
    });
    m_tiles << tile;
    return tile;
}

void OverviewPage::refresh()
{
    auto *ledger = context().ledger;
    if (!ledger || !context().person)
        return;
    // One query at a time; blocks that commit meanwhile ask for one more.
    if (m_loading) {
        m_stale = true;
        return;
    }
    m_loading = true;
    const std::uint32_t orgId = context().person->orgId;
    ledger->query<Loaded>(
        this,
        [orgId](const service::QueryContext &c) {
            Loaded loaded;
            const auto latest = state::latestActivityMs(c.state);
            const auto kind = state::organizationKind(c.state, orgId);
            if (!latest || !kind) {
                loaded.overview = core::fail(!latest ? latest.error() : kind.error());
                return loaded;
            }
            state::OverviewScope scope;
            scope.orgId = orgId;
            scope.partyCommittee = *kind == int(chain::OrgKind::PartyCommittee);
            scope.referenceMs = *latest > 0 ? *latest : QDateTime::currentMSecsSinceEpoch();
            scope.weeks = 8; // what fits the chart's width at 1366 pixels
            loaded.referenceMs = scope.referenceMs;
            loaded.overview = state::overview(c.state, scope);
            return loaded;
        },
        [this](Loaded loaded) {
            m_loading = false;
            if (loaded.overview)
                showOverview(*loaded.overview, loaded.referenceMs);
            else
                showError(tr("The overview could not be read from the ledger: %1")
                              .arg(loaded.overview.error().detail));
            if (std::exchange(m_stale, false))
                refresh();
        });
}

QString OverviewPage::monthName(int period) const
{
    const QDate month(period / 100, period % 100, 1);
    //: A month, e.g. "June 2026" (QDate format)
    return QLocale().toString(month, tr("MMMM yyyy"));
}

void OverviewPage::showOverview(const state::Overview &overview, std::int64_t referenceMs)
{
    m_error->hide();
    const auto &t = overview.totals;
    m_period = t.period;
    m_asOf->setText(tr("Figures as of %1, the latest entry in the ledger.")
                        .arg(DomainText::dateTime(referenceMs)));
    const QLocale locale;
    using Tone = OverviewTile::Tone;
    if (m_approvals)
        m_approvals->setValue(locale.toString(t.pendingApprovals), tr("items to decide"),
                              t.pendingApprovals > 0 ? Tone::Warning : Tone::Normal);
    m_open->setValue(locale.toString(t.feedbackOpen), tr("waiting for someone to take them"));
    m_overdue->setValue(locale.toString(t.feedbackOverdue), tr("past the response deadline"),
                        t.feedbackOverdue > 0 ? Tone::Warning : Tone::Good);
    if (t.feedbackRated > 0) {
        const double rate = 100.0 * double(t.feedbackSatisfied) / double(t.feedbackRated);
        m_satisfaction->setValue(locale.toString(rate, 'f', 0) + QLatin1Char('%'),
                                 tr("of %n rated replies", nullptr, int(t.feedbackRated)),
                                 rate >= 80 ? Tone::Good : Tone::Normal);
    } else {
        m_satisfaction->setValue(QStringLiteral("–"), tr("no ratings yet"));
    }
    m_points->setValue(locale.toString(t.pointsAwardedThisMonth), monthName(t.period));
    m_points->setProperty("filter", QVariantMap { { QStringLiteral("period"), t.period } });
    m_published->setValue(locale.toString(t.recordsPublishedThisMonth), monthName(t.period));
    m_charts->setOverview(overview);
}

void OverviewPage::showClusterStatus(const node::NodeStatus &status)
{
    const auto h = ClusterHealth::from(status);
    QString detail = h.quorum ? tr("quorum reached") : tr("no quorum: changes wait");
    if (h.lag > 0)
        detail += tr(", %n entries not yet committed", nullptr, int(h.lag));
    m_cluster->setToolTip({});
    if (h.halted) {
        const QString reason = context().ledger->haltReason();
        detail = HaltReason::headline(reason);
        m_cluster->setToolTip(HaltReason::tooltip(reason));
    }
    m_cluster->setValue(tr("%1 of %2 online").arg(h.membersOnline).arg(h.members), detail,
                        h.halted || !h.quorum ? OverviewTile::Tone::Warning
                                              : OverviewTile::Tone::Good);
}

void OverviewPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace ui
