#pragma once

#include "ledger/core/Result.h"
#include "ledger/domain/RecordPayloads.h"
#include "ledger/state/StateQueries.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace ledger::state {

class StateMachine;

// Read queries of the resident self-service kiosk (ui/kiosk): only what the
// public may see, and nothing that names a resident except a consenting
// resident's masked name. Same thread as the StateMachine; errors: Io.
namespace kiosk {

struct FinancialLineRow {
    domain::LineDirection direction = domain::LineDirection::Expense;
    QString item;
    std::int64_t amountFen = 0;
};

// The lines of a record's current revision (financial disclosures), in order.
core::Result<std::vector<FinancialLineRow>> financialLines(const StateMachine &state,
                                                           const QByteArray &recordId);

struct ActivityRow {
    QByteArray recordId;
    std::uint32_t orgId = 0;
    QString title;
    QString body;
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
    std::uint32_t capacity = 0; // 0 = unlimited
    std::int64_t signups = 0;
};

// Published activities that have not ended at `nowMs`, soonest first.
core::Result<std::vector<ActivityRow>> upcomingActivities(const StateMachine &state,
                                                          std::int64_t nowMs, int limit);

// Published activities that ended before `nowMs`, latest first: what the
// kiosk shows when nothing is planned.
core::Result<std::vector<ActivityRow>> recentActivities(const StateMachine &state,
                                                        std::int64_t nowMs, int limit);

struct CategoryRow {
    QString code;
    QString name;
    std::uint32_t routeOrgId = 0;
};

// Active feedback categories, in code order.
core::Result<std::vector<CategoryRow>> feedbackCategories(const StateMachine &state);

// Every organization's name by id (removed ones too: old items name them).
core::Result<std::map<std::uint32_t, QString>> organizationNames(const StateMachine &state);

struct PublicRankingRow {
    int rank = 0; // among all residents of the period; ties share a rank
    QString maskedName; // never empty: residents without consent are left out
    std::int64_t points = 0;
};

// The public ranking: only residents who consented, by masked name. No
// pseudonym leaves this function. period: yyyymm, yyyy or 0 (all time).
core::Result<std::vector<PublicRankingRow>> publicRanking(const StateMachine &state, int period,
                                                          int limit);

// A resident's rank in `period` (1-based, ties share), or nullopt if they have
// no points in it.
core::Result<std::optional<int>> residentRank(const StateMachine &state,
                                              const QByteArray &pseudonym, int period);

// The tracking code of a feedback item by its id (the submission's tx id),
// or an empty string while it is not applied.
core::Result<QString> trackingCodeOf(const StateMachine &state, const QByteArray &feedbackId);

// The community's name (genesis) and the time of the last applied block
// (ms since epoch, UTC; 0 before any block): "last updated" when offline.
struct LocalCopy {
    QString communityName;
    std::int64_t lastBlockMs = 0;
};
core::Result<LocalCopy> localCopy(const StateMachine &state);

} // namespace kiosk

} // namespace ledger::state
