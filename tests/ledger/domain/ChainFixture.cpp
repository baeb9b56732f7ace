#include "tests/ledger/domain/ChainFixture.h"

#include "ledger/core/Enforce.h"
#include "ledger/domain/BlockTime.h"

namespace tests {

using namespace ledger;

ChainFixture::ChainFixture()
{
    m_now = domain::chinaMidnightMs(2026, 3, 1) + 9 * 3600 * 1000;
    for (int i = 0; i < 16; ++i)
        m_consortium.data()[i] = std::uint8_t(0xA0 + i);
    m_genesis.name = QStringLiteral("测试社区");
    const std::pair<chain::OrgKind, QString> orgs[] = {
        { chain::OrgKind::PartyCommittee, QStringLiteral("社区党委") },
        { chain::OrgKind::ResidentsCommittee, QStringLiteral("居委会") },
        { chain::OrgKind::PropertyManagement, QStringLiteral("物业公司") },
    };
    std::uint32_t id = 1;
    for (const auto &[kind, name] : orgs) {
        const QString node = QStringLiteral("node%1").arg(id);
        m_signers.emplace(node, Signer { crypto::KeyPair::generate(), id, 0 });
        m_genesis.organizations.push_back({ id, kind, name, m_signers.at(node).key.publicKey() });
        ++id;
    }
    const std::tuple<const char *, std::uint32_t, chain::Role> people[] = {
        { "partySec", 1, chain::Role::Secretary }, { "partyStaff", 1, chain::Role::Staff },
        { "admin", 1, chain::Role::Admin },        { "rcSec", 2, chain::Role::Secretary },
        { "rcStaff", 2, chain::Role::Staff },      { "rcStaff2", 2, chain::Role::Staff },
        { "rcAdmin", 2, chain::Role::Admin },      { "auditor", 2, chain::Role::Auditor },
        { "pmStaff", 3, chain::Role::Staff },
    };
    for (const auto &[name, org, role] : people) {
        const QString n = QString::fromLatin1(name);
        m_signers.emplace(n, Signer { crypto::KeyPair::generate(), org, 0 });
        m_genesis.persons.push_back(
            { m_signers.at(n).key.publicKey(), org, n, std::uint8_t(role) });
    }
    Signer &admin = m_signers.at(QStringLiteral("admin"));
    admin.sequence = 1; // the genesis transaction
    auto genesis = chain::makeGenesisBlock(m_consortium, m_genesis, admin.key,
                                           m_signers.at(QStringLiteral("node1")).key, m_now);
    GONGZHI_ENFORCE(genesis.has_value(), "fixture genesis");
    m_blocks.push_back(std::move(*genesis));
}

ChainFixture::Signer &ChainFixture::operator[](const QString &name)
{
    const auto it = m_signers.find(name);
    if (it != m_signers.end())
        return it->second;
    // A key nobody enrolled yet (tests enrol it, or show it is rejected).
    return m_signers.emplace(name, Signer { crypto::KeyPair::generate(), 0, 0 }).first->second;
}

const chain::Block &ChainFixture::block(std::vector<chain::Transaction> txs)
{
    chain::BlockHeader h;
    h.consortium = m_consortium;
    h.height = m_blocks.size();
    h.prevHash = m_blocks.back().hash();
    h.timestampMs = m_now;
    m_blocks.push_back(
        chain::Block::seal(h, std::move(txs), m_signers.at(QStringLiteral("node1")).key));
    return m_blocks.back();
}

} // namespace tests
