#pragma once

#include "ledger/state/queries/OverviewQueries.h"

#include <QWidget>

class QChart;
class QChartView;

namespace ui {

// The overview's three charts side by side: feedback per week by status
// (stacked), points awarded by category this year, public records by kind.
// Clicking a bar of the records chart asks for that kind's list.
class OverviewCharts : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewCharts(QWidget *parent = nullptr);
    void setOverview(const ledger::state::Overview &overview);

Q_SIGNALS:
    void recordKindClicked(int kind);

private:
    void showFeedbackWeeks(const std::vector<ledger::state::FeedbackWeek> &weeks);
    void showPointsByCategory(const std::vector<ledger::state::CategoryPoints> &categories,
                              int year);
    void showRecordsByKind(const std::vector<ledger::state::KindCount> &kinds);
    QChartView *makeView(const QString &objectName);

    QChartView *m_feedbackView;
    QChartView *m_pointsView;
    QChartView *m_recordsView;
    std::vector<int> m_recordKinds; // bar index -> RecordKind
};

} // namespace ui
