#include "ledger/node/NodeIdentity.h"

#include "ledger/crypto/Sha256.h"

#include <QtEndian>

namespace ledger::node {

raft::NodeId nodeIdFor(const crypto::PublicKey &nodeKey)
{
    const auto digest = crypto::Sha256::hash(nodeKey.view());
    const auto id = qFromBigEndian<std::uint64_t>(digest.data());
    return id == raft::NoNode ? 1 : id;
}

} // namespace ledger::node
