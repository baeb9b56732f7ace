#pragma once

#include "ledger/chain/Genesis.h"
#include "ledger/core/Result.h"

#include <QString>

#include <optional>
#include <vector>

namespace ledger::node {

// One founding organization of a new consortium and where its node lives.
struct FoundingNode {
    QString dataDir;
    QString orgName;
    chain::OrgKind kind = chain::OrgKind::ResidentsCommittee;
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
};

struct ClusterPlan {
    QString communityName;
    std::vector<FoundingNode> nodes; // the first is the party committee's
    QString adminName;
    QString secretaryName;
    QString keyPassphrase; // protects the person key files; empty: unprotected (demo)
    // Each founder's own password (the first-run wizard); when set, used
    // instead of keyPassphrase for that person's key file.
    std::optional<QString> adminPassphrase;
    std::optional<QString> secretaryPassphrase;
    std::int64_t timestampMs = 0;
};

struct ClusterInfo {
    chain::ConsortiumId consortium;
    chain::BlockHash genesisHash;
    std::vector<crypto::PublicKey> nodeKeys;
    crypto::PublicKey adminKey; // keys/admin.key in the first node's directory
    crypto::PublicKey secretaryKey; // keys/secretary.key there
};

// Creates, for every founding node, a data directory holding the same genesis
// block (ledger.db), a Raft log whose first entry bootstraps the founding
// nodes as voters (raft.db), the node's key (node.key, 0600) and its
// configuration (node.json: consortium, genesis hash, organization, listen
// address and every peer's key and address). Person keys of the first
// administrator and party secretary go to the first node's keys/ folder
// (admin.key, secretary.key), each encrypted with its passphrase.
// Fails without leaving a half-made directory when one already holds a ledger.
core::Result<ClusterInfo> createCluster(const ClusterPlan &plan);

} // namespace ledger::node
