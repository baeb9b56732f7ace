#pragma once

#include "ledger/core/Result.h"
#include "ledger/domain/FeedbackPayloads.h"
#include "ledger/state/StateQueries.h"

#include <optional>
#include <vector>

namespace ledger::state {

class StateMachine;

// Read queries for the feedback inbox screens (意见箱). Same thread as the
// StateMachine. Keyset paging by feedback_no, served by the feedback_* indexes.
// Errors: Io if SQLite fails.

struct FeedbackItem {
    FeedbackRow row;
    QByteArray assignee; // person key, empty when nobody is assigned
    QString assigneeName;
    std::uint32_t intakeOrg = 0;
};

// Items newest first with feedback_no < beforeNo (0 = from the newest).
// `publicOnly` leaves out hidden items (what every member may browse).
core::Result<std::vector<FeedbackItem>>
inboxBefore(const StateMachine &state, const InboxFilter &filter, std::int64_t beforeNo, int limit);
core::Result<std::optional<FeedbackItem>> feedbackItem(const StateMachine &state,
                                                       const QByteArray &feedbackId);

// Items handled by `orgId` that wait for an answer (open or assigned) or are
// overdue and unresolved: the sidebar badge.
core::Result<std::int64_t> feedbackWaiting(const StateMachine &state, std::uint32_t orgId);

// The active category table (where untargeted items go, response days).
core::Result<std::vector<domain::FeedbackCategory>> feedbackCategories(const StateMachine &state);

struct OrgRow {
    std::uint32_t orgId = 0;
    QString name;
};
// Active organizations, by id.
core::Result<std::vector<OrgRow>> activeOrganizations(const StateMachine &state);

struct PersonRow {
    QByteArray key;
    QString displayName;
};
// Current persons of `orgId` (assignees), by enrolment.
core::Result<std::vector<PersonRow>> currentPersons(const StateMachine &state, std::uint32_t orgId);

} // namespace ledger::state
