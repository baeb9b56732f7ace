#include "ui/kiosk/NoticesScreen.h"

#include "ledger/service/LedgerService.h"
#include "ui/common/DomainText.h"
#include "ui/kiosk/PagedList.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScroller>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ui::kiosk {

using ledger::domain::RecordKind;
using ledger::service::QueryContext;
namespace st = ledger::state;

namespace {
constexpr int NoticesShown = 120; // newest first; older ones are at the office
}

NoticesScreen::NoticesScreen(KioskContext &context, QWidget *parent)
    : KioskScreen(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    auto *listPage = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setSpacing(context.metrics.spacingPx);
    auto *kinds = new QHBoxLayout;
    struct KindChoice {
        std::optional<RecordKind> kind;
        QString text;
        const char *name;
    };
    const KindChoice choices[] = {
        { std::nullopt, tr("All"), "allKindButton" },
        { RecordKind::PartyAffairs, tr("Party affairs"), "partyKindButton" },
        { RecordKind::ResidentsAffairs, tr("Residents' affairs"), "residentsKindButton" },
        { RecordKind::Financial, tr("Finances"), "financialKindButton" },
        { RecordKind::Decision, tr("Decisions"), "decisionKindButton" },
        { RecordKind::Activity, tr("Activities"), "activityKindButton" },
    };
    for (const KindChoice &c : choices) {
        auto *b = widgets::button(c.text, QString::fromLatin1(c.name), nullptr, listPage);
        b->setCheckable(true);
        b->setChecked(!c.kind);
        const auto kind = c.kind;
        connect(b, &QPushButton::clicked, this, [this, kind] { setKind(kind); });
        kinds->addWidget(b);
        m_kindButtons << b;
    }
    listLayout->addLayout(kinds);
    m_list = new PagedList(5, true, listPage);
    m_list->setEmptyText(tr("Loading…"));
    connect(m_list, &PagedList::activated, this, &NoticesScreen::openNotice);
    listLayout->addWidget(m_list, 1);
    m_pages->addWidget(listPage);

    auto *detailPage = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPage);
    auto *back = widgets::button(tr("◀ Back to the list"), QStringLiteral("backToListButton"),
                                 nullptr, detailPage);
    connect(back, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(0);
        m_detailSpeech.clear();
        Q_EMIT readAloudTextChanged();
    });
    auto *top = new QHBoxLayout;
    top->addWidget(back);
    top->addStretch(1);
    detailLayout->addLayout(top);
    m_detailScroll = new QScrollArea(detailPage);
    m_detailScroll->setObjectName(QStringLiteral("noticeDetailScrollArea"));
    m_detailScroll->setWidgetResizable(true);
    m_detailScroll->setFrameShape(QFrame::NoFrame);
    QScroller::grabGesture(m_detailScroll->viewport(), QScroller::LeftMouseButtonGesture);
    detailLayout->addWidget(m_detailScroll, 1);
    m_pages->addWidget(detailPage);
    reload();
}

QString NoticesScreen::title() const
{
    return tr("Public notices");
}

QString NoticesScreen::readAloudText() const
{
    return m_detailSpeech;
}

bool NoticesScreen::isShowingDetail() const
{
    return m_pages->currentIndex() == 1;
}

int NoticesScreen::noticeCount() const
{
    return int(m_rows.size());
}

void NoticesScreen::setKind(std::optional<RecordKind> kind)
{
    m_kind = kind;
    static const std::optional<RecordKind> order[]
        = { std::nullopt,          RecordKind::PartyAffairs, RecordKind::ResidentsAffairs,
            RecordKind::Financial, RecordKind::Decision,     RecordKind::Activity };
    for (int i = 0; i < m_kindButtons.size(); ++i)
        m_kindButtons[i]->setChecked(order[i] == kind);
    reload();
}

void NoticesScreen::reload()
{
    st::RecordFilter filter;
    filter.kind = m_kind;
    filter.publicOnly = true;
    context().ledger.query<std::vector<st::RecordRow>>(
        this,
        [filter](const QueryContext &c) {
            auto rows = c.queries.records(filter, { 0, NoticesShown });
            return rows ? std::move(*rows) : std::vector<st::RecordRow>();
        },
        [this](std::vector<st::RecordRow> rows) { showList(std::move(rows)); });
}

void NoticesScreen::showList(std::vector<st::RecordRow> rows)
{
    m_rows = std::move(rows);
    QList<PagedList::Row> list;
    for (const st::RecordRow &r : m_rows) {
        const QString detail = ui::DomainText::recordKind(r.kind) + QStringLiteral(" · ")
            + context().orgName(r.orgId) + QStringLiteral(" · ") + KioskText::date(r.updatedMs);
        list.append(
            { r.title, detail,
              r.kind == RecordKind::Financial ? KioskText::money(r.expenseFen) : QString() });
    }
    m_list->setEmptyText(tr("There are no notices of this kind yet."));
    m_list->setRows(list);
}

void NoticesScreen::openNotice(int index)
{
    if (index < 0 || index >= int(m_rows.size()))
        return;
    const st::RecordRow row = m_rows.at(index);
    context().ledger.query<Detail>(
        this,
        [row](const QueryContext &c) {
            Detail d;
            d.record = row;
            if (auto lines = st::kiosk::financialLines(c.state, row.recordId))
                d.lines = std::move(*lines);
            if (auto timeline = c.queries.timeline(row.recordId))
                d.timeline = std::move(*timeline);
            return d;
        },
        [this](Detail d) { showDetail(d); });
}

void NoticesScreen::showDetail(const Detail &d)
{
    delete m_detailScroll->takeWidget();
    m_detailBody = new QWidget;
    m_detailBody->setObjectName(QStringLiteral("noticeDetailWidget"));
    auto *layout = new QVBoxLayout(m_detailBody);
    layout->setSpacing(context().metrics.spacingPx);
    const st::RecordRow &r = d.record;
    auto *title = widgets::label(r.title, "title", m_detailBody);
    title->setObjectName(QStringLiteral("noticeTitleLabel"));
    layout->addWidget(title);
    layout->addWidget(widgets::label(ui::DomainText::recordKind(r.kind) + QStringLiteral(" · ")
                                         + context().orgName(r.orgId) + QStringLiteral(" · ")
                                         + ui::DomainText::recordStatus(r.status),
                                     "note", m_detailBody));
    auto *body = widgets::label(r.body, nullptr, m_detailBody);
    body->setObjectName(QStringLiteral("noticeBodyLabel"));
    layout->addWidget(body);
    m_detailSpeech = r.title + QStringLiteral("。") + r.body;

    if (!d.lines.empty()) {
        layout->addWidget(widgets::label(tr("Itemised amounts"), "subtitle", m_detailBody));
        auto *card = widgets::card(m_detailBody);
        auto *grid = new QGridLayout(card);
        std::int64_t income = 0;
        std::int64_t expense = 0;
        int row = 0;
        for (const auto &line : d.lines) {
            const bool in = line.direction == ledger::domain::LineDirection::Income;
            (in ? income : expense) += line.amountFen;
            grid->addWidget(widgets::label(in ? tr("Income") : tr("Expense"), "note", card), row,
                            0);
            grid->addWidget(widgets::label(line.item, nullptr, card), row, 1);
            auto *amount = widgets::label(KioskText::money(line.amountFen), nullptr, card);
            amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            grid->addWidget(amount, row, 2);
            ++row;
        }
        grid->setColumnStretch(1, 1);
        auto *totals = widgets::label(tr("Total income %1 · Total expense %2")
                                          .arg(KioskText::money(income), KioskText::money(expense)),
                                      "subtitle", card);
        totals->setObjectName(QStringLiteral("noticeTotalsLabel"));
        grid->addWidget(totals, row, 0, 1, 3);
        layout->addWidget(card);
        m_detailSpeech += tr("Total income %1, total expense %2.")
                              .arg(KioskText::money(income), KioskText::money(expense));
    }
    if (r.kind == RecordKind::Task || r.percent > 0)
        layout->addWidget(
            widgets::label(tr("Progress: %1%").arg(r.percent), "subtitle", m_detailBody));

    layout->addWidget(widgets::label(tr("What happened, step by step"), "subtitle", m_detailBody));
    for (const st::TimelineEntry &e : d.timeline) {
        QString line
            = KioskText::dateTime(e.tsMs) + QStringLiteral("  ") + KioskText::action(e.action);
        const QString who = e.actorName.isEmpty() ? context().orgName(e.actorOrg)
                                                  : e.actorName + QStringLiteral("（")
                + context().orgName(e.actorOrg) + QStringLiteral("）");
        if (!who.isEmpty())
            line += QStringLiteral(" · ") + who;
        // Submission details repeat the title; progress texts say what was done.
        if (!e.detail.isEmpty() && e.action != QLatin1String("submitted"))
            line += u'\n' + e.detail;
        layout->addWidget(widgets::label(line, nullptr, m_detailBody));
    }
    layout->addStretch(1);
    m_detailScroll->setWidget(m_detailBody);
    m_pages->setCurrentIndex(1);
    Q_EMIT readAloudTextChanged();
}

} // namespace ui::kiosk
