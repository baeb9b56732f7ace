#pragma once

#include "ledger/chain/Block.h"
#include "ledger/chain/Genesis.h"
#include "ledger/domain/PayloadCodec.h"

#include <QString>

#include <map>
#include <vector>

namespace tests {

// A small consortium for domain and state tests: three organizations
// (1 party committee, 2 residents' committee, 3 property management) with
// named people, and helpers to sign transactions and seal the next block.
// Block N: prevHash = block N-1's hash, historyRoot zero, time = `now`.
class ChainFixture
{
public:
    struct Signer {
        ledger::crypto::KeyPair key;
        std::uint32_t orgId = 0;
        std::uint64_t sequence = 0;
    };

    // People: partySec (1, secretary), partyStaff (1, staff), admin (1, admin,
    // founder), rcSec (2, secretary), rcStaff and rcStaff2 (2, staff),
    // rcAdmin (2, admin), auditor (2, auditor), pmStaff (3, staff); nodes
    // node1..node3. Time starts at 2026-03-01 09:00 UTC+8.
    ChainFixture();

    Signer &operator[](const QString &name);
    const ledger::chain::ConsortiumId &consortium() const { return m_consortium; }
    const ledger::chain::GenesisPayload &genesisPayload() const { return m_genesis; }

    template<class P>
    ledger::chain::Transaction tx(const QString &signer, ledger::chain::TxType type,
                                  const P &payload)
    {
        Signer &s = (*this)[signer];
        return ledger::domain::signPayload(type, payload, m_consortium, ++s.sequence, m_now, s.key);
    }

    // Seals the next block (block 0 is made by the constructor).
    const ledger::chain::Block &block(std::vector<ledger::chain::Transaction> txs);
    const std::vector<ledger::chain::Block> &blocks() const { return m_blocks; }

    std::int64_t now() const { return m_now; }
    void advance(std::int64_t ms) { m_now += ms; }
    void setNow(std::int64_t ms) { m_now = ms; }

private:
    ledger::chain::ConsortiumId m_consortium;
    ledger::chain::GenesisPayload m_genesis;
    std::map<QString, Signer> m_signers;
    std::vector<ledger::chain::Block> m_blocks;
    std::int64_t m_now = 0;
};

} // namespace tests
