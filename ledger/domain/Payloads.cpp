#include "ledger/domain/Payloads.h"

namespace ledger::domain {

namespace {
template<class P>
core::Status check(QByteArrayView bytes)
{
    auto p = decodePayload<P>(bytes);
    if (!p)
        return core::fail(p.error());
    return {};
}
} // namespace

core::Status checkPayload(chain::TxType type, QByteArrayView bytes)
{
    using T = chain::TxType;
    switch (type) {
    case T::Genesis:
        return core::fail(core::ErrorCode::BadType,
                          QStringLiteral("genesis is checked by readGenesis"));
    case T::OrgAdmitted: return check<OrgAdmitted>(bytes);
    case T::OrgRemoved: return check<OrgRemoved>(bytes);
    case T::NodeKeyRotated: return check<NodeKeyRotated>(bytes);
    case T::NodeAdded: return check<NodeAdded>(bytes);
    case T::NodeRemoved: return check<NodeRemoved>(bytes);
    case T::PersonEnrolled: return check<PersonEnrolled>(bytes);
    case T::PersonRemoved: return check<PersonRemoved>(bytes);
    case T::PersonKeyRotated: return check<PersonKeyRotated>(bytes);
    case T::RoleGranted:
    case T::RoleRevoked: return check<RoleChange>(bytes);
    case T::ApprovalGranted:
    case T::ApprovalRefused: return check<ApprovalDecision>(bytes);
    case T::PolicySet: return check<PolicySet>(bytes);
    case T::ResidentEnrolled:
    case T::ResidentPinChanged: return check<ResidentPin>(bytes);
    case T::ResidentConsentSet: return check<ResidentConsentSet>(bytes);
    case T::RecordSubmitted: return check<RecordSubmitted>(bytes);
    case T::RecordApproved:
    case T::RecordRejected:
    case T::RecordWithdrawn: return check<RecordDecision>(bytes);
    case T::RecordPublished: return check<RecordRef>(bytes);
    case T::RecordProgress:
    case T::RecordCompleted: return check<RecordProgress>(bytes);
    case T::RecordAmended: return check<RecordAmended>(bytes);
    case T::ActivitySignedUp:
    case T::ActivityAttended: return check<ActivityParticipation>(bytes);
    case T::HandbookProposed: return check<ScoringHandbook>(bytes);
    case T::ScoreEventRecorded: return check<ScoreEventRecorded>(bytes);
    case T::ScoreReversed: return check<ScoreReversed>(bytes);
    case T::ScoreAppealed: return check<ScoreAppealed>(bytes);
    case T::StoreItemListed: return check<StoreItemListed>(bytes);
    case T::PointsRedeemed: return check<PointsRedeemed>(bytes);
    case T::FeedbackSubmitted: return check<FeedbackSubmitted>(bytes);
    case T::FeedbackAssigned: return check<FeedbackAssigned>(bytes);
    case T::FeedbackForwarded:
    case T::FeedbackRefused: return check<FeedbackTransfer>(bytes);
    case T::FeedbackReplied:
    case T::FeedbackResolved:
    case T::FeedbackReopened:
    case T::FeedbackHidden: return check<FeedbackNote>(bytes);
    case T::FeedbackConfirmed: return check<FeedbackConfirmed>(bytes);
    case T::FeedbackCategoriesSet: return check<FeedbackCategoriesSet>(bytes);
    }
    return core::fail(core::ErrorCode::BadType, QStringLiteral("unknown transaction type"));
}

} // namespace ledger::domain
