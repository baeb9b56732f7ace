#include "ledger/domain/Permissions.h"

#include <array>

namespace ledger::domain {

using chain::TxType;

namespace {
constexpr Permission D = Permission::Denied;
constexpr Permission P = Permission::NeedsApproval;
constexpr Permission A = Permission::Allowed;

struct Row {
    TxType type;
    std::array<Permission, ActorCount> cells; // staff, secretary, auditor, admin, node
};

// Keep in the same order and with the same cells as docs/permissions.md.
constexpr Row Matrix[] = {
    { TxType::OrgAdmitted, { D, A, D, P, D } },
    { TxType::OrgRemoved, { D, A, D, P, D } },
    { TxType::NodeKeyRotated, { D, A, D, A, D } },
    { TxType::NodeAdded, { D, A, D, P, D } },
    { TxType::NodeRemoved, { D, A, D, P, D } },
    { TxType::PersonEnrolled, { D, A, D, A, D } },
    { TxType::PersonRemoved, { D, A, D, A, D } },
    { TxType::PersonKeyRotated, { A, A, A, A, D } },
    { TxType::RoleGranted, { D, A, D, P, D } },
    { TxType::RoleRevoked, { D, A, D, P, D } },
    { TxType::ApprovalGranted, { D, A, D, D, D } },
    { TxType::ApprovalRefused, { D, A, D, D, D } },
    { TxType::PolicySet, { D, A, D, P, D } },
    { TxType::ResidentEnrolled, { A, A, D, A, A } },
    { TxType::ResidentPinChanged, { A, A, D, A, A } },
    { TxType::ResidentConsentSet, { A, A, D, A, A } },
    { TxType::RecordSubmitted, { A, A, D, D, D } },
    { TxType::RecordApproved, { D, A, D, D, D } },
    { TxType::RecordRejected, { D, A, D, D, D } },
    { TxType::RecordPublished, { A, A, D, D, D } },
    { TxType::RecordProgress, { A, A, D, D, D } },
    { TxType::RecordCompleted, { A, A, D, D, D } },
    { TxType::RecordAmended, { P, A, D, D, D } },
    { TxType::RecordWithdrawn, { P, A, D, D, D } },
    { TxType::ActivitySignedUp, { A, A, D, D, A } },
    { TxType::ActivityAttended, { A, A, D, D, D } },
    { TxType::HandbookProposed, { P, P, D, P, D } },
    { TxType::ScoreEventRecorded, { A, A, D, D, D } },
    { TxType::ScoreReversed, { P, A, P, D, D } },
    { TxType::ScoreAppealed, { A, A, A, D, A } },
    { TxType::StoreItemListed, { P, A, D, D, D } },
    { TxType::PointsRedeemed, { A, A, D, D, A } },
    { TxType::FeedbackSubmitted, { A, A, A, A, A } },
    { TxType::FeedbackAssigned, { A, A, D, D, D } },
    { TxType::FeedbackForwarded, { A, A, D, D, D } },
    { TxType::FeedbackRefused, { A, A, D, D, D } },
    { TxType::FeedbackReplied, { A, A, D, D, D } },
    { TxType::FeedbackResolved, { A, A, D, D, D } },
    { TxType::FeedbackReopened, { A, A, A, D, A } },
    { TxType::FeedbackConfirmed, { A, A, D, D, A } },
    { TxType::FeedbackHidden, { P, A, D, D, D } },
    { TxType::FeedbackCategoriesSet, { D, A, D, P, D } },
};
} // namespace

const char *actorName(Actor a)
{
    switch (a) {
    case Actor::Staff: return "staff";
    case Actor::Secretary: return "secretary";
    case Actor::Auditor: return "auditor";
    case Actor::Admin: return "admin";
    case Actor::Node: return "node";
    }
    return "unknown";
}

const char *permissionName(Permission p)
{
    switch (p) {
    case Permission::Denied: return "denied";
    case Permission::NeedsApproval: return "approval";
    case Permission::Allowed: return "allowed";
    }
    return "unknown";
}

Permission permission(TxType type, Actor actor)
{
    for (const Row &row : Matrix) {
        if (row.type == type)
            return row.cells[std::size_t(actor)];
    }
    return D;
}

Permission permissionForRoles(TxType type, std::uint8_t roles)
{
    Permission best = D;
    const std::pair<chain::Role, Actor> map[] = { { chain::Role::Staff, Actor::Staff },
                                                  { chain::Role::Secretary, Actor::Secretary },
                                                  { chain::Role::Auditor, Actor::Auditor },
                                                  { chain::Role::Admin, Actor::Admin } };
    for (const auto &[role, actor] : map) {
        if (chain::hasRole(roles, role)) {
            const Permission p = permission(type, actor);
            if (std::uint8_t(p) > std::uint8_t(best))
                best = p;
        }
    }
    return best;
}

bool needsPartyCommitteeApprover(TxType type)
{
    switch (type) {
    case TxType::OrgAdmitted:
    case TxType::OrgRemoved:
    case TxType::NodeAdded:
    case TxType::NodeRemoved:
    case TxType::RoleGranted:
    case TxType::RoleRevoked:
    case TxType::PolicySet:
    case TxType::HandbookProposed:
    case TxType::FeedbackCategoriesSet: return true;
    default: return false;
    }
}

} // namespace ledger::domain
