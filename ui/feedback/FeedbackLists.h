#pragma once

#include "ledger/state/queries/FeedbackQueries.h"
#include "ui/credit/LazyTableModel.h"

#include <QCoreApplication>

#include <map>

namespace ui {

// The inbox list as a LazyFetch (reader thread), shared by the table and the
// CSV export, and the words for timeline actions.
class FeedbackLists
{
    Q_DECLARE_TR_FUNCTIONS(ui::FeedbackLists)
public:
    using Names = std::map<QString, QString>;
    using OrgNames = std::map<std::uint32_t, QString>;

    // Due within this many milliseconds of now: amber.
    static constexpr std::int64_t DueSoonMs = 2LL * 24 * 60 * 60 * 1000;
    enum Column {
        Code,
        Received,
        Kind,
        Category,
        Text,
        HandledBy,
        Assignee,
        Status,
        Deadline,
        Replies
    };

    static QStringList headers();
    static LazyFetch inbox(ledger::state::InboxFilter filter, OrgNames orgs, Names categories,
                           std::int64_t nowMs);
    static LazyRow::Tone deadlineTone(const ledger::state::FeedbackRow &row, std::int64_t nowMs);
    static QString deadlineText(const ledger::state::FeedbackRow &row, std::int64_t nowMs);
    static QString actionText(const QString &action);
    static QString orgName(const OrgNames &orgs, std::uint32_t orgId);
};

} // namespace ui
