#include "ledger/domain/Rejection.h"

namespace ledger::domain {

const char *rejectReasonName(RejectReason r)
{
    switch (r) {
    case RejectReason::None: return "none";
    case RejectReason::WrongConsortium: return "wrong_consortium";
    case RejectReason::UnknownSigner: return "unknown_signer";
    case RejectReason::Replay: return "replay";
    case RejectReason::MalformedPayload: return "malformed_payload";
    case RejectReason::NotPermitted: return "not_permitted";
    case RejectReason::OutOfScope: return "out_of_scope";
    case RejectReason::NotFound: return "not_found";
    case RejectReason::WrongStatus: return "wrong_status";
    case RejectReason::Duplicate: return "duplicate";
    case RejectReason::CapExceeded: return "cap_exceeded";
    case RejectReason::InsufficientBalance: return "insufficient_balance";
    case RejectReason::StaleHandbook: return "stale_handbook";
    case RejectReason::SelfApproval: return "self_approval";
    case RejectReason::EvidenceRequired: return "evidence_required";
    case RejectReason::InvalidValue: return "invalid_value";
    case RejectReason::MisplacedGenesis: return "misplaced_genesis";
    case RejectReason::ActivityFull: return "activity_full";
    case RejectReason::ApprovalRefused: return "approval_refused";
    }
    return "unknown";
}

} // namespace ledger::domain
