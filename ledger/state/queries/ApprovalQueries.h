#pragma once

#include "ledger/crypto/Types.h"
#include "ledger/domain/CreditPayloads.h"
#include "ledger/state/queries/RecordQueries.h"

#include <optional>
#include <vector>

namespace ledger::state {

// Read queries of the approvals screen: what waits for a given secretary and
// what the approval dialog must show about it (docs/permissions.md: scope
// rules 1, 2 and 5). Same thread as the StateMachine. Errors: Io if SQLite
// fails, NotFound for an unknown item.

// Who is approving, as the state knows them now.
struct Approver {
    QByteArray key;
    std::uint32_t orgId = 0;
    bool secretary = false; // a current person key with the secretary role
    bool partyCommittee = false; // of an active party committee organization
};
core::Result<Approver> approverOf(const StateMachine &state, const crypto::PublicKey &key);

struct ApprovalItem {
    enum class Source : std::uint8_t {
        HeldTransaction, // held by the permission matrix: approval_granted / _refused
        RecordSubmission, // a record in status Submitted: record_approved / _rejected
    };
    Source source = Source::HeldTransaction;
    QByteArray id; // the held transaction's id, or the record id
    std::uint16_t type = 0; // the held transaction's type; 201 for a record submission
    QByteArray author;
    QString authorName;
    std::uint32_t orgId = 0;
    std::int64_t height = 0;
    std::int64_t tsMs = 0;
    QByteArray tx; // the held transaction's encoding (HeldTransaction only)
    QString subject; // the record's title where the item concerns a record
};

// Items this approver may decide, oldest first; empty for a non-secretary.
// Their own submissions are left out (self_approval).
core::Result<std::vector<ApprovalItem>> approvalQueue(const StateMachine &state,
                                                      const Approver &approver, Page page);
core::Result<std::int64_t> approvalCount(const StateMachine &state, const Approver &approver);

// A resident's points before and after a held deduction or a reversal.
struct ScoreConsequence {
    QByteArray pseudonym;
    QString maskedName; // empty without consent
    QString ruleCode;
    QString ruleTitle;
    std::int64_t points = 0; // the change the approval causes (negative = loses points)
    std::int64_t balance = 0; // now
    std::int64_t earned = 0; // now
    QString eventNote; // reversals: the reversed event's note
};

struct StoreItemNow {
    QString name;
    std::int64_t cost = 0;
    bool active = false;
};

// Everything the approval dialog shows beside the item's own payload.
struct ApprovalContext {
    ApprovalItem item;
    std::optional<RecordDetail> record; // record submissions, amendments, withdrawals
    std::optional<ScoreConsequence> score; // held score events, reversals
    std::optional<domain::ScoringHandbook> currentHandbook; // handbook proposals
    std::optional<StoreItemNow> storeItem; // store item listings of an existing code
    QString feedbackText; // feedback hidings: the text that would be hidden
    QString personName; // role changes, removals: the person concerned
    std::uint8_t personRoles = 0;
    std::int64_t deductionThreshold = 0; // the policy now (policy changes, deductions)
    std::uint32_t autoCloseDays = 0;
};

core::Result<ApprovalContext> approvalContext(const StateMachine &state, const ApprovalItem &item);

// The handbook in effect (highest version), nullopt before the first one.
core::Result<std::optional<domain::ScoringHandbook>> effectiveHandbook(const StateMachine &state);

} // namespace ledger::state
