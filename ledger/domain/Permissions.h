#pragma once

#include "ledger/chain/Genesis.h"
#include "ledger/chain/TxType.h"

#include <cstdint>

namespace ledger::domain {

// Who signs a transaction, as the permission matrix sees it: one of a
// person's roles, or an organization's node key (which signs for residents
// at the kiosk and for nothing else of consequence).
enum class Actor : std::uint8_t { Staff, Secretary, Auditor, Admin, Node };
constexpr int ActorCount = 5;
const char *actorName(Actor a); // "staff", "secretary", "auditor", "admin", "node"

enum class Permission : std::uint8_t {
    Denied = 0,
    NeedsApproval = 1, // accepted, held until a secretary's ApprovalGranted
    Allowed = 2,
};
const char *permissionName(Permission p); // "denied", "approval", "allowed"

// The permission matrix of docs/permissions.md, cell by cell (a test parses
// that table and compares every cell with this function). Unknown types and
// Genesis (block 0 only) are Denied for everyone.
Permission permission(chain::TxType type, Actor actor);

// A person with several roles gets the most permissive of their roles' cells.
Permission permissionForRoles(chain::TxType type, std::uint8_t roles);

// True for the transaction types whose approval needs a secretary of a party
// committee (consortium-wide matters); other held transactions may also be
// approved by a secretary of the author's own organization.
bool needsPartyCommitteeApprover(chain::TxType type);

} // namespace ledger::domain
