#pragma once

#include "ledger/core/Result.h"
#include "ledger/crypto/Types.h"

#include <QString>

#include <optional>
#include <vector>

namespace ledger::state {

class StateMachine;

// One node key on the ledger and what the cluster needs to know about it
// (docs/raft.md §Joining). Founders have no endpoint: their Raft membership is
// the bootstrap entry and their address is in node.json.
struct LedgerNodeInfo {
    crypto::PublicKey key;
    std::uint32_t orgId = 0;
    bool current = false; // false once retired (NodeRemoved, OrgRemoved, rotation)
    bool hasEndpoint = false; // joined through OrgAdmitted v2 or NodeAdded
    QString address; // "HOST:PORT", with an endpoint
    std::uint64_t incarnation = 0; // Raft storage incarnation, with an endpoint
    bool learner = false; // a kiosk PC: stays a learner
    std::uint64_t fromHeight = 0; // signs from the block after this one on
    std::optional<std::uint64_t> untilHeight; // retired by this block (not current from it)
    // Whether the key could sign in the state after block `height` was applied
    // (StateMachine::isCurrentNodeKey, from this row instead of the table).
    bool currentAt(std::uint64_t height) const
    {
        return fromHeight <= height && (!untilHeight || *untilHeight > height);
    }
    friend bool operator==(const LedgerNodeInfo &, const LedgerNodeInfo &) = default;
};

// Every node key ever used, current or retired, ordered by key. Errors: Io.
core::Result<std::vector<LedgerNodeInfo>> ledgerNodes(const StateMachine &state);

// The last sequence number applied for `author` (0 if none): the next
// transaction it signs carries this + 1 (gongzhi-cli admit / approve).
std::uint64_t lastSequence(const StateMachine &state, const crypto::PublicKey &author);
// The organization id the next OrgAdmitted must carry (highest + 1).
std::uint32_t nextOrgId(const StateMachine &state);

} // namespace ledger::state
