#include "ledger/state/StateMembership.h"

namespace ledger::state {

void StateMembership::reset(const chain::GenesisPayload &genesis)
{
    m_genesis = genesis;
    m_error.reset();
    if (auto st = m_state.reset(); !st)
        m_error = st.error();
}

bool StateMembership::isNodeKey(const crypto::PublicKey &key, std::uint64_t height) const
{
    if (height == 0)
        return m_genesis.organizationByNodeKey(key) != nullptr;
    if (m_error)
        return false;
    const auto current = m_state.isCurrentNodeKey(key, height - 1);
    return current && *current;
}

void StateMembership::apply(const chain::Block &block)
{
    if (m_error)
        return;
    if (auto st = m_state.apply(block); !st)
        m_error = st.error();
}

} // namespace ledger::state
