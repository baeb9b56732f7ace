#include "ui/overview/OverviewCharts.h"

#include "ui/common/DomainText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QPen>
#include <QStackedBarSeries>
#include <QTimeZone>
#include <QValueAxis>

#include <cmath>
#include <map>

using namespace ledger;

namespace ui {

namespace {
const QColor Ink(0x1f, 0x2d, 0x3d);

QFont titleFont()
{
    QFont f;
    f.setPointSizeF(f.pointSizeF() * 1.05);
    f.setBold(true);
    return f;
}

// Colours for feedback statuses: waiting ones warm, finished ones calm.
QColor statusColor(domain::FeedbackStatus s)
{
    switch (s) {
    case domain::FeedbackStatus::Open: return QColor(0xe6, 0x7e, 0x22);
    case domain::FeedbackStatus::Assigned: return QColor(0xf1, 0xc4, 0x0f);
    case domain::FeedbackStatus::Replied: return QColor(0x5d, 0xad, 0xe2);
    case domain::FeedbackStatus::Resolved: return QColor(0x2e, 0x86, 0xc1);
    case domain::FeedbackStatus::Closed: return QColor(0x27, 0xae, 0x60);
    }
    return Ink;
}

QValueAxis *countAxis(qreal max)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    const qreal top = max * 1.1;
    if (top <= 8) {
        // Small counts (a quiet month, an empty chart): one tick per whole
        // number; nice numbers would put ticks at 0.25, 0.5 … and %d would
        // print them as "0 0 0 1 1".
        const int n = qMax(4, int(std::ceil(top)));
        axis->setRange(0, n);
        axis->setTickCount(n + 1);
    } else {
        axis->setRange(0, top);
        axis->applyNiceNumbers();
    }
    axis->setGridLineColor(QColor(0xe4, 0xe7, 0xeb));
    return axis;
}

void resetChart(QChart *chart, const QString &title)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
}
} // namespace

OverviewCharts::OverviewCharts(QWidget *parent)
    : QWidget(parent)
    , m_feedbackView(makeView(QStringLiteral("feedbackChartView")))
    , m_pointsView(makeView(QStringLiteral("pointsChartView")))
    , m_recordsView(makeView(QStringLiteral("recordsChartView")))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_feedbackView, 4);
    layout->addWidget(m_pointsView, 3);
    layout->addWidget(m_recordsView, 3);
}

QChartView *OverviewCharts::makeView(const QString &objectName)
{
    auto *chart = new QChart;
    chart->setTitleFont(titleFont());
    chart->setTitleBrush(Ink);
    chart->setBackgroundRoundness(8);
    chart->setBackgroundPen(QPen(QColor(0xdd, 0xe3, 0xea)));
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *view = new QChartView(chart, this);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    view->setStyleSheet(QStringLiteral("background: transparent; border: none;"));
    return view;
}

void OverviewCharts::setOverview(const state::Overview &overview)
{
    showFeedbackWeeks(overview.feedbackWeeks);
    showPointsByCategory(overview.pointsByCategory, overview.totals.period / 100);
    showRecordsByKind(overview.recordsByKind);
}

void OverviewCharts::showFeedbackWeeks(const std::vector<state::FeedbackWeek> &weeks)
{
    QChart *chart = m_feedbackView->chart();
    resetChart(chart, tr("Feedback per week, by status"));
    std::vector<std::int64_t> starts;
    for (const auto &w : weeks) {
        if (starts.empty() || starts.back() != w.weekStartMs)
            starts.push_back(w.weekStartMs);
    }
    auto *series = new QStackedBarSeries;
    std::vector<qreal> totals(starts.size(), 0);
    for (std::uint8_t s = 1; s <= 5; ++s) {
        const auto status = domain::FeedbackStatus(s);
        auto *set = new QBarSet(DomainText::feedbackStatus(status));
        set->setColor(statusColor(status));
        set->setBorderColor(statusColor(status));
        for (std::size_t i = 0; i < starts.size(); ++i) {
            qreal n = 0;
            for (const auto &w : weeks) {
                if (w.weekStartMs == starts[i] && w.status == s)
                    n = qreal(w.count);
            }
            *set << n;
            totals[i] += n;
        }
        series->append(set);
    }
    chart->addSeries(series);
    QStringList labels;
    const QTimeZone china(8 * 3600);
    for (auto ms : starts)
        labels << QDateTime::fromMSecsSinceEpoch(ms, china).toString(QStringLiteral("M/d"));
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = countAxis(totals.empty() ? 1 : *std::max_element(totals.begin(), totals.end()));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(true);
}

void OverviewCharts::showPointsByCategory(const std::vector<state::CategoryPoints> &categories,
                                          int year)
{
    QChart *chart = m_pointsView->chart();
    resetChart(chart, tr("Points awarded in %1, by category").arg(year));
    // Most points on top: a horizontal bar series draws its first category at the bottom.
    const std::size_t shown = std::min<std::size_t>(categories.size(), 8);
    auto *set = new QBarSet(tr("Points"));
    set->setColor(QColor(0xc8, 0x37, 0x2d));
    set->setBorderColor(QColor(0xc8, 0x37, 0x2d));
    QStringList labels;
    qreal max = 1;
    for (std::size_t i = shown; i-- > 0;) {
        *set << qreal(categories[i].points);
        labels << categories[i].name;
        max = qMax(max, qreal(categories[i].points));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    // Outside the bar: inside, a short bar cut its number ("542124" showed
    // as "542"); and whole numbers, not "1.85032e+06" (6 digits by default).
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(12);
    set->setLabelColor(QColor(0x1f, 0x2d, 0x3d));
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(labels);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = countAxis(max * 1.25); // room for the longest bar's number
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->legend()->setVisible(false);
}

void OverviewCharts::showRecordsByKind(const std::vector<state::KindCount> &kinds)
{
    QChart *chart = m_recordsView->chart();
    resetChart(chart, tr("Public records by kind"));
    auto *set = new QBarSet(tr("Records"));
    set->setColor(QColor(0x3a, 0x78, 0xb5));
    set->setBorderColor(QColor(0x3a, 0x78, 0xb5));
    QStringList labels;
    qreal max = 1;
    m_recordKinds.clear();
    for (const auto &k : kinds) {
        *set << qreal(k.count);
        labels << DomainText::recordKind(domain::RecordKind(k.kind));
        m_recordKinds.push_back(k.kind);
        max = qMax(max, qreal(k.count));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    set->setLabelColor(Qt::white);
    connect(series, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *) {
        if (index >= 0 && std::size_t(index) < m_recordKinds.size())
            Q_EMIT recordKindClicked(m_recordKinds[std::size_t(index)]);
    });
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(labels);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = countAxis(max);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->legend()->setVisible(false);
}

} // namespace ui
