#include "ui/feedback/FeedbackLists.h"

#include "ledger/service/LedgerService.h"
#include "ui/common/DomainText.h"

namespace ui {

using ledger::domain::FeedbackStatus;

QString FeedbackLists::orgName(const OrgNames &orgs, std::uint32_t orgId)
{
    const auto it = orgs.find(orgId);
    return it == orgs.end() ? QString::number(orgId) : it->second;
}

QStringList FeedbackLists::headers()
{
    return { tr("Tracking code"), tr("Received"), tr("Kind"),   tr("Category"), tr("Text"),
             tr("Handled by"),    tr("Assignee"), tr("Status"), tr("Deadline"), tr("Replies") };
}

LazyRow::Tone FeedbackLists::deadlineTone(const ledger::state::FeedbackRow &r, std::int64_t nowMs)
{
    if (r.status >= FeedbackStatus::Resolved)
        return LazyRow::Tone::Plain;
    if (r.overdue || r.deadlineMs < nowMs)
        return LazyRow::Tone::Overdue;
    if (r.deadlineMs - nowMs <= DueSoonMs)
        return LazyRow::Tone::DueSoon;
    return LazyRow::Tone::Plain;
}

QString FeedbackLists::deadlineText(const ledger::state::FeedbackRow &r, std::int64_t nowMs)
{
    const QString date = DomainText::dateTime(r.deadlineMs);
    switch (deadlineTone(r, nowMs)) {
    case LazyRow::Tone::Overdue: return tr("%1 (overdue)").arg(date);
    case LazyRow::Tone::DueSoon: return tr("%1 (due soon)").arg(date);
    default: return date;
    }
}

LazyFetch FeedbackLists::inbox(ledger::state::InboxFilter filter, OrgNames orgs, Names categories,
                               std::int64_t nowMs)
{
    return [filter, orgs, categories,
            nowMs](const ledger::service::QueryContext &c, std::int64_t last, int,
                   int limit) -> ledger::core::Result<std::vector<LazyRow>> {
        const auto items = GONGZHI_TRY(ledger::state::inboxBefore(c.state, filter, last, limit));
        std::vector<LazyRow> rows;
        rows.reserve(items.size());
        for (const auto &item : items) {
            const auto &f = item.row;
            LazyRow r;
            r.cursor = f.feedbackNo;
            r.id = f.feedbackId;
            r.pseudonym = f.pseudonym;
            const auto category = categories.find(f.category);
            QString status = DomainText::feedbackStatus(f.status);
            if (f.hidden)
                status = tr("%1 (hidden)").arg(status);
            QString text = f.text.simplified();
            if (text.size() > 80)
                text = text.left(79) + QChar(0x2026);
            r.cells = { f.trackingCode,
                        DomainText::dateTime(f.submittedMs),
                        DomainText::feedbackKind(f.kind),
                        category == categories.end() ? f.category : category->second,
                        text,
                        orgName(orgs, f.orgId),
                        item.assigneeName,
                        status,
                        deadlineText(f, nowMs),
                        QString::number(f.replies) };
            r.tone = deadlineTone(f, nowMs);
            rows.push_back(std::move(r));
        }
        return rows;
    };
}

QString FeedbackLists::actionText(const QString &action)
{
    if (action == QLatin1String("submitted"))
        return tr("Received");
    if (action == QLatin1String("assigned"))
        return tr("Assigned");
    if (action == QLatin1String("forwarded"))
        return tr("Forwarded");
    if (action == QLatin1String("refused"))
        return tr("Sent back as not ours");
    if (action == QLatin1String("replied"))
        return tr("Replied");
    if (action == QLatin1String("resolved"))
        return tr("Resolved");
    if (action == QLatin1String("reopened"))
        return tr("Reopened");
    if (action == QLatin1String("hidden"))
        return tr("Hidden from public view");
    if (action == QLatin1String("confirmed"))
        return tr("Confirmed solved by the resident");
    if (action == QLatin1String("not_solved"))
        return tr("Resident says not solved");
    if (action == QLatin1String("overdue") || action == QLatin1String("escalated"))
        return tr("Overdue, escalated to the party committee");
    if (action == QLatin1String("auto_closed"))
        return tr("Closed automatically");
    if (action == QLatin1String("appeal"))
        return tr("Appeal of a score event");
    return action;
}

} // namespace ui
