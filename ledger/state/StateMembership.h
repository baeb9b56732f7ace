#pragma once

#include "ledger/chain/ChainVerifier.h"
#include "ledger/state/StateMachine.h"

namespace ledger::state {

// chain::MembershipRules backed by a StateMachine, so that full-chain
// verification follows organizations joining and leaving and node keys
// being rotated: the proposer of block h must be a current node key in the
// state after block h-1 (StateMachine::isCurrentNodeKey). The verifier feeds
// it every verified block in order; it applies them to `state`, which it
// resets at genesis. Use a scratch state (Durability::Fast), not the node's.
class StateMembership final : public chain::MembershipRules
{
public:
    explicit StateMembership(StateMachine &state)
        : m_state(state)
    {
    }

    void reset(const chain::GenesisPayload &genesis) override;
    bool isNodeKey(const crypto::PublicKey &key, std::uint64_t height) const override;
    void apply(const chain::Block &block) override;
    // The first error of apply(), if any (the interface has no error path;
    // a block that fails to apply leaves every later proposer rejected).
    const std::optional<core::Error> &error() const { return m_error; }

private:
    StateMachine &m_state;
    chain::GenesisPayload m_genesis;
    std::optional<core::Error> m_error;
};

} // namespace ledger::state
