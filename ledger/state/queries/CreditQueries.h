#pragma once

#include "ledger/core/Result.h"
#include "ledger/domain/CreditPayloads.h"
#include "ledger/state/StateQueries.h"

#include <optional>
#include <vector>

namespace ledger::state {

class StateMachine;

// Read queries for the credit-score screens (积分). Same thread as the
// StateMachine (the facade's reader thread). Lists use keyset paging
// ("rows older than number N") so a page costs the same at row 10 and at row
// 1,000,000. Errors: Io if SQLite fails.

// The handbook version in effect (the highest approved one).
struct HandbookInEffect {
    domain::ScoringHandbook handbook;
    std::int64_t effectiveMs = 0;
};
core::Result<std::optional<HandbookInEffect>> handbookInEffect(const StateMachine &state);

// A resident as the ledger knows them: pseudonymous, the masked name only with consent.
struct ResidentRow {
    QByteArray pseudonym;
    std::int64_t residentNo = 0;
    std::uint32_t orgId = 0; // the registering organization
    QString maskedName;
};
// Residents registered by `orgId` (every resident when nullopt), in enrolment order.
core::Result<std::vector<ResidentRow>> residents(const StateMachine &state,
                                                 std::optional<std::uint32_t> orgId);
core::Result<std::optional<ResidentRow>> residentByNo(const StateMachine &state,
                                                      std::int64_t residentNo);
// A cheap fingerprint of every resident row (count, highest number, who
// consents, masked-name lengths), so a screen holding all residents reloads
// them only when one changed, not after every block: one scan without
// reading rows out (half a million residents: ~0.1 s against seconds).
struct ResidentsSignature {
    std::int64_t count = -1;
    std::int64_t maxNo = 0;
    double consenting = 0; // sum of resident_no over consenting residents
    double maskedLengths = 0; // sum of resident_no * length(masked_name)
    friend bool operator==(const ResidentsSignature &, const ResidentsSignature &) = default;
};
core::Result<ResidentsSignature> residentsSignature(const StateMachine &state);

// Score events newer-first, only those with event_no < beforeNo (0 = from the newest).
core::Result<std::vector<ScoreEventRow>> scoreEventsBefore(const StateMachine &state,
                                                           const ScoreFilter &filter,
                                                           std::int64_t beforeNo, int limit);

struct BalanceRow {
    std::int64_t earned = 0;
    std::int64_t redeemed = 0;
    std::int64_t balance = 0;
};
core::Result<BalanceRow> balanceOf(const StateMachine &state, const QByteArray &pseudonym);

struct StoreItemRow {
    QString code;
    QString name;
    std::int64_t cost = 0;
    bool active = true;
    std::uint32_t orgId = 0;
};
core::Result<std::vector<StoreItemRow>> storeItems(const StateMachine &state);

struct RedemptionRow {
    QByteArray txId;
    std::int64_t redemptionNo = 0;
    QByteArray pseudonym;
    QString itemCode;
    QString itemName;
    int quantity = 0;
    std::int64_t points = 0;
    std::int64_t tsMs = 0;
    std::uint32_t orgId = 0;
};
// Newest first, redemption_no < beforeNo (0 = from the newest); empty pseudonym = everyone.
core::Result<std::vector<RedemptionRow>> redemptionsBefore(const StateMachine &state,
                                                           const QByteArray &pseudonym,
                                                           std::int64_t beforeNo, int limit);

// The month (yyyymm) of the newest score event, 0 when there is none.
core::Result<int> latestScorePeriod(const StateMachine &state);

// Activities (records of kind Activity) with attendance, newest first.
struct ActivityRow {
    QByteArray recordId;
    QString title;
    std::uint32_t orgId = 0;
    std::int64_t startMs = 0;
    std::int64_t attended = 0;
    QString awardRule;
};
core::Result<std::vector<ActivityRow>> activities(const StateMachine &state, int limit);
// The residents who attended `recordId`.
core::Result<std::vector<ResidentRow>> activityAttendees(const StateMachine &state,
                                                         const QByteArray &recordId);

} // namespace ledger::state
