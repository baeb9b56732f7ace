#include "ledger/node/ClusterSetup.h"

#include "ledger/crypto/KeyFile.h"
#include "ledger/node/NodeConfig.h"
#include "ledger/node/NodeIdentity.h"
#include "ledger/store/BlockStore.h"
#include "ledger/store/RaftLogStore.h"

#include <QDir>
#include <QFileInfo>

namespace ledger::node {

using core::Error;
using core::ErrorCode;
using core::fail;

core::Result<ClusterInfo> createCluster(const ClusterPlan &plan)
{
    if (plan.nodes.empty())
        return fail(ErrorCode::BadValue, QStringLiteral("a consortium needs at least one node"));
    for (const auto &n : plan.nodes) {
        if (QFileInfo::exists(QDir(n.dataDir).filePath(QStringLiteral("ledger.db"))))
            return fail(Error(ErrorCode::Conflict, QStringLiteral("a ledger already exists here"))
                            .inFile(n.dataDir));
    }
    std::vector<crypto::KeyPair> nodeKeys;
    chain::GenesisPayload g;
    g.name = plan.communityName;
    for (std::size_t i = 0; i < plan.nodes.size(); ++i) {
        nodeKeys.push_back(crypto::KeyPair::generate());
        g.organizations.push_back({ std::uint32_t(i + 1), plan.nodes[i].kind, plan.nodes[i].orgName,
                                    nodeKeys.back().publicKey() });
    }
    const auto admin = crypto::KeyPair::generate();
    const auto secretary = crypto::KeyPair::generate();
    g.persons.push_back({ admin.publicKey(), 1, plan.adminName, std::uint8_t(chain::Role::Admin) });
    g.persons.push_back(
        { secretary.publicKey(), 1, plan.secretaryName, std::uint8_t(chain::Role::Secretary) });
    const auto consortium
        = *chain::ConsortiumId::fromBytes(crypto::SecretSeed::random().toByteArray().left(16));
    const auto genesis = GONGZHI_TRY(
        chain::makeGenesisBlock(consortium, g, admin, nodeKeys.front(), plan.timestampMs));

    std::vector<raft::NodeId> voters;
    std::vector<PeerAddress> peers;
    for (std::size_t i = 0; i < plan.nodes.size(); ++i) {
        voters.push_back(nodeIdFor(nodeKeys[i].publicKey()));
        peers.push_back({ nodeKeys[i].publicKey(), plan.nodes[i].host, plan.nodes[i].port });
    }
    ClusterInfo info { consortium, genesis.hash(), {}, admin.publicKey(), secretary.publicKey() };
    for (std::size_t i = 0; i < plan.nodes.size(); ++i) {
        const auto &n = plan.nodes[i];
        QDir dir(n.dataDir);
        if (!dir.mkpath(QStringLiteral(".")) || !dir.mkpath(QStringLiteral("keys")))
            return fail(Error(ErrorCode::Io, QStringLiteral("cannot create the directory"))
                            .inFile(n.dataDir));
        GONGZHI_TRY(store::BlockStore::create(dir.filePath(QStringLiteral("ledger.db")), genesis));
        GONGZHI_TRY(
            store::RaftLogStore::createGenesis(store::RaftLogStore::pathIn(n.dataDir), voters));
        GONGZHI_CHECK(crypto::KeyFile::save(dir.filePath(QStringLiteral("node.key")), nodeKeys[i],
                                            QString()));
        NodeConfig config;
        config.consortium = consortium;
        config.genesisHash = genesis.hash();
        config.orgId = std::uint32_t(i + 1);
        config.nodeKey = nodeKeys[i].publicKey();
        config.listenHost = n.host;
        config.listenPort = n.port;
        for (std::size_t j = 0; j < peers.size(); ++j) {
            if (j != i)
                config.peers.push_back(peers[j]);
        }
        GONGZHI_CHECK(config.save(dir.filePath(QStringLiteral("node.json"))));
        info.nodeKeys.push_back(nodeKeys[i].publicKey());
    }
    QDir first(plan.nodes.front().dataDir);
    GONGZHI_CHECK(crypto::KeyFile::save(first.filePath(QStringLiteral("keys/admin.key")), admin,
                                        plan.adminPassphrase.value_or(plan.keyPassphrase)));
    GONGZHI_CHECK(crypto::KeyFile::save(first.filePath(QStringLiteral("keys/secretary.key")),
                                        secretary,
                                        plan.secretaryPassphrase.value_or(plan.keyPassphrase)));
    return info;
}

} // namespace ledger::node
