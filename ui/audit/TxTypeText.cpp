#include "ui/audit/TxTypeText.h"

using ledger::chain::TxType;

namespace ui {

QString TxTypeText::name(std::uint16_t type)
{
    if (!ledger::chain::isKnownTxType(type))
        return tr("Type %1").arg(type);
    switch (TxType(type)) {
    case TxType::Genesis: return tr("Consortium founded");
    case TxType::OrgAdmitted: return tr("Organization admitted");
    case TxType::OrgRemoved: return tr("Organization removed");
    case TxType::NodeKeyRotated: return tr("Node key replaced");
    case TxType::NodeAdded: return tr("Node added");
    case TxType::NodeRemoved: return tr("Node removed");
    case TxType::PersonEnrolled: return tr("Person enrolled");
    case TxType::PersonRemoved: return tr("Person removed");
    case TxType::PersonKeyRotated: return tr("Person's key replaced");
    case TxType::RoleGranted: return tr("Role granted");
    case TxType::RoleRevoked: return tr("Role revoked");
    case TxType::ApprovalGranted: return tr("Approval granted");
    case TxType::ApprovalRefused: return tr("Approval refused");
    case TxType::PolicySet: return tr("Policy set");
    case TxType::ResidentEnrolled: return tr("Resident enrolled");
    case TxType::ResidentPinChanged: return tr("Resident PIN changed");
    case TxType::ResidentConsentSet: return tr("Resident name consent");
    case TxType::RecordSubmitted: return tr("Record submitted");
    case TxType::RecordApproved: return tr("Record approved");
    case TxType::RecordRejected: return tr("Record rejected");
    case TxType::RecordPublished: return tr("Record published");
    case TxType::RecordProgress: return tr("Progress update");
    case TxType::RecordCompleted: return tr("Record completed");
    case TxType::RecordAmended: return tr("Record amended");
    case TxType::RecordWithdrawn: return tr("Record withdrawn");
    case TxType::ActivitySignedUp: return tr("Activity sign-up");
    case TxType::ActivityAttended: return tr("Activity attendance");
    case TxType::HandbookProposed: return tr("Scoring handbook proposed");
    case TxType::ScoreEventRecorded: return tr("Points recorded");
    case TxType::ScoreReversed: return tr("Points reversed");
    case TxType::ScoreAppealed: return tr("Points appealed");
    case TxType::StoreItemListed: return tr("Points store item listed");
    case TxType::PointsRedeemed: return tr("Points redeemed");
    case TxType::FeedbackSubmitted: return tr("Feedback received");
    case TxType::FeedbackAssigned: return tr("Feedback assigned");
    case TxType::FeedbackForwarded: return tr("Feedback forwarded");
    case TxType::FeedbackRefused: return tr("Feedback refused");
    case TxType::FeedbackReplied: return tr("Feedback replied");
    case TxType::FeedbackResolved: return tr("Feedback resolved");
    case TxType::FeedbackReopened: return tr("Feedback reopened");
    case TxType::FeedbackConfirmed: return tr("Feedback confirmed by resident");
    case TxType::FeedbackHidden: return tr("Feedback hidden from public view");
    case TxType::FeedbackCategoriesSet: return tr("Feedback categories set");
    }
    return tr("Type %1").arg(type);
}

} // namespace ui
