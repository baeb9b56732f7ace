#pragma once

#include "ledger/node/NodeStatus.h"
#include "ledger/state/queries/OverviewQueries.h"
#include "ui/common/Page.h"

class QLabel;

namespace ui {

class OverviewCharts;
class OverviewTile;

// 总览: what needs attention at a glance. Each tile opens the list behind
// its figure (Navigator::navigate with a filter); the charts show the last
// weeks' feedback, the year's points and the public records. Figures come
// from one reader-thread query, refreshed when a block commits.
class OverviewPage : public Page
{
    Q_OBJECT
public:
    explicit OverviewPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override;
    QIcon icon() const override;
    void activate(const QVariantMap &filter) override;

    // What the page shows (called with query results; public for tests).
    void showOverview(const ledger::state::Overview &overview, std::int64_t referenceMs);
    void showClusterStatus(const ledger::node::NodeStatus &status);

private:
    OverviewTile *addTile(const QString &objectName, const QString &caption, PageId target,
                          const QVariantMap &filter);
    void refresh();
    void showError(const QString &message);
    QString monthName(int period) const;

    QLabel *m_asOf;
    QLabel *m_error;
    OverviewTile *m_approvals = nullptr;
    OverviewTile *m_open = nullptr;
    OverviewTile *m_overdue = nullptr;
    OverviewTile *m_satisfaction = nullptr;
    OverviewTile *m_points = nullptr;
    OverviewTile *m_published = nullptr;
    OverviewTile *m_cluster = nullptr;
    OverviewCharts *m_charts;
    QList<OverviewTile *> m_tiles;
    int m_period = 0;
    bool m_loading = false;
    bool m_stale = false;
};

} // namespace ui
