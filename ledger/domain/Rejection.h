#pragma once

#include <cstdint>

namespace ledger::domain {

// Why a committed transaction had no effect. Every node reaches the same
// reason for the same transaction; the state records it by transaction id so
// that the submitter is told (StateQueries::txOutcome). Values are stored in
// the state database and shown by the CLI: never renumber.
enum class RejectReason : std::uint16_t {
    None = 0,
    WrongConsortium = 1, // the transaction names another consortium
    UnknownSigner = 2, // the author is no current node or person key
    Replay = 3, // sequence not above the author's last one
    MalformedPayload = 4, // the payload fails its strict decoder or stateless rules
    NotPermitted = 5, // the permission matrix denies the author's roles
    OutOfScope = 6, // right role, wrong organization or item
    NotFound = 7, // a referenced org, person, record, item ... does not exist
    WrongStatus = 8, // the item is not in a state that allows this step
    Duplicate = 9, // the thing exists already (key, org id, sign-up ...)
    CapExceeded = 10, // the rule's per-period cap for this resident is reached
    InsufficientBalance = 11, // a redemption would make the balance negative
    StaleHandbook = 12, // the score event names a handbook version not in effect
    SelfApproval = 13, // an approver may not approve their own transaction
    EvidenceRequired = 14, // the rule requires an evidence hash
    InvalidValue = 15, // a value is valid alone but not here (ids, deadlines, roles)
    MisplacedGenesis = 16, // a genesis transaction outside block 0
    ActivityFull = 17, // the activity's capacity is reached
    ApprovalRefused = 18, // a held transaction was refused by a secretary
};

// Stable lowercase name ("cap_exceeded"), for JSON, logs and docs.
const char *rejectReasonName(RejectReason r);

} // namespace ledger::domain
