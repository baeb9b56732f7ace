#include "ledger/chain/TxType.h"

namespace ledger::chain {

bool isKnownTxType(std::uint16_t value)
{
    switch (static_cast<TxType>(value)) {
    case TxType::Genesis:
    case TxType::OrgAdmitted:
    case TxType::OrgRemoved:
    case TxType::NodeKeyRotated:
    case TxType::NodeAdded:
    case TxType::NodeRemoved:
    case TxType::PersonEnrolled:
    case TxType::PersonRemoved:
    case TxType::PersonKeyRotated:
    case TxType::RoleGranted:
    case TxType::RoleRevoked:
    case TxType::ApprovalGranted:
    case TxType::ApprovalRefused:
    case TxType::PolicySet:
    case TxType::ResidentEnrolled:
    case TxType::ResidentPinChanged:
    case TxType::ResidentConsentSet:
    case TxType::RecordSubmitted:
    case TxType::RecordApproved:
    case TxType::RecordRejected:
    case TxType::RecordPublished:
    case TxType::RecordProgress:
    case TxType::RecordCompleted:
    case TxType::RecordAmended:
    case TxType::RecordWithdrawn:
    case TxType::ActivitySignedUp:
    case TxType::ActivityAttended:
    case TxType::HandbookProposed:
    case TxType::ScoreEventRecorded:
    case TxType::ScoreReversed:
    case TxType::ScoreAppealed:
    case TxType::StoreItemListed:
    case TxType::PointsRedeemed:
    case TxType::FeedbackSubmitted:
    case TxType::FeedbackAssigned:
    case TxType::FeedbackForwarded:
    case TxType::FeedbackRefused:
    case TxType::FeedbackReplied:
    case TxType::FeedbackResolved:
    case TxType::FeedbackReopened:
    case TxType::FeedbackConfirmed:
    case TxType::FeedbackHidden:
    case TxType::FeedbackCategoriesSet: return true;
    }
    return false;
}

const char *txTypeName(TxType type)
{
    switch (type) {
    case TxType::Genesis: return "genesis";
    case TxType::OrgAdmitted: return "org_admitted";
    case TxType::OrgRemoved: return "org_removed";
    case TxType::NodeKeyRotated: return "node_key_rotated";
    case TxType::NodeAdded: return "node_added";
    case TxType::NodeRemoved: return "node_removed";
    case TxType::PersonEnrolled: return "person_enrolled";
    case TxType::PersonRemoved: return "person_removed";
    case TxType::PersonKeyRotated: return "person_key_rotated";
    case TxType::RoleGranted: return "role_granted";
    case TxType::RoleRevoked: return "role_revoked";
    case TxType::ApprovalGranted: return "approval_granted";
    case TxType::ApprovalRefused: return "approval_refused";
    case TxType::PolicySet: return "policy_set";
    case TxType::ResidentEnrolled: return "resident_enrolled";
    case TxType::ResidentPinChanged: return "resident_pin_changed";
    case TxType::ResidentConsentSet: return "resident_consent_set";
    case TxType::RecordSubmitted: return "record_submitted";
    case TxType::RecordApproved: return "record_approved";
    case TxType::RecordRejected: return "record_rejected";
    case TxType::RecordPublished: return "record_published";
    case TxType::RecordProgress: return "record_progress";
    case TxType::RecordCompleted: return "record_completed";
    case TxType::RecordAmended: return "record_amended";
    case TxType::RecordWithdrawn: return "record_withdrawn";
    case TxType::ActivitySignedUp: return "activity_signed_up";
    case TxType::ActivityAttended: return "activity_attended";
    case TxType::HandbookProposed: return "handbook_proposed";
    case TxType::ScoreEventRecorded: return "score_event_recorded";
    case TxType::ScoreReversed: return "score_reversed";
    case TxType::ScoreAppealed: return "score_appealed";
    case TxType::StoreItemListed: return "store_item_listed";
    case TxType::PointsRedeemed: return "points_redeemed";
    case TxType::FeedbackSubmitted: return "feedback_submitted";
    case TxType::FeedbackAssigned: return "feedback_assigned";
    case TxType::FeedbackForwarded: return "feedback_forwarded";
    case TxType::FeedbackRefused: return "feedback_refused";
    case TxType::FeedbackReplied: return "feedback_replied";
    case TxType::FeedbackResolved: return "feedback_resolved";
    case TxType::FeedbackReopened: return "feedback_reopened";
    case TxType::FeedbackConfirmed: return "feedback_confirmed";
    case TxType::FeedbackHidden: return "feedback_hidden";
    case TxType::FeedbackCategoriesSet: return "feedback_categories_set";
    }
    return "unknown";
}

} // namespace ledger::chain
