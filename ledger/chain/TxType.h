#pragma once

#include <cstdint>

namespace ledger::chain {

// Every transaction type the ledger knows. The numeric values are part of the
// on-ledger format (docs/ledger-format.md, payloads in docs/domain.md) and
// never change or get reused.
// Ranges: 1-99 chain and cluster, 100-199 consortium, people and roles,
// 200-299 governance records, 300-399 credit scores, 400-499 feedback.
enum class TxType : std::uint16_t {
    Genesis = 1, // founds the consortium; only in block 0

    // 100-199: consortium, people, roles, approvals, residents
    OrgAdmitted = 101,
    OrgRemoved = 102,
    NodeKeyRotated = 103,
    NodeAdded = 104, // another node of an existing organization (kiosk learner, replacement)
    NodeRemoved = 105, // a node leaves the cluster; its organization stays
    PersonEnrolled = 110,
    PersonRemoved = 111,
    PersonKeyRotated = 112,
    RoleGranted = 113,
    RoleRevoked = 114,
    ApprovalGranted = 120, // a secretary approves a pending transaction
    ApprovalRefused = 121,
    PolicySet = 130, // consortium-wide settings (deduction threshold, auto-close days)
    ResidentEnrolled = 140,
    ResidentPinChanged = 141,
    ResidentConsentSet = 142, // consent to (or withdrawal of) a masked display name

    // 200-299: governance records
    RecordSubmitted = 201,
    RecordApproved = 202,
    RecordRejected = 203,
    RecordPublished = 204,
    RecordProgress = 205,
    RecordCompleted = 206,
    RecordAmended = 207,
    RecordWithdrawn = 208,
    ActivitySignedUp = 210,
    ActivityAttended = 211,

    // 300-399: credit scores
    HandbookProposed = 301,
    ScoreEventRecorded = 310,
    ScoreReversed = 311,
    ScoreAppealed = 312,
    StoreItemListed = 320,
    PointsRedeemed = 321,

    // 400-499: feedback
    FeedbackSubmitted = 401,
    FeedbackAssigned = 402,
    FeedbackForwarded = 403,
    FeedbackRefused = 404,
    FeedbackReplied = 405,
    FeedbackResolved = 406,
    FeedbackReopened = 407,
    FeedbackConfirmed = 408,
    FeedbackHidden = 409,
    FeedbackCategoriesSet = 490,
};

// True for the values listed above: a decoder rejects any other type.
bool isKnownTxType(std::uint16_t value);
// Stable English identifier ("genesis", "record_submitted"), for JSON, logs
// and docs/permissions.md.
const char *txTypeName(TxType type);

} // namespace ledger::chain
