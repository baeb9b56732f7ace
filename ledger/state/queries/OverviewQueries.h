#pragma once

#include "ledger/core/Result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace ledger::state {

class StateMachine;

// The desktop overview's figures for one organization's point of view, read
// from a StateMachine's tables in one pass of small aggregate queries.
//
// "This month" is the China calendar month (UTC+8, domain/BlockTime.h) of
// `referenceMs`; the overview passes the time of the ledger's latest entry
// (latestActivityMs), so a ledger whose last block is old still shows its own
// last month rather than an empty current one.
//
// Thread: the StateMachine's. Errors: Io if SQLite fails.
struct OverviewScope {
    std::uint32_t orgId = 0; // the signed-in person's organization
    // Approvals this person could decide: all held items for a secretary of
    // the party committee, their organization's otherwise (docs/permissions.md
    // scope rules 1-2). Whether the person is a secretary is the caller's concern.
    bool partyCommittee = false;
    std::int64_t referenceMs = 0;
    int weeks = 12; // feedback-per-week chart: this many weeks up to referenceMs
};

struct OverviewTotals {
    int period = 0; // yyyymm of referenceMs
    std::int64_t pendingApprovals = 0; // held items in scope
    std::int64_t feedbackOpen = 0; // status Open (waiting at an organization), all organizations
    std::int64_t feedbackOverdue = 0; // unresolved and past the deadline
    std::int64_t feedbackRated = 0; // items with a satisfaction rating (1..5)
    std::int64_t feedbackSatisfied = 0; // of those, rated 4 or 5
    std::int64_t pointsAwardedThisMonth = 0; // positive, not reversed score events of the period
    std::int64_t recordsPublishedThisMonth = 0; // records first published in the month
};

struct FeedbackWeek {
    std::int64_t weekStartMs = 0; // 00:00 UTC+8 of the week's first day
    int status = 0; // domain::FeedbackStatus (current status of items submitted that week)
    std::int64_t count = 0;
};

struct CategoryPoints {
    QString code;
    QString name; // from the handbook that defined the rule
    std::int64_t points = 0; // awarded (positive, not reversed) in the period's year
};

struct KindCount {
    int kind = 0; // domain::RecordKind
    std::int64_t count = 0; // public records (published, in progress, completed)
};

struct Overview {
    OverviewTotals totals;
    std::vector<FeedbackWeek> feedbackWeeks; // ordered by week, then status
    std::vector<CategoryPoints> pointsByCategory; // most points first
    std::vector<KindCount> recordsByKind; // by kind
};

// Time of the newest entry in the state (timeline or score event), or 0.
core::Result<std::int64_t> latestActivityMs(const StateMachine &state);

core::Result<Overview> overview(const StateMachine &state, const OverviewScope &scope);

// Kind of an organization (chain::OrgKind value), or 0 if unknown.
core::Result<int> organizationKind(const StateMachine &state, std::uint32_t orgId);

} // namespace ledger::state
